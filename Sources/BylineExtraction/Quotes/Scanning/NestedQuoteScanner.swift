/// Finds single-quoted stretches inside double quotes (`'incompetence'` inside a reporter's
/// quoted sentence) and links every nested span to the quote that holds it.
///
/// Apostrophes are never quotation marks: an opening single mark needs a space, bracket, dash
/// or double mark before it and a letter after it, and is not an elision (`'90s`,
/// `rock 'n' roll`, `'em`); a closing one needs a letter or punctuation before it and no
/// letter after it (`world's` and `don't` have letters on both sides).
struct NestedQuoteScanner: Sendable {
    static let elisions: Set<String> = [
        "n", "em", "til", "cause", "tis", "twas", "bout", "round", "nuff", "cept", "s",
    ]

    /// `spans` is consumed: handed an array no one else holds, the sort and the links change
    /// it in place instead of a copy.
    func addingNested(to spans: consuming [QuotedSpan], in units: [UInt16]) -> [QuotedSpan] {
        var all = consume spans
        let outer = all.count
        for position in 0..<outer {
            let nested = singles(in: all[position], units: units)
            if !nested.isEmpty { all += nested }
        }
        all.sort { $0.content.start != $1.content.start ? $0.content.start < $1.content.start : $0.content.end > $1.content.end }
        // A span inside another's content is nested in the nearest such one. The spans still
        // open form a chain through their parents (each one's parent is the span opened before
        // it that holds it), so the innermost is all the walk keeps: no stack array to make.
        var innermost: Int?
        for index in all.indices {
            while let open = innermost, !all[open].content.contains(all[index].outer) { innermost = all[open].parent }
            all[index].parent = innermost
            innermost = index
        }
        return all
    }

    private func singles(in span: QuotedSpan, units: [UInt16]) -> [QuotedSpan] {
        var result: [QuotedSpan] = []
        var openAt: Int?
        let bounds = span.content.start..<span.content.end
        var index = bounds.lowerBound
        while index < bounds.upperBound {
            let c = units[index]
            if c == 0x27 || c == 0x2018 || c == 0x2019 {
                if openAt == nil, opens(units, at: index, in: bounds) {
                    openAt = index
                } else if let start = openAt, closes(units, at: index, in: bounds),
                    let found = make(start, index, span, units)
                {
                    result.append(found)
                    openAt = nil
                }
            }
            index += 1
        }
        return result
    }

    private func opens(_ units: [UInt16], at index: Int, in bounds: Range<Int>) -> Bool {
        if units[index] == 0x2019 { return false }
        let before: UInt16? = index > bounds.lowerBound ? units[index - 1] : nil
        guard before.map(QuoteCharacters.precedesOpening) ?? true else { return false }
        guard index + 1 < bounds.upperBound, QuoteCharacters.isLetterOrDigit(units[index + 1]) else {
            return false
        }
        return !isElision(units, after: index, in: bounds)
    }

    private func closes(_ units: [UInt16], at index: Int, in bounds: Range<Int>) -> Bool {
        if units[index] == 0x2018 { return false }
        guard index > bounds.lowerBound, !QuoteCharacters.isWhitespace(units[index - 1]) else { return false }
        guard index + 1 < bounds.upperBound else { return true }
        return !QuoteCharacters.isLetterOrDigit(units[index + 1])
    }

    /// `'90s`, `'n'`, `'em`: the word after the mark is a known clipped form or a decade.
    private func isElision(_ units: [UInt16], after index: Int, in bounds: Range<Int>) -> Bool {
        var end = index + 1
        while end < bounds.upperBound, QuoteCharacters.isLetterOrDigit(units[end]) { end += 1 }
        let word = String(decoding: units[(index + 1)..<end], as: UTF16.self).lowercased()
        if Self.elisions.contains(word) { return true }
        return word.count == 3 && word.hasSuffix("s") && word.prefix(2).allSatisfy(\.isNumber)
    }

    private func make(_ open: Int, _ close: Int, _ parent: QuotedSpan, _ units: [UInt16]) -> QuotedSpan? {
        var start = open + 1
        var stop = close
        while start < stop, QuoteCharacters.isWhitespace(units[start]) { start += 1 }
        while stop > start, QuoteCharacters.isWhitespace(units[stop - 1]) { stop -= 1 }
        guard stop - start > 1 else { return nil }
        return QuotedSpan(
            content: TextSpan(start: start, end: stop), openMark: TextSpan(start: open, end: open + 1),
            closeMark: TextSpan(start: close, end: close + 1), paragraph: parent.paragraph,
            endParagraph: parent.paragraph, parent: nil)
    }
}
