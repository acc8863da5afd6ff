@testable import BylineExtraction
import Testing

/// The byte-level paths may only run where characters and scalars coincide: these tests
/// check that premise for every scalar `ScalarText.isSimple` accepts.
@Suite struct ScalarTextTests {
    static let simpleRanges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x80...0x2FF, 0x400...0x482, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF]

    func isSimple(_ text: String) -> Bool {
        ScalarText.withSimpleBytes(text) { _ in true } ?? false
    }

    @Test func everyAcceptedScalar_isACharacterOfItsOwn() throws {
        for range in Self.simpleRanges {
            for value in range {
                let scalar = try #require(Unicode.Scalar(value))
                let text = "x" + String(scalar) + "x"
                #expect(isSimple(text), "U+\(String(value, radix: 16)) should be simple")
                // Nothing joins it to its neighbours (no extender, spacing mark or prepend).
                #expect(text.count == 3, "U+\(String(value, radix: 16)) joins a neighbour")
            }
        }
    }

    @Test func noAcceptedScalar_equalsAnASCIICharacter() throws {
        // Canonical equivalence makes U+037E equal ";": such scalars must take the slow path.
        let ascii = (0x20...0x7E).compactMap(Unicode.Scalar.init).map(Character.init)
        for range in Self.simpleRanges.dropFirst() {
            for value in range {
                let character = Character(try #require(Unicode.Scalar(value)))
                #expect(!ascii.contains(character), "U+\(String(value, radix: 16)) equals an ASCII character")
            }
        }
    }

    @Test(arguments: ["e\u{301}", "a\u{37E}", "\u{387}", "a\u{200D}b", "\u{1F600}", "a\r\nb", "\u{FE0F}", "\u{AC00}"])
    func combiningOrEquivalentScalars_takeTheCharacterPath(_ text: String) {
        #expect(!isSimple(text))
    }

    @Test func asciiPredicates_matchCharacterProperties() throws {
        for value in UInt32(0)...0x7F {
            let scalar = try #require(Unicode.Scalar(value))
            let character = Character(scalar)
            let bytes = [UInt8(value)]
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ScalarText.isUppercase(at: 0, in: buffer) == character.isUppercase)
                #expect(ScalarText.isLetter(at: 0, in: buffer) == character.isLetter)
                #expect(ScalarText.isNumber(at: 0, in: buffer) == character.isNumber)
            }
        }
    }

    @Test func isSimple_findsACarriageReturnOrOtherScalarAtAnyPlaceInAnEightByteBlock() {
        // The scan passes eight plain ASCII bytes at once: a CR or a scalar it must refuse
        // is found wherever it sits, in a block, across two, or in the tail.
        for length in 1...24 {
            let ascii = String(repeating: "a", count: length)
            #expect(isSimple(ascii))
            for position in 0..<length {
                var bytes = Array(ascii.utf8)
                bytes[position] = 0x0D
                #expect(!isSimple(String(decoding: bytes, as: UTF8.self)), "CR at \(position) of \(length)")
                let prefix = String(repeating: "a", count: position)
                let suffix = String(repeating: "a", count: length - position)
                #expect(!isSimple(prefix + "\u{301}" + suffix), "U+0301 at \(position) of \(length)")
                #expect(isSimple(prefix + "\u{E9}" + suffix), "U+00E9 at \(position) of \(length)")
            }
        }
    }

    @Test func characterCount_countsCharactersOnEitherPath() {
        #expect(ScalarText.characterCount("Zoë Åberg – “quoted”") == 20)
        #expect(ScalarText.characterCount("Zoe\u{308} A\u{30A}berg") == 9)
    }
}
