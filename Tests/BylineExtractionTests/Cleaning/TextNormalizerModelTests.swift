import BylineTestSupport
import Testing

@testable import BylineExtraction

/// `TextNormalizer.lines` (bytes, eight at a time through plain ASCII) against a plain model
/// of its rules written on Unicode scalars, over many generated lines that mix the cases the
/// eight-byte path must leave to the byte loop: double spaces, a space at a word's end, DEL,
/// controls, odd spaces, invisible characters and non-ASCII letters.
@Suite struct TextNormalizerModelTests {
    /// The rules of `TextNormalizer`'s comment, one scalar at a time.
    static func model(_ raw: String) -> [TextNormalizer.Line] {
        var lines: [TextNormalizer.Line] = []
        var text = ""
        var pendingSpace = false
        var oddRun = 0
        var padded = false
        var previousWasCR = false
        func endLine() {
            lines.append(TextNormalizer.Line(text: text, hadSpacePadding: padded))
            text = ""
            pendingSpace = false
            oddRun = 0
            padded = false
        }
        for scalar in raw.unicodeScalars {
            let afterCR = previousWasCR
            previousWasCR = scalar == "\r"
            switch scalar {
            case "\n": if !afterCR { endLine() }
            case "\r": endLine()
            case " ": if !text.isEmpty { pendingSpace = true }
            default:
                if TextNormalizer.isSpace(scalar) {
                    oddRun += 1
                    if oddRun >= 3 { padded = true }
                    if !text.isEmpty { pendingSpace = true }
                } else if !TextNormalizer.isInvisible(scalar) {
                    oddRun = 0
                    if pendingSpace { text += " " }
                    pendingSpace = false
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        endLine()
        return lines
    }

    @Test func generatedLines_matchTheScalarModel() {
        let pieces = [
            "a", "Word", "said.", " ", "  ", "   ", "\t", "\u{7F}", "\u{01}", "\u{A0}", "\u{2009}", "\u{200B}", "é",
            "Zürich", "\n", "\r\n", "\r", "12,000", "\"Yes,\"", "|", "—", "👍🏽", "abcdefgh", "abcdefg ", " abcdefg",
            "ab  cdefghij", "x", "\u{FFFD}",
        ]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<3000 {
            var raw = ""
            for _ in 0..<generator.next(below: 24) { raw += pieces[generator.next(below: pieces.count)] }
            #expect(TextNormalizer.lines(of: raw) == Self.model(raw), "\(raw.debugDescription)")
        }
    }

    @Test func longPlainRuns_copiedWhole_matchTheModel() {
        let raw = "The council approved a budget of 208 million on Wednesday, after a debate.  Two  spaces "
            + String(repeating: "0123456789abcdef", count: 9) + " end \n next line"
        #expect(TextNormalizer.lines(of: raw) == Self.model(raw))
    }

    @Test func plainRunWord_acceptsOnlyWhatTheByteLoopCopiesAsItIs() {
        func word(_ text: String) -> UInt64 { text.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) } }
        #expect(TextNormalizer.isPlainRun(word("abcdefgh")))
        #expect(TextNormalizer.isPlainRun(word(" b d f h")))
        #expect(!TextNormalizer.isPlainRun(word("ab  efgh")))  // two spaces collapse
        #expect(!TextNormalizer.isPlainRun(word("abcdefg ")))  // what follows the space is unknown
        #expect(!TextNormalizer.isPlainRun(word("abc\u{7F}efgh")))
        #expect(!TextNormalizer.isPlainRun(word("abc\tefgh")))
        #expect(!TextNormalizer.isPlainRun(word("abcdéfg")))
    }
}


/// One-line blocks skip the filtering arrays; they must give what the general rule gives.
@Suite struct TextBlocksOneLineTests {
    @Test(arguments: ["Home | News | Sport", "A story paragraph that ends.", "Russian Affairs", "Bookshop Donate Radio", ""])
    func oneLineBlock_givesItsLineUnlessNavigation(_ text: String) {
        let line = TextNormalizer.Line(text: text)
        let expected = NavigationLine.isNavigation(line) ? [] : [text]
        #expect(TextBlocks.paragraphs(of: [line]) == expected)
        // Two copies take the general path: each copy kept or dropped alike.
        let two = TextBlocks.paragraphs(of: [line, line])
        #expect(two.isEmpty == expected.isEmpty)
    }
}
