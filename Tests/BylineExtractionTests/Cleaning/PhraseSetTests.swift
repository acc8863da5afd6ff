import BylineTestSupport
import Testing

@testable import BylineExtraction

/// The one-pass legal-phrase search against the plain rule it replaces: lowercase the text,
/// then a strong phrase anywhere or two different weak ones.
@Suite struct PhraseSetTests {
    static func plainRule(_ text: String) -> Bool {
        let lower = text.lowercased()
        if FooterText.strongLegal.contains(where: { lower.contains($0) }) { return true }
        return FooterText.weakLegal.filter { lower.contains($0) }.count >= 2
    }

    static func onePass(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { FooterText.legalPhrases.isLegal($0) }
    }

    @Test func everyPhrase_isFoundInAnyCase_atEitherEnd() {
        for phrase in FooterText.strongLegal {
            for text in [phrase, phrase.uppercased(), "Text, then \(phrase.capitalized)", "\(phrase) and more"] {
                #expect(Self.onePass(text), "\(text)")
                #expect(Self.onePass(text) == Self.plainRule(text))
            }
        }
        for (first, second) in zip(FooterText.weakLegal, FooterText.weakLegal.dropFirst()) {
            let text = "\(first.uppercased()) x \(second)"
            #expect(Self.onePass(text) && Self.plainRule(text), "\(text)")
            #expect(!Self.onePass("\(first) x \(first)"), "one weak phrase twice is not a notice")
        }
    }

    @Test func generatedTexts_agreeWithThePlainRule() {
        let pieces = [
            "the ", "council ", "copy", "right ", "Copyright ", "fair", " use ", "perm", "ission ", "©", " 2017 ",
            "ALL RIGHTS", " RESERVED", "terms of", " use", "Privacy Policy", "disclaim", "er", "u.s.c.", "é", "a", "\u{A9}",
        ]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<generator.next(below: 12) { text += pieces[generator.next(below: pieces.count)] }
            #expect(Self.onePass(text) == Self.plainRule(text), "\(text.debugDescription)")
        }
    }
}
