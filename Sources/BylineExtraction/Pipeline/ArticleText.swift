/// An article's clean body as the extractors see it: the text, its UTF-16 code units (every
/// offset is in those), and where each paragraph lies.
public struct ArticleText: Sendable {
    public let text: String
    public let utf16: [UInt16]
    public let paragraphs: [TextSpan]

    /// Joins paragraphs with a blank line, the way `Article.text` is built (API.md).
    public init(paragraphs: [String]) {
        var text = ""
        var spans: [TextSpan] = []
        var offset = 0
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 {
                text += "\n\n"
                offset += 2
            }
            let length = paragraph.utf16.count
            spans.append(TextSpan(start: offset, end: offset + length))
            text += paragraph
            offset += length
        }
        self.text = text
        self.utf16 = Array(text.utf16)
        self.paragraphs = spans
    }

    /// The text a span covers. Most spans are ASCII: `StringMaking` copies those without the
    /// generic UTF-16 transcoder (which cost 5% of the whole load); the result is the same.
    public subscript(span: TextSpan) -> String {
        StringMaking.string(utf16, span.start..<span.end)
    }
}
