/// Computes a token's `Token.Shape` from its code units, once, at tokenizing time.
enum TokenShape {
    static func of(_ units: [UInt16], _ span: TextSpan, _ kind: Token.Kind) -> Token.Shape {
        guard kind == .word || kind == .number else { return [] }
        var shape: Token.Shape = []
        var sawLetter = false
        var sawUpper = false
        var cursor = TextCursor(units: units, start: span.start, end: span.end)
        while !cursor.isAtEnd {
            let c = units[cursor.index]
            if c < 0x80 {
                if c >= 0x41 && c <= 0x5A {
                    if !sawLetter { shape.insert(.capitalized) }
                    sawLetter = true
                    sawUpper = true
                } else if c >= 0x61 && c <= 0x7A {
                    sawLetter = true
                    shape.insert(.hasLower)
                } else if CodeUnits.isDigit(c) {
                    shape.insert(.hasDigit)
                } else if c == CodeUnits.hyphen, cursor.index > span.start {
                    shape.insert(.hyphenated)
                }
                cursor.advance()
                continue
            }
            guard let (scalar, length) = cursor.scalar() else {
                cursor.advance()
                continue
            }
            if CodeUnits.isDigit(c) {
                shape.insert(.hasDigit)
            } else if CodeUnits.isJoiningHyphen(c), cursor.index > span.start {
                shape.insert(.hyphenated)
            } else if CodeUnits.isUpper(scalar) {
                if !sawLetter { shape.insert(.capitalized) }
                sawLetter = true
                sawUpper = true
            } else if CodeUnits.isLower(scalar) {
                sawLetter = true
                shape.insert(.hasLower)
            }
            cursor.advance(length)
        }
        if sawUpper && !shape.contains(.hasLower) { shape.insert(.allCaps) }
        if span.length > 1, units[span.end - 1] == CodeUnits.period { shape.insert(.endsWithPeriod) }
        if kind == .word, span.length == 2, CodeUnits.isApostrophe(units[span.start]) {
            shape.insert(.possessive)
        }
        return shape
    }
}
