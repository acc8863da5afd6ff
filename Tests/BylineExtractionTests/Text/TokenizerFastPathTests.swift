import Testing

@testable import BylineExtraction

/// The plain-ASCII-word fast path must give exactly the tokens the readers give.
@Suite struct TokenizerFastPathTests {
    func both(_ text: String) -> (fast: [Token], readers: [Token]) {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            (
                Tokenizer().tokenize(buffer: buffer, in: 0..<buffer.count),
                Tokenizer().tokenize(buffer: buffer, in: 0..<buffer.count, plainWords: false)
            )
        }
    }

    @Test func everyASCIICharacterAfterAWord_tokenizesAsTheReadersDo() {
        // Each printable ASCII character, and a few others, after words of several shapes.
        let followers = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) } + ["é", "’", "\u{2010}", "…", "😀", "\n"]
        for word in ["a", "A", "word", "Word", "NPR", "x2", "B52s", "Mr", "St", "U", "al"] {
            for follower in followers {
                for tail in ["", "s", "S", "b", "1", " x"] {
                    let text = word + follower + tail
                    let (fast, readers) = both(text)
                    #expect(fast == readers, "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func articleLikeText_tokenizesAsTheReadersDo() {
        let text = """
            U.S. Secretary of State Rex Tillerson met Russia's Sergey Lavrov on Wednesday. "We agree," \
            he said -- at 12:30, in Moscow... NPR's J.R.R. Tolkien (1892-1973) wrote 3.5 books; \
            Jean-Claude Juncker & Bashar al-Assad didn't. Mr. O'Brien, Inc. et al. Zürich 👍🏽 e.g.
            """
        let (fast, readers) = both(text)
        #expect(fast == readers)
        #expect(fast.count > 50)
    }
}

/// The ASCII punctuation bit mask the fast path tests against.
@Suite struct PunctuationMaskTests {
    @Test func asciiPunctuationMask_agreesWithIsPunctuation() {
        for c in UInt16(0)...UInt16(0x3000) {
            #expect(PunctuationReader.isASCIIPunctuation(c) == (c < 0x80 && PunctuationReader.isPunctuation(c)), "\(c)")
        }
    }
}
