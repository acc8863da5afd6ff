import Foundation
import Testing

import BylineTestSupport
@testable import BylineExtraction

/// The byte-level helpers the attribution rules use must answer what the `String` and
/// Foundation calls they replace answer, ASCII or not.
@Suite struct ASCIIFastPathTests {
    static let samples = [
        "", " ", "  ", "Putin", "Rex Tillerson", "SECRETARY OF STATE", "the  secretary ", " Ed Balls",
        "U.S. Secretary of State", "Zürich", "ZÜRICH Office", "Zu\u{308}rich Bank", "İstanbul", "ΟΔΥΣΣΕΥΣ",
        "straße", "a \u{301}b", "x\r\ny", "Jean-Claude Juncker", "O'Brien", "emoji 👩‍👩‍👧 here", "\u{212A}elvin",
        "tab\there", "123 Main St", "é", "E\u{301}mile Zola",
    ]

    @Test func lowercased_matchesStringLowercased() {
        for text in Self.samples + Self.randomTexts() {
            #expect(ASCIICase.lowercased(text) == text.lowercased(), "\(text.debugDescription)")
            #expect(Array(ASCIICase.lowercased(text).utf8) == Array(text.lowercased().utf8), "\(text.debugDescription)")
        }
    }

    @Test func lastWord_matchesSplitLast() {
        for text in Self.samples + Self.randomTexts() {
            let expected = text.split(separator: " ").last.map(String.init)
            #expect(ASCIICase.lastWord(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func contains_matchesFoundationContains() {
        let needles = ["", "secretary", "secretary of state", "of", "ü", "u\u{308}", "zu", "\n", "\r", " ", "e\u{301}", "x"]
        for text in Self.samples + Self.randomTexts() {
            for needle in needles + [String(text.prefix(3)), String(text.suffix(2))] {
                let lowered = text.lowercased()
                #expect(ASCIISearch.contains(lowered, needle) == lowered.contains(needle), "\(lowered.debugDescription) \(needle.debugDescription)")
            }
        }
    }

    @Test func doubleQuoteMark_matchesTheMarkSet() {
        let candidates = Array(AttributionContext.quoteMarks) + [
            "'", "‘", "’", "‛", "‟", "〝", "＂", "\"\u{301}", "“\u{301}", "«»", "\"\"", "", "a", "”.", "‹", "›", "‚", "„„",
        ]
        for text in candidates + Self.samples {
            #expect(AttributionContext.isDoubleQuoteMark(text) == AttributionContext.quoteMarks.contains(text), "\(text.debugDescription)")
        }
    }

    /// Texts of spaces, letters and a few marks, from a fixed seed.
    static func randomTexts() -> [String] {
        var generator = SeededGenerator(seed: 7)
        let pieces = ["a", "B", "of", " ", " ", "state", "É", "e\u{301}", "\r\n", "SAID", "’", "-"]
        return (0..<300).map { _ in
            (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
        }
    }
}
