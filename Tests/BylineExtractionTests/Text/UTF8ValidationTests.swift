import BylineTestSupport
import Testing

@testable import BylineExtraction

/// The fast validator must accept exactly what the standard library's validation accepts,
/// and the string it makes must be the same.
@Suite struct UTF8ValidationTests {
    static func both(_ bytes: [UInt8]) -> (fast: String?, standard: String?) {
        bytes.withUnsafeBufferPointer { buffer in
            (UTF8Validation.string(validating: buffer), String(validating: buffer, as: UTF8.self))
        }
    }

    @Test func samples_matchTheStandardLibrary() {
        let samples: [[UInt8]] = [
            [], Array("plain ASCII text that runs past eight bytes".utf8), Array("Zürich, café — “quoted” 😀".utf8),
            Array("\u{A0}\u{A0}leading no-break spaces and a trailing é".utf8), Array("\u{10FFFF}\u{FFFF}\u{D7FF}\u{E000}".utf8),
            [0x61, 0xC3], [0xC3, 0x61, 0xA9], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF5, 0x80, 0x80, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0x80],
            Array("ok ".utf8) + [0xFF] + Array(" then more ASCII text".utf8), Array("12345678é".utf8), Array("1234567é".utf8),
        ]
        for bytes in samples {
            let (fast, standard) = Self.both(bytes)
            #expect(fast == standard, "\(bytes)")
            // The same ASCII flag as the standard library's string (comparisons and hashing
            // take their fast path on it).
            #expect(fast?._classify()._isASCII == standard?._classify()._isASCII, "\(bytes)")
        }
    }

    /// Every two-byte sequence, and three- and four-byte ones over the boundary values of
    /// each byte, alone and after seven ASCII bytes (so the word-at-a-time step meets them).
    @Test func shortSequences_matchTheStandardLibrary() {
        var mismatches: [[UInt8]] = []
        func check(_ bytes: [UInt8]) {
            for prefix in [[], Array("abcdefg".utf8)] {
                let (fast, standard) = Self.both(prefix + bytes)
                if fast != standard, mismatches.count < 5 { mismatches.append(prefix + bytes) }
            }
        }
        for a in 0...255 { for b in 0...255 { check([UInt8(a), UInt8(b)]) } }
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for lead in 0xE0...0xFF {
            for b in edges { for c in edges { check([UInt8(lead), b, c]) } }
        }
        for lead in 0xF0...0xF5 {
            for b in edges { for c in edges { for d in edges { check([UInt8(lead), b, c, d]) } } }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func randomMixedBytes_matchTheStandardLibrary() {
        var rng = SeededGenerator(seed: 0x0DEC_0DE)
        let fragments: [[UInt8]] = [
            Array("The minister said ".utf8), Array("é".utf8), Array("\u{A0}".utf8), Array("😀".utf8), Array("—".utf8),
            [0xC3], [0xA9], [0xE2, 0x80], [0xF0, 0x9F], [0xFF], [0xED, 0xB0, 0x80], Array("x".utf8), Array("\n".utf8),
        ]
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<rng.next(below: 30) { bytes += fragments[rng.next(below: fragments.count)] }
            let (fast, standard) = Self.both(bytes)
            #expect(fast == standard, "\(bytes)")
            if let fast { #expect(Array(fast.utf8) == bytes) }
        }
    }
}
