/// Splits tokens into sentences. A paragraph always ends one; inside a paragraph a sentence
/// ends after `.`, `!`, `?` or an ellipsis (with the closing quotes and brackets that follow
/// it) when the next token does not start in lower case, and after an abbreviation only
/// when what follows clearly starts a new sentence (`... in the U.S. The talks`).
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ tokens: [Token], in text: ArticleText) -> [Sentence] {
        text.utf16.withUnsafeBufferPointer { split(tokens, in: text, units: $0) }
    }

    /// A token's text is the string of its span's code units, so the marks that may end a
    /// sentence are judged from the units (no `String` view per punctuation token).
    private func split(_ tokens: [Token], in text: ArticleText, units: UnsafeBufferPointer<UInt16>) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 16 + 1)
        // The paragraph's end, and where the next paragraph starts to matter (`Int.max` in
        // the last): kept in locals rather than read from `text.paragraphs` for every token.
        let paragraphs = text.paragraphs
        var paragraphEnd: Int? = paragraphs.first?.end
        var nextParagraphAt = paragraphs.count > 1 ? paragraphs[0].end : Int.max
        var paragraph = 0
        var first = 0
        var index = 0
        // The tokens are read through a buffer pointer, and the sentence is closed by a
        // static function rather than a closure over the loop's variables: both kept the
        // loop's state in memory and checked bounds for every token.
        tokens.withUnsafeBufferPointer { all in
            let count = all.count
            while index < count {
                // Tokens never cross a paragraph, so the paragraph of the first one is the sentence's.
                let start = all[index].span.start
                while nextParagraphAt <= start {
                    Self.close(&sentences, all, first: &first, through: index - 1, paragraph: paragraph)
                    paragraph += 1
                    paragraphEnd = paragraphs[paragraph].end
                    nextParagraphAt = paragraph + 1 < paragraphs.count ? paragraphs[paragraph].end : Int.max
                }
                // Only punctuation or a word with its own period can end a sentence (`boundary`
                // checks that first); asking here saves a call for most tokens.
                let kind = all[index].kind
                let mayEnd = kind == .punctuation || (kind == .word && all[index].shape.contains(.endsWithPeriod))
                if mayEnd, let last = boundary(after: index, in: tokens, units: units, paragraphEnd: paragraphEnd) {
                    Self.close(&sentences, all, first: &first, through: last, paragraph: paragraph)
                    index = last + 1
                } else {
                    index &+= 1
                }
            }
            Self.close(&sentences, all, first: &first, through: count - 1, paragraph: paragraph)
        }
        return sentences
    }

    /// Ends the sentence running from token `first` through `last` (none when `last` is
    /// before `first`); the next starts after it.
    @inline(__always)
    private static func close(
        _ sentences: inout [Sentence], _ tokens: UnsafeBufferPointer<Token>, first: inout Int, through last: Int,
        paragraph: Int
    ) {
        guard last >= first else { return }
        sentences.append(
            Sentence(
                span: TextSpan(start: tokens[first].span.start, end: tokens[last].span.end),
                tokens: first..<(last + 1), paragraph: paragraph))
        first = last + 1
    }

    /// The index of the last token of a sentence that ends at `index`, or nil.
    func boundary(after index: Int, in tokens: [Token], units: UnsafeBufferPointer<UInt16>, paragraphEnd: Int?) -> Int? {
        // Most tokens end nothing: decide that from the kind and shape alone, before
        // copying the token (and retaining its text).
        let isTerminal: Bool
        switch tokens[index].kind {
        case .punctuation: isTerminal = Self.isTerminal(unit: Self.firstUnit(of: tokens[index].span, in: units))
        case .word: isTerminal = tokens[index].endsWithPeriod
        default: isTerminal = false
        }
        guard isTerminal else { return nil }
        let token = tokens[index]
        var last = index
        while last + 1 < tokens.count, tokens[last + 1].span.start == tokens[last].span.end,
            Self.isClosing(span: tokens[last + 1].span, in: units)
        {
            last += 1
        }
        guard last + 1 < tokens.count else { return last }
        let next = tokens[last + 1]
        if let paragraphEnd, next.span.start >= paragraphEnd { return last }
        if next.isLowercaseWord { return nil }
        // A period with a word glued to it ends no sentence: it sits inside a dotted name
        // the tokenizer read in parts, like the state in `(R-S.C.)` (`R-S`, `.`, `C.`).
        if last == index, token.kind == .punctuation, next.span.start == token.span.end,
            next.kind == .word || next.kind == .number
        {
            return nil
        }
        if token.kind == .word { return abbreviationEnds(token, before: next) ? last : nil }
        if Self.isEllipsis(span: token.span, in: units) { return next.isCapitalized ? last : nil }
        if next.kind == .punctuation, !Self.isOpening(span: next.span, in: units) { return nil }
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
        isTerminal(unit: text.utf16.first)
    }

    static func isTerminal(unit first: UInt16?) -> Bool {
        guard let first else { return false }
        return first == 0x2E || first == 0x21 || first == 0x3F || first == 0x2026  // . ! ? …
    }

    /// The first code unit of a token's span: its text's first UTF-16 unit.
    private static func firstUnit(of span: TextSpan, in units: UnsafeBufferPointer<UInt16>) -> UInt16? {
        span.length > 0 && span.start >= 0 && span.start < units.count ? units[span.start] : nil
    }

    /// `isClosing(token.text)` from the span's units: one unit, which is the whole text.
    static func isClosing(span: TextSpan, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard span.length == 1, let c = firstUnit(of: span, in: units) else { return false }
        return isClosing(unit: c)
    }

    /// `text == "..." || text == "…"` for a token's text, from its span's units (the text
    /// is the string of those units; comparing strings cost a call for every sentence end).
    static func isEllipsis(span: TextSpan, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard span.start >= 0, span.end <= units.count else { return false }
        switch span.length {
        case 1: return units[span.start] == 0x2026
        case 3: return units[span.start] == 0x2E && units[span.start + 1] == 0x2E && units[span.start + 2] == 0x2E
        default: return false
        }
    }

    /// `isOpening(token.text)` from the span's units: one unit is the whole text, and two
    /// hyphens are `--`.
    static func isOpening(span: TextSpan, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard span.start >= 0, span.end <= units.count else { return false }
        switch span.length {
        case 1: return isOpening(unit: units[span.start])
        case 2: return units[span.start] == CodeUnits.hyphen && units[span.start + 1] == CodeUnits.hyphen
        default: return false
        }
    }

    /// Whether `text` is exactly one closing mark: `"`, `”`, `’`, `'`, `)`, `]`, `»`.
    /// Compared on code units: these marks have no other canonical spelling, and building
    /// an array of strings on every call was a tenth of the splitter's time.
    static func isClosing(_ text: String) -> Bool {
        guard let c = singleUnit(text) else { return false }
        return isClosing(unit: c)
    }

    static func isClosing(unit c: UInt16) -> Bool {
        switch c {
        case 0x22, 0x201D, 0x2019, 0x27, 0x29, 0x5D, 0xBB: return true
        default: return false
        }
    }

    /// Whether `text` is one opening mark or dash: `"`, `“`, `‘`, `'`, `(`, `[`, `«`, `-`,
    /// `--`, `—`, `–`.
    static func isOpening(_ text: String) -> Bool {
        guard let c = singleUnit(text) else { return text == "--" }
        return isOpening(unit: c)
    }

    static func isOpening(unit c: UInt16) -> Bool {
        switch c {
        case 0x22, 0x201C, 0x2018, 0x27, 0x28, 0x5B, 0xAB, 0x2D, 0x2014, 0x2013: return true
        default: return false
        }
    }

    /// The only UTF-16 code unit of `text`, or nil when it has none or several.
    private static func singleUnit(_ text: String) -> UInt16? {
        var units = text.utf16.makeIterator()
        guard let first = units.next(), units.next() == nil else { return nil }
        return first
    }
}
