/// UTF-8 validation that passes ASCII eight bytes at a time, and strings made from bytes it
/// has validated without the standard library validating them again.
///
/// `String(validating:as:)` and `String(decoding:as:)` check a buffer holding any non-ASCII
/// byte one byte at a time, about nine instructions a byte over the whole buffer. News text
/// is ASCII but for a few accented letters, dashes and no-break spaces, so here only the
/// multi-byte sequences are checked one by one, and `String(copying:)` of a `UTF8Span`
/// made unchecked copies the bytes without a second check.
public enum UTF8Validation {
    /// `String(validating: bytes, as: UTF8.self)`: the same string, or nil for the same bytes.
    public static func string(validating bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let isASCII = check(bytes) else { return nil }
        return unchecked(bytes, isASCII: isASCII)
    }

    /// The string of `bytes`, which `check` has accepted. `isASCII` must say whether every
    /// byte is below 0x80: the string keeps it as its ASCII flag (which the standard library
    /// also reads as "normalised"), so a wrong `false` would send every comparison and hash
    /// of the string down the slow path, and a wrong `true` would be unsafe.
    static func unchecked(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        guard !bytes.isEmpty else { return "" }
        return unsafe String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
    }

    /// The string of `bytes`, every one of them below 0x80 (the caller knows: it wrote them).
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        unchecked(bytes, isASCII: true)
    }

    /// Nil unless `bytes` are well-formed UTF-8 (Unicode 3.9, table 3-7): no overlong form, no
    /// surrogate, nothing above U+10FFFF, no sequence cut short; the standard library's rule.
    /// Otherwise whether they are all ASCII.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var isASCII = true
        var index = 0
        while index < count {
            if index &+ 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index &+= 8  // at most `count`
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index &+= 1
                continue
            }
            isASCII = false
            // The length the lead byte announces, and the range its second byte must be in.
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, low) = (3, 0xA0)  // not overlong
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: (length, high) = (3, 0x9F)  // not a surrogate
            case 0xF0: (length, low) = (4, 0x90)  // not overlong
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, high) = (4, 0x8F)  // not above U+10FFFF
            default: return nil  // a continuation byte, C0, C1 or F5...FF
            }
            guard count - index >= length else { return nil }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return nil }
            if length > 2 {
                guard bytes[index + 2] & 0xC0 == 0x80 else { return nil }
                if length > 3 { guard bytes[index + 3] & 0xC0 == 0x80 else { return nil } }
            }
            index += length
        }
        return isASCII
    }
}
