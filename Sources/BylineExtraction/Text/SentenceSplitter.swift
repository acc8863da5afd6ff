/// Splits tokens into sentences. A paragraph always ends one; inside a paragraph a sentence
/// ends after `.`, `!`, `?` or an ellipsis (with the closing quotes and brackets that follow
/// it) when the next token does not start in lower case, and after an abbreviation only
/// when what follows clearly starts a new sentence (`... in the U.S. The talks`).
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ tokens: [Token], in text: ArticleText) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = 0
        var first = 0
        var index = 0
        func close(through last: Int) {
            guard last >= first else { return }
            sentences.append(
                Sentence(
                    span: TextSpan(start: tokens[first].span.start, end: tokens[last].span.end),
                    tokens: first..<(last + 1), paragraph: paragraph))
            first = last + 1
        }
        while index < tokens.count {
            // Tokens never cross a paragraph, so the paragraph of the first one is the sentence's.
            while paragraph + 1 < text.paragraphs.count,
                text.paragraphs[paragraph].end <= tokens[index].span.start
            {
                close(through: index - 1)
                paragraph += 1
            }
            let paragraphEnd = paragraph < text.paragraphs.count ? text.paragraphs[paragraph].end : nil
            if let last = boundary(after: index, in: tokens, paragraphEnd: paragraphEnd) {
                close(through: last)
                index = last + 1
            } else {
                index += 1
            }
        }
        close(through: tokens.count - 1)
        return sentences
    }

    /// The index of the last token of a sentence that ends at `index`, or nil.
    func boundary(after index: Int, in tokens: [Token], paragraphEnd: Int?) -> Int? {
        let token = tokens[index]
        let isTerminal: Bool
        switch token.kind {
        case .punctuation: isTerminal = Self.isTerminal(token.text)
        case .word: isTerminal = token.endsWithPeriod
        default: isTerminal = false
        }
        guard isTerminal else { return nil }
        var last = index
        while last + 1 < tokens.count, tokens[last + 1].span.start == tokens[last].span.end,
            Self.isClosing(tokens[last + 1].text)
        {
            last += 1
        }
        guard last + 1 < tokens.count else { return last }
        let next = tokens[last + 1]
        if let paragraphEnd, next.span.start >= paragraphEnd { return last }
        if next.isLowercaseWord { return nil }
        if token.kind == .word { return abbreviationEnds(token, before: next) ? last : nil }
        if token.text == "..." || token.text == "…" { return next.isCapitalized ? last : nil }
        if next.kind == .punctuation, !Self.isOpening(next.text) { return nil }
        return last
    }

    /// Whether an abbreviation's period also ends the sentence.
    func abbreviationEnds(_ token: Token, before next: Token) -> Bool {
        let word = String(token.text.dropLast())
        if Abbreviations.neverEndsSentence(word) { return false }
        if word.count == 1 { return false }  // an initial: `J. Smith`
        return next.kind == .word && SentenceStarters.words.contains(next.text)
    }

    static func isTerminal(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first == "." || first == "!" || first == "?" || first == "…"
    }

    static func isClosing(_ text: String) -> Bool {
        ["\"", "”", "’", "'", ")", "]", "»"].contains(text)
    }

    static func isOpening(_ text: String) -> Bool {
        ["\"", "“", "‘", "'", "(", "[", "«", "-", "--", "—", "–"].contains(text)
    }
}
