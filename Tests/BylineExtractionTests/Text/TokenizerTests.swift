import Testing

@testable import BylineExtraction

@Suite struct TokenizerTests {
    func words(_ s: String) -> [String] {
        Tokenizer().tokenize(ArticleText(paragraphs: [s])).map(\.text)
    }

    @Test func dottedAbbreviations_stayOneToken() {
        #expect(words("the U.S. and U.N. met J.R.R. Tolkien") == [
            "the", "U.S.", "and", "U.N.", "met", "J.R.R.", "Tolkien",
        ])
        #expect(words("U.S.-led forces") == ["U.S.", "-", "led", "forces"])
    }

    @Test func titlesAndInitials_takeTheirPeriod() {
        #expect(words("Mr. Putin and Gen. J. Smith, Jan. 5.") == [
            "Mr.", "Putin", "and", "Gen.", "J.", "Smith", ",", "Jan.", "5", ".",
        ])
    }

    @Test func sentenceFinalPeriod_isItsOwnToken() {
        #expect(words("He left Moscow.") == ["He", "left", "Moscow", "."])
    }

    @Test func hyphensAndParticles_joinTheWord() {
        #expect(words("Bashar al-Assad met Jean-Claude Juncker") == [
            "Bashar", "al-Assad", "met", "Jean-Claude", "Juncker",
        ])
        #expect(words("a strike -- a pretext") == ["a", "strike", "--", "a", "pretext"])
    }

    @Test func runsOfMarks_stayTogetherByKind() {
        // `.` and `-` run on with themselves only; `?` and `!` with either of the two.
        #expect(words("Wait....?!?-- no.-") == ["Wait", "....", "?!?", "--", "no", ".", "-"])
        #expect(words("really!?! yes---. ok") == ["really", "!?!", "yes", "---", ".", "ok"])
    }

    @Test func possessives_splitOffButApostrophesInsideStay() {
        #expect(words("NPR's Lucian Kim’s O'Brien didn't") == [
            "NPR", "'s", "Lucian", "Kim", "’s", "O'Brien", "didn't",
        ])
        #expect(words("England 's captain") == ["England", "'s", "captain"])
        let tokens = Tokenizer().tokenize(ArticleText(paragraphs: ["Putin's"]))
        #expect(tokens.map(\.isPossessive) == [false, true])
    }

    @Test func numbers_keepInnerSeparators() {
        #expect(words("1,000 people, 3.5 km, 1996-08-30 at 12:30, the 1990s.") == [
            "1,000", "people", ",", "3.5", "km", ",", "1996-08-30", "at", "12:30", ",", "the",
            "1990s", ".",
        ])
        let kinds = Tokenizer().tokenize(ArticleText(paragraphs: ["3.5 km"])).map(\.kind)
        #expect(kinds == [.number, .word])
    }

    @Test func accents_andCombiningMarks_stayInTheWord() {
        #expect(words("José Manuel Barroso in Évora and Zürich") == [
            "José", "Manuel", "Barroso", "in", "Évora", "and", "Zürich",
        ])
        #expect(words("Jose\u{301} said") == ["Jose\u{301}", "said"])
        let shape = Tokenizer().tokenize(ArticleText(paragraphs: ["Évora"]))[0].shape
        #expect(shape.contains(.capitalized))
    }

    @Test func emoji_isOneSymbolToken_andOffsetsAreUTF16() {
        let text = ArticleText(paragraphs: ["Hi 👍🏽 Putin"])
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.map(\.kind) == [.word, .symbol, .word])
        #expect(tokens[2].span == TextSpan(start: 8, end: 13))
        for token in tokens { #expect(text[token.span] == token.text) }
    }

    @Test func ellipsisAndQuotes_arePunctuation() {
        #expect(words("Well... \u{201C}no\u{201D} (yes)") == [
            "Well", "...", "\u{201C}", "no", "\u{201D}", "(", "yes", ")",
        ])
    }

    @Test func shapes_tellCapitalsAndAllCaps() {
        let tokens = Tokenizer().tokenize(ArticleText(paragraphs: ["NPR Putin said U.S."]))
        #expect(tokens.map(\.isAllCaps) == [true, false, false, true])
        #expect(tokens.map(\.isCapitalized) == [true, true, false, true])
    }

    @Test func spans_matchTheTextAcrossParagraphs() {
        let text = ArticleText(paragraphs: ["Putin spoke.", "Lavrov’s reply came."])
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.count == 8)
        for token in tokens { #expect(text[token.span] == token.text) }
    }

    @Test func oddInput_neverCrashes() {
        let odd = ["", "   ", "'", "'s", ".", "A.", "U.S", "--", "-a-", "a'", "9.", "..."]
        for s in odd {
            let text = ArticleText(paragraphs: [s])
            for token in Tokenizer().tokenize(text) { #expect(token.span.end <= text.utf16.count) }
        }
        let unpaired: [UInt16] = [0xD800, 0x78, 0xDC00]
        #expect(Tokenizer().tokenize(units: unpaired, in: 0..<3).count == 3)
    }
}
