/// One sentence: its span in the article text (first token's start to last token's end,
/// closing quotes included) and the range of its tokens in the token array.
public struct Sentence: Sendable, Hashable {
    public let span: TextSpan
    public let tokens: Range<Int>
    /// Index of the paragraph (in `ArticleText.paragraphs`) that holds it.
    public let paragraph: Int

    public init(span: TextSpan, tokens: Range<Int>, paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
