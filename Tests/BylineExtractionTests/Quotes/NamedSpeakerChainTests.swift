import Testing
@testable import BylineExtraction

/// A speaker named where the recognizer marked no mention (`Pike, at the institute, said`,
/// resolved by surname) is where a pronoun a sentence later looks first, as for a pronoun
/// already resolved.
@Suite struct NamedSpeakerChainTests {
    @Test func pronounAfterASurnameTheRecognizerMissed_isThatSpeaker() {
        let paragraphs = [
            "Dana Pike runs the institute. Sam Vega, who runs a rival one, disagrees.",
            "For now, Pike, at the institute, said the towns have a \"modus vivendi\" here. \"I used to doubt it,\" he said.",
        ]
        let pike = QuoteTestSupport.person("Dana Pike", in: paragraphs)
        let vega = QuoteTestSupport.person("Sam Vega", in: paragraphs)
        let found = QuoteTestSupport.direct(paragraphs, entities: [pike, vega]).map(\.speaker)
        #expect(found == ["Dana Pike", "Dana Pike"])
    }
}
