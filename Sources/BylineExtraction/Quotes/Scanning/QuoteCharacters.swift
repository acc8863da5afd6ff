/// Character classes that decide which way a straight quotation mark or an apostrophe faces.
enum QuoteCharacters {
    static func isWhitespace(_ c: UInt16) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || (c >= 0x2000 && c <= 0x200A)
            || c == 0x2028 || c == 0x2029 || c == 0x202F
    }

    static func isDash(_ c: UInt16) -> Bool { c == 0x2D || (c >= 0x2010 && c <= 0x2015) }

    static func isLetterOrDigit(_ c: UInt16) -> Bool {
        if c < 0x80 {
            return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
        }
        guard let scalar = Unicode.Scalar(c) else { return true }  // surrogates: letters beyond the BMP
        return scalar.properties.isAlphabetic
    }

    /// What may stand right before an opening mark: space, an opening bracket, a dash, a slash,
    /// or another opening quotation mark.
    static func precedesOpening(_ c: UInt16) -> Bool {
        isWhitespace(c) || isDash(c) || c == 0x28 || c == 0x5B || c == 0x7B || c == 0x2F
            || c == 0x201C || c == 0x2018 || c == 0x00AB || c == 0x3A
    }

    /// What may stand right after a closing mark: space, punctuation, a closing bracket, a dash,
    /// or a closing single mark.
    static func followsClosing(_ c: UInt16) -> Bool {
        isWhitespace(c) || isDash(c) || c == 0x2E || c == 0x2C || c == 0x3B || c == 0x3A
            || c == 0x21 || c == 0x3F || c == 0x29 || c == 0x5D || c == 0x7D || c == 0x2F
            || c == 0x2019 || c == 0x201D || c == 0x2026 || c == 0x27
    }
}
