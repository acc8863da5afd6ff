import Testing

@testable import BylineExtraction

/// The fast builders of the pipeline must give exactly what the plain ones give.
@Suite struct ArticleTextJoiningTests {
    static let samples: [[String]] = [
        ["Putin met Tillerson.", "They talked."],
        ["José Manuel Barroso in Évora", "Zürich — “quoted” 👍🏽 and 👨‍👩‍👧", ""],
        ["", "", "A"],
        [],
        ["Jose\u{301} said", "e\u{301}\u{301} x"],
        ["北京 市 2017年", "\u{00A0}\u{00A0}", "a\u{00A0}b c\td", "line one\nline two", " - ", "𝐀bc ٣ -- 😀"],
        ["Ünïcödé", "x"],
    ]

    @Test(arguments: samples)
    func joining_equalsThePlainInitializer(_ paragraphs: [String]) {
        let plain = ArticleText(paragraphs: paragraphs)
        let joined = ArticleText(joining: paragraphs)
        #expect(joined.text == plain.text)
        // The same ASCII flag: a string marked non-ASCII compares and hashes on the slow path.
        #expect(joined.text._classify()._isASCII == plain.text._classify()._isASCII)
        #expect(joined.utf16 == plain.utf16)
        #expect(joined.paragraphs == plain.paragraphs)
    }

    @Test(arguments: samples)
    func joiningWordCount_equalsWordCountOfTheText(_ paragraphs: [String]) {
        var count = -1
        let joined = ArticleText(joining: paragraphs, wordCount: &count)
        #expect(count == ArticleExtractor.wordCount(joined.text))
        #expect(count == ArticleExtractor.wordCount(units: ArticleText(paragraphs: paragraphs).utf16))
    }

    /// Random paragraphs over an alphabet of separators, word characters, marks and
    /// non-ASCII scalars (deterministic generator, so a failure repeats).
    @Test func joiningWordCount_equalsWordCountOnRandomText() {
        let alphabet: [String] = [" ", " ", "\n", "a", "Z", "7", "-", "'", ".", "\t", "é", "\u{301}", "—", "😀", "٣", "\u{00A0}", "北"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for _ in 0..<300 {
            let paragraphs = (0..<next(4)).map { _ in (0..<next(40)).map { _ in alphabet[next(alphabet.count)] }.joined() }
            var count = -1
            let joined = ArticleText(joining: paragraphs, wordCount: &count)
            #expect(count == ArticleExtractor.wordCount(units: ArticleText(paragraphs: paragraphs).utf16), "\(paragraphs)")
            #expect(joined.utf16 == Array(joined.text.utf16))
        }
    }

    /// Mostly ASCII, so that runs of eight bytes take the block path: bytes next to the
    /// letter and digit ranges (`@ [ ` { / :`), separators and punctuation at every offset.
    @Test func joiningWordCount_equalsWordCountOnASCIIHeavyText() {
        let alphabet: [String] = [" ", " ", "\n", "a", "z", "A", "Z", "0", "9", "@", "[", "`", "{", "/", ":", ".", "-", "\u{7F}", "\t", "é"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for _ in 0..<2000 {
            let paragraphs = (0..<(1 + next(3))).map { _ in (0..<next(60)).map { _ in alphabet[next(alphabet.count)] }.joined() }
            var count = -1
            let joined = ArticleText(joining: paragraphs, wordCount: &count)
            let plain = ArticleText(paragraphs: paragraphs)
            #expect(count == ArticleExtractor.wordCount(units: plain.utf16), "\(paragraphs)")
            #expect(joined.utf16 == plain.utf16)
        }
    }

    @Test func wordCount_countsLettersAndDigitsBeyondASCII() {
        #expect(ArticleExtractor.wordCount("Zürich — 3 wörter\n\nплюс 😀 ٣") == 5)
        #expect(ArticleExtractor.wordCount("  -- a  b\n") == 2)
        #expect(ArticleExtractor.wordCount("") == 0)
        #expect(ArticleExtractor.wordCount("𝐀bc d") == 2)  // a letter outside the BMP
    }
}
