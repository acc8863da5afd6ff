/// Splits an article's text into tokens with UTF-16 spans. Whitespace separates tokens and
/// is never part of one; each construct is read by its own reader, tried in order.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: ArticleText) -> [Token] {
        tokenize(units: text.utf16, in: 0..<text.utf16.count)
    }

    /// Tokens of `range` of `units`; spans are offsets into `units`.
    public func tokenize(units: [UInt16], in range: Range<Int>) -> [Token] {
        units.withUnsafeBufferPointer { tokenize(buffer: $0, in: range) }
    }

    func tokenize(buffer units: UnsafeBufferPointer<UInt16>, in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        var cursor = TextCursor(units: units, start: range.lowerBound, end: range.upperBound)
        while !cursor.isAtEnd {
            guard let c = cursor.peek() else { break }
            if CodeUnits.isWhitespace(c) {
                cursor.advance()
                continue
            }
            let start = cursor.index
            let kind: Token.Kind
            if DottedAbbreviationReader.read(&cursor) || WordReader.read(&cursor)
                || PossessiveReader.read(&cursor)
            {
                kind = .word
            } else if NumberReader.read(&cursor) {
                kind = .number
            } else if PunctuationReader.read(&cursor) {
                kind = .punctuation
            } else {
                _ = SymbolReader.read(&cursor)
                kind = .symbol
            }
            let span = TextSpan(start: start, end: cursor.index)
            let text = StringMaking.string(units, span.start..<span.end)
            tokens.append(
                Token(kind: kind, span: span, text: text, shape: TokenShape.of(units, span, kind)))
        }
        return tokens
    }
}
