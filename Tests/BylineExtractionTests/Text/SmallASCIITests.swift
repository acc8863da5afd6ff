import BylineTestSupport
import Testing

@testable import BylineExtraction

/// Strings made in the small-string form must be the very strings the standard library makes
/// from the same bytes: equal, hashing alike, and the same bits.
@Suite struct SmallASCIITests {
    static func bits(_ string: String) -> (UInt64, UInt64) {
        unsafeBitCast(string, to: (UInt64, UInt64).self)
    }

    @Test func layoutCheck_passesOnThisPlatform() {
        #if os(Linux) && arch(x86_64)
            #expect(SmallASCII.isAvailable)
        #endif
    }

    @Test func everyLengthAndByte_givesTheStandardLibrarysString() throws {
        try #require(SmallASCII.isAvailable)
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for count in 1...SmallASCII.maxCount {
            for round in 0..<300 {
                var bytes: [UInt8] = []
                for k in 0..<count {
                    state ^= state << 13
                    state ^= state >> 7
                    state ^= state << 17
                    // Every ASCII byte, controls and NUL too, in the first rounds; then random.
                    bytes.append(round < 128 && k == count - 1 ? UInt8(round) : UInt8(truncatingIfNeeded: state) & 0x7F)
                }
                let units = bytes.map(UInt16.init)
                let reference = String(decoding: bytes, as: UTF8.self)
                let made = units.withUnsafeBufferPointer { SmallASCII.make($0, 0, count) }
                // The same units with other units after them (the sixteen-unit load's case).
                let padded = units + [0xFFFF, 0x00E9, 0x7F, 0x20] + [UInt16](repeating: 0xFF41, count: 16)
                let madeInside = padded.withUnsafeBufferPointer { SmallASCII.make($0, 0, count) }
                #expect(madeInside == reference)
                #expect(Self.bits(madeInside) == Self.bits(reference))
                #expect(made == reference)
                #expect(made.hashValue == reference.hashValue)
                #expect(Array(made.utf8) == bytes)
                #expect(made.utf16.count == count)
                #expect(Self.bits(made) == Self.bits(reference))
                let lowered = bytes.withUnsafeBufferPointer { SmallASCII.lowered($0) }
                #expect(lowered == String(decoding: bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self))
                #expect(lowered == reference.lowercased())
            }
        }
    }

    @Test func wordsInsideALongerBuffer_maskOffTheUnitsAfterThem() throws {
        try #require(SmallASCII.isAvailable)
        // Words at any offset of an article's buffer, with other units (non-ASCII, a NUL)
        // right after them: only the word's units may reach the string.
        let text = "Tillerson met Lavrov\u{0}ő\u{FFFF}ő internationalisation"
        let units = Array(text.utf16) + [UInt16](repeating: 0xFFFF, count: 20)
        for start in 0..<40 {
            for count in 1...SmallASCII.maxCount where start + count <= text.utf16.count {
                let slice = Array(units[start..<(start + count)])
                guard slice.allSatisfy({ $0 < 0x80 }) else { continue }
                let made = units.withUnsafeBufferPointer { SmallASCII.make($0, start, start + count) }
                let reference = String(decoding: slice, as: UTF16.self)
                #expect(made == reference)
                #expect(Self.bits(made) == Self.bits(reference))
            }
        }
    }

    @Test func wideMake_givesTheStandardLibrarysString_whateverUnitsFollowTheWord() throws {
        try #require(SmallASCII.isAvailable)
        var random = SeededGenerator(seed: 0x9E37_79B9_7F4A_7C15)
        // Units after a word: any value, those with a high byte most of all (a high byte
        // must not reach the word's last byte).
        let after: [UInt16] = [0xFFFF, 0x00E9, 0xFF41, 0x0100, 0x7F, 0x20, 0xD83D, 0x8080]
        for count in 1...SmallASCII.maxCount {
            for round in 0..<400 {
                let bytes = (0..<count).map { k in
                    round < 128 && k == count - 1 ? UInt8(round) : UInt8(truncatingIfNeeded: random.next()) & 0x7F
                }
                let offset = Int(random.next() % 5)
                var units = (0..<offset).map { _ in UInt16(truncatingIfNeeded: random.next()) }
                units += bytes.map(UInt16.init)
                units += (0..<16).map { k in k == 0 ? after[round % after.count] : UInt16(truncatingIfNeeded: random.next()) }
                let reference = String(decoding: bytes, as: UTF8.self)
                let made = units.withUnsafeBufferPointer { SmallASCII.make(wide: $0.baseAddress!, offset, count: count) }
                #expect(made == reference)
                #expect(Self.bits(made) == Self.bits(reference))
            }
        }
    }

    @Test func madeStrings_workAsOrdinaryStrings() throws {
        try #require(SmallASCII.isAvailable)
        let units = Array("Tillerson".utf16)
        var made = units.withUnsafeBufferPointer { SmallASCII.make($0, 0, units.count) }
        #expect(made.hasPrefix("Till") && made.count == 9 && made.lowercased() == "tillerson")
        #expect(Set([made, "Tillerson", "Lavrov"]).count == 2)
        made += " said"  // grows out of the small form
        #expect(made == "Tillerson said")
    }

    @Test func tokenTexts_equalStringsMadeFromTheirSpans() {
        let text = "Rex Tillerson met Sergey Lavrov, NPR's reporter, at 12:30; internationalization counterrevolutionaries Zürich 👍🏽 x"
        let units = Array(text.utf16)
        for token in Tokenizer().tokenize(units: units, in: 0..<units.count) {
            #expect(token.text == String(decoding: units[token.span.start..<token.span.end], as: UTF16.self))
        }
    }
}
