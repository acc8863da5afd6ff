import Testing
@testable import BylineExtraction

/// `in her economically depressed state, "..."`: a determiner followed only by modifiers
/// (`-ly` adverbs, an `-ed` adjective, `only`) has no head noun, so the verb form after it
/// (`state`, `hope`) is that head, not a verb with a subject (`SpeakerPhraseReader`).
@Suite struct PremodifierRunTests {
    @Test func nounAfterPossessiveAndModifiers_isNoCue_theEarlierVerbSpeaks() {
        let quotes = QuoteTestSupport.direct([
            "Dana Pike also said in an interview that in her economically depressed state, \"there is a lot of gloom.\"",
        ])
        #expect(quotes.map(\.speaker) == ["Dana Pike"])
        #expect(quotes.first?.cue == "said")
    }

    @Test func participleAfterAnArticle_isNoSubject() {
        // `the newly released report`: `report` is the head, `the newly released` no subject.
        #expect(Self.reader("In the newly released report the mayor was blamed.").subject(before: 4, from: 0) == nil)
    }

    @Test func theOnly_isNoSubject() {
        let reader = Self.reader("The only hope the town has is the bridge.")
        // `hope` is at token 2; `The only` before it names nobody.
        #expect(reader.subject(before: 2, from: 0) == nil)
    }

    @Test func aHeadNounStillSpeaks() {
        // A head noun after the modifiers keeps the phrase a subject.
        #expect(Self.reader("The embattled senator said it was over.").subject(before: 3, from: 0) != nil)
        // `those surveyed`: a demonstrative standing for people, with its participle.
        #expect(Self.reader("Those surveyed said the bridge was needed.").subject(before: 2, from: 0) != nil)
        #expect(QuoteTestSupport.directSpeakers([
            "Dana Pike, the newly elected mayor, said, \"We will build the bridge.\"",
        ]) == ["Dana Pike"])
    }

    private static func reader(_ sentence: String) -> SpeakerPhraseReader {
        SpeakerPhraseReader(context: QuoteTestSupport.context([sentence]))
    }
}
