import BylineTestSupport
import Testing

@testable import BylineCorpus

/// The byte-at-a-time shortcuts of a load (an ASCII name's key, eight bytes at a time in
/// JSON escaping) give exactly what the general paths give, on every ASCII byte and on
/// random mixes of them.
@Suite struct ByteFastPathTests {
    /// Random strings over every ASCII byte (controls, quotes, backslashes, joins, separators)
    /// plus a few non-ASCII letters, of lengths around the 8-byte word.
    static func samples(ascii: Bool) -> [String] {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [Unicode.Scalar] = (0...127).compactMap(Unicode.Scalar.init)
            + (ascii ? [] : ["é", "Ł", "’", "😀", "\u{301}"])
        var samples = (0...127).compactMap(Unicode.Scalar.init).map { "ab\($0)cd \($0)" }
        for length in 0..<40 {
            for _ in 0..<25 {
                var text = String.UnicodeScalarView()
                for _ in 0..<length {
                    // Letters often, so tokens are long enough to cross words.
                    let pick = Int.random(in: 0..<(alphabet.count * 2), using: &generator)
                    text.append(pick < alphabet.count ? alphabet[pick] : Unicode.Scalar(UInt8(ascii: "a") + UInt8(pick % 26)))
                }
                samples.append(String(text))
            }
        }
        return samples
    }

    @Test func asciiEntityKey_equalsTheTokenKey() {
        for name in Self.samples(ascii: true) + ["U.S. officials", "O'Brien  JR.", "...", "A-B C"] {
            #expect(EntityKey.of(name) == EntityKey.tokenKey(name), "\(name.debugDescription)")
        }
    }

    /// Names of ASCII and the fold table's scalars (letters that fold to two, `×` and `÷` that
    /// separate, `’` that joins) take the direct key, and give the tokenizer's key.
    @Test func latinEntityKey_equalsTheTokenKey() {
        var generator = SeededGenerator(seed: 11)
        let alphabet: [Unicode.Scalar] = ["a", "Z", "7", " ", "-", ".", "'", "’", "é", "Ø", "ß", "×", "÷", "Ǆ", "ĳ", "Æ", "ɏ", "À"]
        var names = ["José Martínez", "Søren Ørsted", "O’Brien", "Zoë × Ǆemal", "ÆØÅ", "’s", "Łódź-Straße", "a×b"]
        for length in 0..<24 {
            for _ in 0..<40 {
                var name = String.UnicodeScalarView()
                for _ in 0..<length { name.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]) }
                names.append(String(name))
            }
        }
        for name in names + FoldTable.range.compactMap(Unicode.Scalar.init).map({ "x\($0)y \($0)" }) {
            #expect(EntityKey.of(name) == EntityKey.tokenKey(name), "\(name.debugDescription)")
        }
    }

    @Test func wordAtATimeEscape_equalsByteAtATime() {
        for text in Self.samples(ascii: false) {
            var fast: [UInt8] = []
            JSONWriter.escape(text, into: &fast)
            #expect(fast == Self.escapedByteAtATime(text), "\(text.debugDescription)")
        }
    }

    @Test func needsEscape_flagsExactlyTheWordsHoldingAnEscapedByte() {
        for byte in 0...255 {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = UInt8(byte)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let expected = byte < 0x20 || byte == 0x22 || byte == 0x5C
                #expect(JSONWriter.needsEscape(word) == expected, "\(byte) at \(position)")
            }
        }
    }

    @Test func escapeFlags_lowestFlagIsTheFirstEscapedByte() {
        // Borrows can flag bytes above the first escaped one (a 0x20 or 0x21 above a control
        // byte, say), never below it: `escape` jumps straight to the lowest flag.
        for first in [0x00, 0x0A, 0x1F, 0x22, 0x5C] as [UInt8] {
            for position in 0..<8 {
                for fill in [0x20, 0x21, 0x23, 0x5D, 0x61, 0x80, 0xC3] as [UInt8] {
                    var bytes = [UInt8](repeating: fill, count: 8)
                    bytes[position] = first
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    #expect(JSONWriter.escapeFlags(word).trailingZeroBitCount >> 3 == position, "\(first) at \(position) in \(fill)")
                }
            }
        }
    }

    /// RFC 8259 §7 escaping, one byte at a time (what `JSONWriter.escape` did before).
    static func escapedByteAtATime(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x08: out += Array(#"\b"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0C: out += Array(#"\f"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        return out
    }
}
