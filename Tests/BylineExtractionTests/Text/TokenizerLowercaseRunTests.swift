import BylineTestSupport
import Testing

@testable import BylineExtraction

/// The plain-word scan reads lower-case letters four UTF-16 units at a time; these prove the
/// lane test against a unit-by-unit rule and the whole tokenizer against its readers on
/// random text built from awkward pieces.
@Suite struct TokenizerLowercaseRunTests {
    /// Four units packed as one little-endian 64-bit load would pack them.
    func packed(_ units: [UInt16]) -> UInt64 {
        units.enumerated().reduce(0) { $0 | UInt64($1.element) << (16 * UInt64($1.offset)) }
    }

    @Test func lowercaseLaneTest_agreesWithTheUnitRule_forEveryUnitInEveryLane() {
        var wrong = 0
        for lane in 0..<4 {
            for unit in 0...0xFFFF {
                for filler: UInt16 in [0x61, 0x7A, 0x6D] {
                    var four = [UInt16](repeating: filler, count: 4)
                    four[lane] = UInt16(unit)
                    let expected = four.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
                    if Tokenizer.areLowercaseLetters(packed(four)) != expected { wrong += 1 }
                }
            }
        }
        #expect(wrong == 0)
    }

    @Test func lowercaseLaneTest_rejectsNeighboursOfTheRange_andHighUnitsThatCarry() {
        #expect(Tokenizer.areLowercaseLetters(packed([0x61, 0x62, 0x79, 0x7A])))
        for bad: UInt16 in [0x60, 0x7B, 0x41, 0x5A, 0x30, 0x20, 0xE1, 0x8061, 0xFFFF, 0xFF61, 0x0000] {
            for lane in 0..<4 {
                var four: [UInt16] = [0x61, 0x61, 0x61, 0x61]
                four[lane] = bad
                #expect(!Tokenizer.areLowercaseLetters(packed(four)), "\(bad) in lane \(lane)")
            }
        }
    }

    static let pieces: [String] = [
        "the", "Word", "abcdefghijklmnopqrstuvwxyz", "ABCdefghij", "xyzzy", "élan", "café", "naïve",
        "e\u{0301}t\u{0301}e", "straße", "Zürich", "\r\n", "\r", "\n", " ", "  ", "\t", "\u{A0}", "\u{2009}",
        "😀", "👍🏽", "👩‍👩‍👧", "1999", "3.5", "12:30", "x2y", "B52s", "don't", "O’Brien", "O'Brien", "'s", "’s",
        "Mr.", "U.S.", "e.g.", "a.m.", "etc.", "-", "--", "—", "‐", "&", "AT&T", "Q&A", ",", ".", "...", "…", "\"",
        "“", "”", "(", ")", "[", "]", "{", "}", "`", "@", "_", "~", "?", "!", "#", "%", "/", "\\", "ı", "İ", "ǅ",
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
