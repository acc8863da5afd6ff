/// A stretch of text between quotation marks, as the scanner found it.
struct QuotedSpan: Hashable, Sendable {
    /// The words inside the marks, trimmed of surrounding whitespace.
    var content: TextSpan
    var openMark: TextSpan
    /// `nil` when the quote was never closed and ends at its paragraph's end.
    var closeMark: TextSpan?
    /// Paragraph of the opening mark, and of the end (they differ for multi-paragraph quotes).
    var paragraph: Int
    var endParagraph: Int
    /// Index (in the scanner's output) of the quote this one is nested in.
    var parent: Int?

    var isNested: Bool { parent != nil }
    /// From the opening mark to the closing mark (or the content's end).
    var outer: TextSpan { TextSpan(start: openMark.start, end: closeMark?.end ?? content.end) }
}
