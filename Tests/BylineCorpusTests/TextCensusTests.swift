import Testing

@testable import BylineCorpus

/// The byte census that judges UTF-8 files must count what `looksLikeText` counts on the
/// decoded scalars.
@Suite struct TextCensusTests {
    static func scalarCounts(_ text: String) -> (scalars: Int, controls: Int) {
        var controls = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(value)) || (0x7F...0x9F).contains(value)
                || value == 0xFFFD
            {
                controls += 1
            }
        }
        return (text.unicodeScalars.count, controls)
    }

    static func census(_ text: String) -> TextFileDecoder.Census {
        Array(text.utf8).withUnsafeBufferPointer { TextFileDecoder.Census($0) }
    }

    @Test func generatedTexts_countAsTheirScalars() {
        let pieces = [
            "a", "Word ", "\t", "\n", "\r", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
            "\u{A0}", "é", "\u{FFFD}", "\u{FFFC}", "\u{FEFF}", "😀", "—", "\u{0}",
        ]
        var state: UInt64 = 3
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<(state % 30) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let census = Self.census(text)
            let counts = Self.scalarCounts(text)
            #expect(census.scalars == counts.scalars, "\(text.debugDescription)")
            #expect(census.controls == counts.controls, "\(text.debugDescription)")
            #expect(census.hasNUL == text.utf8.contains(0))
            #expect(census.looksLikeText == TextFileDecoder.looksLikeText(text))
        }
    }

    @Test func decoder_judgesUTF8AsBefore_atTheOnePercentLine() throws {
        let body = String(repeating: "a", count: 99)
        #expect(try TextFileDecoder.decode(Array((body + "\u{85}").utf8)).text == body + "\u{85}")
        #expect(throws: TextFileDecoder.Failure.notText) { try TextFileDecoder.decode(Array((body + "\u{85}\u{85}").utf8)) }
        #expect(throws: TextFileDecoder.Failure.notText) { try TextFileDecoder.decode(Array("Title\0 text".utf8)) }
        #expect(throws: TextFileDecoder.Failure.empty) { try TextFileDecoder.decode(Array(" \n\u{A0}\t".utf8)) }
        #expect(try TextFileDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hi".utf8)) == .init(text: "Hi", usedWindows1252: false))
    }
}
