/// Finds the quotations of an article: double-quoted stretches (straight, curly, angled and
/// the NYT's `''`), a quotation carried over several paragraphs (each paragraph reopens it,
/// only the last closes it) as one, and the quotes nested inside them, each as its own span.
///
/// A mark left open never runs past its paragraph: an unbalanced quote ends there.
struct QuoteScanner: Sendable {
    func scan(_ text: ArticleText) -> [QuotedSpan] {
        var state = ScanState(units: text.utf16)
        let paragraphs = text.paragraphs
        var index = 0
        while index < paragraphs.count {
            let bounds = paragraphs[index].start..<paragraphs[index].end
            var position = bounds.lowerBound
            if let carried = state.open, carried.continuing {
                // A carried-over quote resumes after the opening mark of this paragraph.
                position = carried.resume
                state.open?.continuing = false
            }
            while position < bounds.upperBound {
                position = Self.nextPossibleMark(in: text.utf16, from: position, before: bounds.upperBound)
                guard position < bounds.upperBound else { break }
                if let mark = QuoteMark.readDouble(text.utf16, at: position, in: bounds) {
                    state.take(mark, paragraph: index, end: bounds.upperBound)
                    position = mark.span.end
                } else {
                    position += 1
                }
            }
            let next = index + 1 < paragraphs.count ? paragraphs[index + 1] : nil
            state.endParagraph(index, at: bounds.upperBound, next: next)
            index += 1
        }
        return NestedQuoteScanner().addingNested(to: state.found, in: text.utf16)
    }

    /// The first index from `start` (before `end`) whose unit may start a mark, or `end`: the
    /// scan of every unit of the text runs here, over the buffer, without bounds checks.
    static func nextPossibleMark(in units: [UInt16], from start: Int, before end: Int) -> Int {
        units.withUnsafeBufferPointer { units in
            var position = start
            while position < end {
                let c = units[position]
                // Every mark is `"`, `'`, a backquote, or at or above U+00AB.
                if (c == 0x22 || c == 0x27 || c == 0x60 || c >= 0xAB) && QuoteMark.mayStart(c) { return position }
                position += 1
            }
            return end
        }
    }
}
