import Testing

@testable import BylineExtraction

/// The splitter judges marks from the code units of a token's span; that must be what the
/// token's text says.
@Suite struct SentenceSplitterUnitTests {
    @Test func marksFromUnits_equalMarksFromTokenTexts() {
        let text = ArticleText(paragraphs: [
            "He said: \"No.\" (Really!) 'Yes?' … “Quoted.” ‘Single.’ [Aside.] «Guillemets» -- — – ...",
            "U.S. officials... Mr. Smith's 3.5% 😀 e\u{301}. x.) y!] z?»",
        ])
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.count > 30)
        text.utf16.withUnsafeBufferPointer { units in
            for token in tokens {
                #expect(
                    SentenceSplitter.isClosing(span: token.span, in: units) == SentenceSplitter.isClosing(token.text),
                    "\(token.text)")
                #expect(
                    SentenceSplitter.isTerminal(unit: units[token.span.start]) == SentenceSplitter.isTerminal(token.text),
                    "\(token.text)")
            }
        }
    }
}
