import Testing

@testable import BylineExtraction

@Suite struct SentenceSplitterTests {
    func sentences(_ paragraphs: String...) -> [String] {
        let tokenized = TokenizedText(ArticleText(paragraphs: paragraphs))
        return tokenized.sentences.map { tokenized.text[$0.span] }
    }

    @Test func plainSentences_split() {
        #expect(sentences("Putin spoke. Lavrov agreed! Did they? Yes.") == [
            "Putin spoke.", "Lavrov agreed!", "Did they?", "Yes.",
        ])
    }

    @Test func abbreviationsInside_doNotSplit() {
        #expect(sentences("Mr. Putin met Dr. Lee in the U.S. on Jan. 5 at St. Paul. Gen. Smith came.") == [
            "Mr. Putin met Dr. Lee in the U.S. on Jan. 5 at St. Paul.", "Gen. Smith came.",
        ])
        #expect(sentences("The U.N. Security Council met.") == ["The U.N. Security Council met."])
        #expect(sentences("J. R. Smith said so.") == ["J. R. Smith said so."])
    }

    @Test func abbreviationAtTheEnd_splitsBeforeASentenceStarter() {
        #expect(sentences("Tension rose with the U.S. The talks failed.") == [
            "Tension rose with the U.S.", "The talks failed.",
        ])
    }

    @Test func periodGluedToAWord_endsNoSentence() {
        // `R-S.C.` reaches the splitter as `R-S`, `.`, `C.`: the state stays in its sentence.
        #expect(sentences("Sen. Lindsey Graham (R-S.C.) said it. Sen. Jack Reed (D-R.I.): No.") == [
            "Sen. Lindsey Graham (R-S.C.) said it.", "Sen. Jack Reed (D-R.I.): No.",
        ])
        #expect(sentences("It ended. The next began.") == ["It ended.", "The next began."])
    }

    @Test func decimalsAndEllipses() {
        #expect(sentences("Growth was 3.5 percent. Then... nothing. Wait… Go.") == [
            "Growth was 3.5 percent.", "Then... nothing.", "Wait…", "Go.",
        ])
    }

    @Test func closingQuote_staysWithItsSentence() {
        #expect(sentences("He said: \"We agree.\" Lavrov nodded.") == [
            "He said: \"We agree.\"", "Lavrov nodded.",
        ])
        #expect(sentences("\u{201C}Stop!\u{201D} he said. Then he left.") == [
            "\u{201C}Stop!\u{201D} he said.", "Then he left.",
        ])
    }

    @Test func paragraphs_alwaysEndSentences() {
        let tokenized = TokenizedText(ArticleText(paragraphs: ["No period here", "Next one."]))
        #expect(tokenized.sentences.map(\.paragraph) == [0, 1])
        #expect(tokenized.sentences.map { tokenized.text[$0.span] } == ["No period here", "Next one."])
        #expect(tokenized.sentenceIndex(ofToken: 4) == 1)
    }

    @Test func emptyText_hasNoSentences() {
        #expect(TokenizedText(ArticleText(paragraphs: [])).sentences.isEmpty)
        #expect(TokenizedText(ArticleText(paragraphs: ["", ""])).sentences.isEmpty)
    }
}
