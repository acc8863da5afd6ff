/// The double-quote scanner's state: the quote open now (with at most one nested level of a
/// different typographic style) and the spans found so far.
struct ScanState {
    struct Open {
        var mark: QuoteMark
        var paragraph: Int
        /// Set at a paragraph end when the next paragraph reopens the same quotation.
        var continuing = false
        var resume = 0
    }

    let units: [UInt16]
    var open: Open?
    var nested: Open?
    var found: [QuotedSpan] = []

    init(units: [UInt16]) { self.units = units }

    /// The spans found, leaving `found` empty: the caller holds the only reference, so it can
    /// change them without a copy.
    mutating func takeFound() -> [QuotedSpan] {
        let taken = found
        found = []
        return taken
    }

    /// How many quotations `found` has room for when the first is found.
    static let quoteRoom = 16

    mutating func take(_ mark: QuoteMark, paragraph: Int, end: Int) {
        guard let current = open else {
            // A closing mark with nothing open is an inch sign or a typo: ignore it.
            if mark.direction != .closing { open = Open(mark: mark, paragraph: paragraph) }
            return
        }
        if let inner = nested {
            if mark.direction != .opening {
                emit(from: inner, to: mark.span.start, close: mark.span, paragraph: paragraph)
                nested = nil
            }
            return
        }
        switch mark.direction {
        case .closing, .ambiguous:
            emit(from: current, to: mark.span.start, close: mark.span, paragraph: paragraph)
            open = nil
        case .opening where mark.style != current.mark.style:
            nested = Open(mark: mark, paragraph: paragraph)
        case .opening where mark.style == .curly && closesTwiceAhead(after: mark.span.end, before: end):
            // `“... what he calls “hell” than ...”`: a curly opening inside a curly quote whose
            // paragraph still closes twice is a quote nested in it, not a new quotation.
            nested = Open(mark: mark, paragraph: paragraph)
        case .opening where reopensAfterSentence(mark):
            // `"... first part. "Second part."`: paragraphs of one quotation run together (a
            // reflowed text), as if each had reopened the quotation; it continues.
            return
        case .opening:
            // The same style opening again: the first quote was never closed.
            emit(from: current, to: mark.span.start, close: nil, paragraph: paragraph)
            open = Open(mark: mark, paragraph: paragraph)
        }
    }

    /// More curly closing marks than opening ones ahead, by two: one for each quotation open.
    private func closesTwiceAhead(after start: Int, before end: Int) -> Bool {
        var balance = 0
        for index in start..<max(start, end) {
            if units[index] == 0x201D { balance += 1 } else if units[index] == 0x201C { balance -= 1 }
        }
        return balance >= 2
    }

    private func reopensAfterSentence(_ mark: QuoteMark) -> Bool {
        var index = mark.span.start - 1
        guard index > 0, QuoteCharacters.isWhitespace(units[index]) else { return false }
        while index > 0, QuoteCharacters.isWhitespace(units[index]) { index -= 1 }
        if units[index] == 0x27 || units[index] == 0x2019 { index -= 1 }
        guard index >= 0 else { return false }
        return [0x2E, 0x3F, 0x21, 0x2026].contains(units[index])
    }

    /// Closes what the paragraph left open, or carries it into the next paragraph when that
    /// one opens with a quotation mark (news style for long quotations).
    mutating func endParagraph(_ index: Int, at end: Int, next: TextSpan?) {
        nested = nil
        guard let current = open else { return }
        // A transcript's next turn (`"WALLACE: But, ...`) is a new speaker's quotation.
        if let next, let reopen = openingMark(at: next), !QuoteCharacters.opensWithSpeakerLabel(units, at: reopen.span.end, before: next.end) {
            open?.continuing = true
            open?.resume = reopen.span.end
            return
        }
        emit(from: current, to: end, close: nil, paragraph: index)
        open = nil
    }

    private func openingMark(at paragraph: TextSpan) -> QuoteMark? {
        guard paragraph.start < paragraph.end,
            let mark = QuoteMark.readDouble(units, at: paragraph.start, in: paragraph.start..<paragraph.end),
            mark.direction != .closing
        else { return nil }
        return mark
    }

    private mutating func emit(from open: Open, to end: Int, close: TextSpan?, paragraph: Int) {
        var start = open.mark.span.end
        var stop = end
        while start < stop, QuoteCharacters.isWhitespace(units[start]) { start += 1 }
        while stop > start, QuoteCharacters.isWhitespace(units[stop - 1]) { stop -= 1 }
        guard start < stop, units[start..<stop].contains(where: QuoteCharacters.isLetterOrDigit) else { return }
        // Room for most articles' quotations at the first: grown from empty by appends, the
        // array was made about four times an article.
        if found.capacity == 0 { found.reserveCapacity(Self.quoteRoom) }
        found.append(
            QuotedSpan(
                content: TextSpan(start: start, end: stop), openMark: open.mark.span, closeMark: close,
                paragraph: open.paragraph, endParagraph: paragraph, parent: nil))
    }
}
