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
            // Four units at a time, in one integer: a block with no unit at or above U+0080
            // and none equal to `"`, `'` or a backquote holds no mark (most of the text).
            if let base = units.baseAddress, end <= units.count {
                while position + 4 <= end {
                    let block = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                    if block & 0xFF80_FF80_FF80_FF80 != 0 || Self.hasLane(block, 0x22) || Self.hasLane(block, 0x27)
                        || Self.hasLane(block, 0x60)
                    {
                        for offset in 0..<4 where Self.mayStart(units[position + offset]) { return position + offset }
                    }
                    position += 4
                }
            }
            while position < end {
                let c = units[position]
                if Self.mayStart(c) { return position }
                position += 1
            }
            return end
        }
    }

    /// Every mark is `"`, `'`, a backquote, or at or above U+00AB.
    @inline(__always)
    private static func mayStart(_ c: UInt16) -> Bool {
        (c == 0x22 || c == 0x27 || c == 0x60 || c >= 0xAB) && QuoteMark.mayStart(c)
    }

    /// Whether one of the four 16-bit lanes of `block` equals `unit` (the exact zero-lane
    /// test: a borrow reaches a lane's top bit only from a lane that was zero).
    @inline(__always)
    private static func hasLane(_ block: UInt64, _ unit: UInt64) -> Bool {
        let x = block ^ (unit &* 0x0001_0001_0001_0001)
        return (x &- 0x0001_0001_0001_0001) & ~x & 0x8000_8000_8000_8000 != 0
    }
}
