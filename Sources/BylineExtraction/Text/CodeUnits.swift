/// Character classes on UTF-16 code units: an ASCII fast path, Unicode properties beyond it.
/// Surrogate pairs are decoded by the caller (`TextCursor.scalar`).
enum CodeUnits {
    static let space: UInt16 = 0x20
    static let period: UInt16 = 0x2E
    static let hyphen: UInt16 = 0x2D
    static let apostrophe: UInt16 = 0x27
    static let rightSingleQuote: UInt16 = 0x2019
    static let comma: UInt16 = 0x2C
    static let colon: UInt16 = 0x3A
    static let slash: UInt16 = 0x2F
    static let ampersand: UInt16 = 0x26
    static let ellipsis: UInt16 = 0x2026

    static func isDigit(_ c: UInt16) -> Bool { c >= 0x30 && c <= 0x39 }

    static func isASCIILetter(_ c: UInt16) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    static func isWhitespace(_ c: UInt16) -> Bool {
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        return c == 0xA0 || c == 0x2028 || c == 0x2029 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A)
            || c == 0x202F || c == 0x205F || c == 0x1680
    }

    static func isSurrogate(_ c: UInt16) -> Bool { c >= 0xD800 && c <= 0xDFFF }

    // The Unicode property checks live in functions of their own that are never inlined:
    // reading `scalar.properties` makes a function fetch type metadata for its stack frame
    // on every call, and inlined into the tokenizer's loops it taxed every ASCII token too.

    /// Letters and combining marks (so `é` written as `e` + U+0301 stays in its word).
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIILetter(UInt16(s.value)) }
        return isNonASCIIWordScalar(s)
    }

    @inline(never)
    static func isNonASCIIWordScalar(_ s: Unicode.Scalar) -> Bool {
        if let flags = latinFlags(s) { return flags & LatinFlag.word != 0 }
        return isWordScalarByProperties(s)
    }

    static func isWordScalarByProperties(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return isNonASCIIUpper(s)
    }

    @inline(never)
    static func isNonASCIIUpper(_ s: Unicode.Scalar) -> Bool {
        if let flags = latinFlags(s) { return flags & LatinFlag.upper != 0 }
        return isUpperByProperties(s)
    }

    static func isUpperByProperties(_ s: Unicode.Scalar) -> Bool {
        s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x61 && s.value <= 0x7A }
        return isNonASCIILower(s)
    }

    @inline(never)
    static func isNonASCIILower(_ s: Unicode.Scalar) -> Bool {
        if let flags = latinFlags(s) { return flags & LatinFlag.lower != 0 }
        return s.properties.isLowercase
    }

    /// Letters and numbers beyond ASCII, for word counts.
    @inline(never)
    static func isNonASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        if let flags = latinFlags(s) { return flags & LatinFlag.alphanumeric != 0 }
        return isAlphanumericByProperties(s)
    }

    static func isAlphanumericByProperties(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Hyphens that join the parts of a word: ASCII hyphen-minus, U+2010 and U+2011.
    static func isJoiningHyphen(_ c: UInt16) -> Bool { c == hyphen || c == 0x2010 || c == 0x2011 }

    static func isApostrophe(_ c: UInt16) -> Bool { c == apostrophe || c == rightSingleQuote }

    /// Emoji modifiers and joiners that continue the symbol before them.
    static func continuesSymbol(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x200D || (v >= 0xFE00 && v <= 0xFE0F) || (v >= 0x1F3FB && v <= 0x1F3FF)
            || (v >= 0xE0020 && v <= 0xE007F) || v == 0x20E3
    }
}
