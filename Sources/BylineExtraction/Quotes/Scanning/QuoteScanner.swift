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
        // Handed over, not shared: the nested scan sorts and links the spans in place, which
        // copied the whole array while the state still held it.
        return NestedQuoteScanner().addingNested(to: state.takeFound(), in: text.utf16)
    }

    /// The first index from `start` (before `end`) whose unit may start a mark, or `end`: the
    /// scan of every unit of the text runs here, over the buffer, without bounds checks.
    static func nextPossibleMark(in units: [UInt16], from start: Int, before end: Int) -> Int {
        units.withUnsafeBufferPointer { units in
            var position = start
            // Eight units at a time in SIMD lanes, each compared with every unit that may
            // start a mark (`QuoteMark.mayStart`): the first lane that is one is the answer.
            if let base = units.baseAddress, end <= units.count {
                while position &+ 8 <= end {
                    let found = markLanes(UnsafeRawPointer(base + position).loadUnaligned(as: SIMD8<UInt16>.self))
                    if found.low != 0 { return position &+ found.low.trailingZeroBitCount >> 4 }
                    if found.high != 0 { return position &+ 4 &+ found.high.trailingZeroBitCount >> 4 }
                    position &+= 8
                }
            }
            while position < end {
                if QuoteMark.mayStart(units[position]) { return position }
                position += 1
            }
            return end
        }
    }

    /// The lanes of `lanes` that `QuoteMark.mayStart` accepts (`"`, `'`, a backquote, `«`,
    /// `»`, U+2018 to U+201E) set to all ones, the others zero, as the low and high four
    /// lanes. Masks are combined as integer lanes: combining `SIMDMask`s compiled to a loop
    /// over the lanes, integer lanes to one vector instruction each.
    @inline(__always)
    private static func markLanes(_ lanes: SIMD8<UInt16>) -> (low: UInt64, high: UInt64) {
        let found = ones(lanes .== SIMD8<UInt16>(repeating: 0x22)) | ones(lanes .== SIMD8<UInt16>(repeating: 0x27))
            | ones(lanes .== SIMD8<UInt16>(repeating: 0x60)) | ones(lanes .== SIMD8<UInt16>(repeating: 0xAB))
            | ones(lanes .== SIMD8<UInt16>(repeating: 0xBB)) | ones((lanes &- 0x2018) .< SIMD8<UInt16>(repeating: 7))
        let halves = unsafeBitCast(found, to: (UInt64, UInt64).self)
        return (halves.0, halves.1)
    }

    @inline(__always)
    private static func ones(_ mask: SIMDMask<SIMD8<Int16>>) -> SIMD8<UInt16> {
        SIMD8<UInt16>(repeating: 0).replacing(with: 0xFFFF, where: mask)
    }
}
