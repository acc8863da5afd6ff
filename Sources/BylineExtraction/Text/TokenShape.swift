/// Computes a token's `Token.Shape` from its code units, once, at tokenizing time.
enum TokenShape {
    static func of(_ units: UnsafeBufferPointer<UInt16>, _ span: TextSpan, _ kind: Token.Kind) -> Token.Shape {
        guard kind == .word || kind == .number else { return [] }
        var shape: Token.Shape = []
        var sawLetter = false
        var sawUpper = false
        let end = min(span.end, units.count)
        var i = max(0, span.start)
        while i < end {
            let c = units[i]
            if c < 0x80 {
                if c &- 0x41 < 26 {
                    if !sawLetter { shape.insert(.capitalized) }
                    sawLetter = true
                    sawUpper = true
                } else if c &- 0x61 < 26 {
                    sawLetter = true
                    shape.insert(.hasLower)
                } else if c &- 0x30 < 10 {
                    shape.insert(.hasDigit)
                } else if c == CodeUnits.hyphen, i > span.start {
                    shape.insert(.hyphenated)
                }
                i += 1
                continue
            }
            guard let (scalar, length) = TextCursor.scalar(units, at: i, end: end) else {
                i += 1
                continue
            }
            if CodeUnits.isJoiningHyphen(c), i > span.start {
                shape.insert(.hyphenated)
            } else if CodeUnits.isUpper(scalar) {
                if !sawLetter { shape.insert(.capitalized) }
                sawLetter = true
                sawUpper = true
            } else if CodeUnits.isLower(scalar) {
                sawLetter = true
                shape.insert(.hasLower)
            }
            i += length
        }
        if sawUpper && !shape.contains(.hasLower) { shape.insert(.allCaps) }
        if span.length > 1, units[span.end - 1] == CodeUnits.period { shape.insert(.endsWithPeriod) }
        if kind == .word, span.length == 2, CodeUnits.isApostrophe(units[span.start]) {
            shape.insert(.possessive)
        }
        return shape
    }
}
