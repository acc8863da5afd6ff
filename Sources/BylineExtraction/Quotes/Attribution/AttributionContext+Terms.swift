/// Short quotations inside a speaker's apposition (`Sam Hale, a contestant on the show "The
/// Apprentice," who ..., said`, `Bill Lee, wearing "Cruz" pins, said`): the readers step over
/// them instead of stopping there. Only looked up at a quotation mark, so the linear search
/// over the article's few quotations costs nothing per token.
extension AttributionContext {
    /// Most words a quotation stepped over in an apposition may have: a title or a slogan.
    static let termWords = 8

    /// The first token after a short, closed, top-level quotation whose opening mark is the
    /// token at `mark`, or nil.
    func termEnd(openingAt mark: Int) -> Int? {
        guard isQuoteMark(mark) else { return nil }
        let start = tokens[mark].span.start
        guard let quote = quotes.first(where: { $0.openMark.start == start }), !quote.isNested,
            let close = quote.closeMark, close.start - quote.content.start < 120
        else { return nil }
        let end = tokenIndex(atOrAfter: close.end)
        return end - mark <= Self.termWords + 2 ? end : nil
    }

    /// The token of the opening mark of a short, closed, top-level quotation whose closing
    /// mark is the token at `mark`, or nil.
    func termStart(closingAt mark: Int) -> Int? {
        guard isQuoteMark(mark) else { return nil }
        let start = tokens[mark].span.start
        guard let quote = quotes.first(where: { $0.closeMark.map { $0.start <= start && start < $0.end } ?? false }),
            !quote.isNested
        else { return nil }
        let open = tokenIndex(atOrAfter: quote.openMark.start)
        return mark - open <= Self.termWords + 2 ? open : nil
    }
}
