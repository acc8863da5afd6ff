/// One quotation mark found in the text: where it is, its typographic style, and which way
/// its surroundings say it faces. Straight marks (`"`, the NYT's `''`) face whichever way the
/// characters beside them suggest; curly and angled marks carry their direction in the glyph.
struct QuoteMark: Hashable, Sendable {
    enum Style: Hashable, Sendable { case straight, curly, angled, doubledApostrophe }
    enum Direction: Hashable, Sendable { case opening, closing, ambiguous }

    let span: TextSpan
    let style: Style
    let direction: Direction

    /// Whether a mark can start with this unit: the scanner skips the others without a call.
    @inline(__always)
    static func mayStart(_ c: UInt16) -> Bool {
        c == 0x22 || c == 0x27 || c == 0x60 || c == 0xAB || c == 0xBB || (c >= 0x2018 && c <= 0x201E)
    }

    /// Reads a double quotation mark at `index` inside `bounds` (a paragraph), or nil.
    static func readDouble(_ units: [UInt16], at index: Int, in bounds: Range<Int>) -> QuoteMark? {
        let c = units[index]
        let next: UInt16? = index + 1 < bounds.upperBound ? units[index + 1] : nil
        switch c {
        case 0x201C, 0x201E: return mark(index, 1, .curly, .opening)
        case 0x201D: return mark(index, 1, .curly, .closing)
        case 0x00AB: return mark(index, 1, .angled, .opening)
        case 0x00BB: return mark(index, 1, .angled, .closing)
        case 0x22: return straight(units, at: index, length: 1, style: .straight, in: bounds)
        case 0x60 where next == 0x60: return mark(index, 2, .doubledApostrophe, .opening)
        case 0x2018 where next == 0x2018: return mark(index, 2, .curly, .opening)
        case 0x2019 where next == 0x2019: return mark(index, 2, .curly, .closing)
        case 0x27 where next == 0x27:
            // `'''` closes a single quote and then a double one: read the double from the next unit.
            if index + 2 < bounds.upperBound, units[index + 2] == 0x27 { return nil }
            return straight(units, at: index, length: 2, style: .doubledApostrophe, in: bounds)
        default: return nil
        }
    }

    private static func mark(_ index: Int, _ length: Int, _ style: Style, _ direction: Direction)
        -> QuoteMark
    {
        QuoteMark(span: TextSpan(start: index, end: index + length), style: style, direction: direction)
    }

    /// A straight mark opens after a space (or an opening bracket or dash) and before a word;
    /// it closes after a word and before a space or punctuation.
    private static func straight(
        _ units: [UInt16], at index: Int, length: Int, style: Style, in bounds: Range<Int>
    ) -> QuoteMark {
        let before: UInt16? = index > bounds.lowerBound ? units[index - 1] : nil
        let afterIndex = index + length
        let after: UInt16? = afterIndex < bounds.upperBound ? units[afterIndex] : nil
        let opensHere = before.map(QuoteCharacters.precedesOpening) ?? true
        let closesHere = after.map(QuoteCharacters.followsClosing) ?? true
        let direction: Direction =
            opensHere && !closesHere ? .opening : closesHere && !opensHere ? .closing : .ambiguous
        return mark(index, length, style, direction)
    }
}
