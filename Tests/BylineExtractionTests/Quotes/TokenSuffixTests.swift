import Testing

@testable import BylineExtraction

/// The speaker reader's code-unit tests (`isSegmentBreak`, `isSkippable`'s `-ly` test, and
/// `AttributionContext.textHasSuffix`) answer what the `String` tests they replace answer,
/// on every token of texts with marks, dashes and letters beyond ASCII.
@Suite struct TokenSuffixTests {
    private static let text = ArticleText(paragraphs: [
        "He quickly said, reportedly -- and only partly \u{2014} that Ely, Italy and early rally \u{2013} fly.",
        "Publicly, privately; newly: ly, sly, holy, jolly, Lily, July, SHORTLY, bodily, family's.",
        "Caf\u{00E9}ly, na\u{00EF}vely, he\u{0301}ly, x\u{0600}ly, \u{0600}ly, \u{037E} \u{FF0C} \u{2012} \u{2015} -- - --- ,,",
        "Officials said, analysts say, Thomas said, Analysts said, Officers, Police, Ross.",
    ])

    @Test func textHasSuffix_answersWhatHasSuffixAnswers() {
        let context = AttributionContext(TokenizedText(Self.text), quotes: [])
        var settled = 0
        for index in context.tokens.indices {
            let word = context.tokens[index].text
            for suffix: StaticString in ["ly", "s", "-year-old"] {
                let expected = word.hasSuffix(suffix.description)
                switch context.textHasSuffix(index, suffix) {
                case let answer?:
                    #expect(answer == expected, "\(word) \(suffix)")
                    settled += 1
                case nil:
                    // Left to the String only for a token beyond ASCII that ends with the units.
                    #expect(!word.utf8.allSatisfy { $0 < 0x80 }, "\(word)")
                }
            }
        }
        #expect(settled > 100)
    }

    @Test func isSkippable_answersWhatTheStringTestAnswers() {
        let context = AttributionContext(TokenizedText(Self.text), quotes: [])
        let reader = SpeakerPhraseReader(context: context)
        var skipped = 0
        for index in context.tokens.indices {
            let token = context.tokens[index]
            let word = token.text
            let expected = token.kind == .word && !token.isCapitalized
                && (SpeakerWords.skippable.contains(word) || (word.hasSuffix("ly") && word.count > 4 && word != "only"))
            #expect(reader.isSkippable(index) == expected, "\(word)")
            if expected { skipped += 1 }
        }
        #expect(skipped >= 8)
    }

    @Test func isSegmentBreak_answersWhatTheListAnswers() {
        let context = AttributionContext(TokenizedText(Self.text), quotes: [])
        let reader = SpeakerPhraseReader(context: context)
        var breaks = 0
        for index in context.tokens.indices {
            let token = context.tokens[index]
            let expected = token.kind == .punctuation && [",", "--", "\u{2014}", "\u{2013}"].contains(token.text)
            #expect(reader.isSegmentBreak(index) == expected, "\(token.text)")
            if expected { breaks += 1 }
        }
        #expect(breaks >= 10)
    }
}
