import BylineTestSupport
import Testing

@testable import BylineExtraction

/// The tokenizer's plain-word fast path against its readers on random text built from
/// awkward pieces, over whole buffers and ranges that end or start inside them.
@Suite struct TokenizerRandomTextTests {
    static let pieces: [String] = [
        "the", "Word", "abcdefghijklmnopqrstuvwxyz", "ABCdefghij", "xyzzy", "élan", "café", "naïve",
        "e\u{0301}t\u{0301}e", "straße", "Zürich", "\r\n", "\r", "\n", " ", "  ", "\t", "\u{A0}", "\u{2009}",
        "😀", "👍🏽", "👩‍👩‍👧", "1999", "3.5", "12:30", "x2y", "B52s", "don't", "O’Brien", "O'Brien", "'s", "’s",
        "Mr.", "U.S.", "e.g.", "a.m.", "etc.", "-", "--", "—", "‐", "&", "AT&T", "Q&A", ",", ".", "...", "…", "\"",
        "“", "”", "(", ")", "[", "]", "{", "}", "`", "@", "_", "~", "?", "!", "#", "%", "/", "\\", "ı", "İ", "ǅ",
        "1,000", "1990s", "12Apr17", "3rd", "1996-08-30", "24/7", "5", "5.", "5,", "5-", "5:", "07", "2B", "4K", "?!",
        "!!", "!?", "..", ".-", "-.", "—5", "5’s", "5'", "5é", "5\u{2010}6",
    ]

    /// Random units: mostly pieces (sometimes glued), sometimes a lower-case run of any length
    /// or a single raw unit (an unpaired surrogate, a unit beside `a`...`z`, a high unit).
    static func randomUnits(_ rng: inout SeededGenerator) -> [UInt16] {
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf16)
        let raw: [UInt16] = [0x60, 0x7B, 0x40, 0x5B, 0x7F, 0x80, 0xD800, 0xDC00, 0xDBFF, 0xFF41, 0x8061, 0x0061]
        var units: [UInt16] = []
        for _ in 0..<(1 + rng.next(below: 40)) {
            switch rng.next(below: 10) {
            case 0...5: units += Array(pieces[rng.next(below: pieces.count)].utf16)
            case 6, 7: units += (0..<(1 + rng.next(below: 20))).map { _ in letters[rng.next(below: letters.count)] }
            case 8: units.append(raw[rng.next(below: raw.count)])
            default: units.append(0x20)
            }
        }
        return units
    }

    @Test func randomAwkwardText_tokenizesAsTheReaders_wholeAndCutShort() {
        var rng = SeededGenerator(seed: 0x7E47_2B)
        var mismatches: [String] = []
        for _ in 0..<4_000 {
            let units = Self.randomUnits(&rng)
            // A range that ends early: the four-unit loads must stop at its end, not the buffer's.
            for range in [0..<units.count, 0..<rng.next(below: units.count + 1), rng.next(below: units.count + 1)..<units.count] {
                units.withUnsafeBufferPointer { buffer in
                    let fast = Tokenizer().tokenize(buffer: buffer, in: range)
                    let readers = Tokenizer().tokenize(buffer: buffer, in: range, plainWords: false)
                    if fast != readers, mismatches.count < 5 { mismatches.append("\(units) \(range)") }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
