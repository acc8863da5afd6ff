import Testing

@testable import BylineExtraction

/// The context's scan marks the cues (verbs of reporting and `according`) in two loops, the
/// second settling the tokens the packed keys cannot answer: long words, words with capitals
/// or units beyond ASCII, verbs after a determiner. Every token must come out as the plain
/// definition has it.
@Suite struct AttributionContextCueTests {
    static let text = ArticleText(paragraphs: [
        "According to Tass, officials acknowledged it; ÉLYSÉE aides SAID, according to Le Monde, that José declared war.",
        "His remarks and the claims were denied. “We go,” she said — Müller acknowledged, ACCORDING to reporters.",
        "Ståle explained; the comments, a claim, her warning: they warn, assert and reiterated it \u{212A}ING said.",
    ])

    @Test func cues_areTheVerbsAndAccording_onEveryToken() {
        let context = AttributionContext(TokenizedText(Self.text), quotes: [])
        let cues = Set(context.cues(in: 0..<context.tokens.count).map(Int.init))
        var verbs = 0
        let tokens = context.tokens
        for index in tokens.indices {
            // The definition: a lower-case word the lexicon lists, unless a base or present
            // form follows a possessive or a determiner (then it is a noun).
            let token = tokens[index]
            var verb = token.kind == .word && !token.isCapitalized ? SpeechVerbLexicon.shared[token.text] : nil
            if let found = verb, found.form == .base || found.form == .present, index > 0 {
                let before = tokens[index - 1]
                if before.isPossessive
                    || (before.kind == .word && AttributionContext.nounDeterminers.words.contains(before.text.lowercased()))
                {
                    verb = nil
                }
            }
            #expect(context.speechVerb(at: index) == verb, "token \(index) \(token.text)")
            let isAccording = context.tokens[index].kind == .word && context.lower(index) == "according"
            let expected = context.speechVerb(at: index) != nil || isAccording
            #expect(cues.contains(index) == expected, "token \(index) \(context.tokens[index].text)")
            #expect(context.hasCue(in: index..<(index + 1)) == expected, "token \(index)")
            #expect((context.verbID(at: index) >= 0) == (context.speechVerb(at: index) != nil))
            #expect(context.lower(index) == ASCIICase.lowercased(context.tokens[index].text), "token \(index)")
            if context.speechVerb(at: index) != nil { verbs += 1 }
        }
        #expect(verbs >= 8)
        #expect(cues.count >= verbs + 3)
    }
}
