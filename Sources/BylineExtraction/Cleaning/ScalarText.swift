/// Byte-level reading of short lines for the cleaner's hot rules, with the same answers as
/// the `Character` API the rules were written with.
///
/// `Character` work (grapheme breaking, canonical-equivalence comparison) costs far more than
/// the rules themselves. On text where every Unicode scalar is a grapheme cluster of its own
/// and canonically equivalent to no other scalar, characters and scalars coincide, so a rule
/// may read UTF-8 bytes and decode scalars itself. `isSimple` checks that (conservatively:
/// a short list of ranges known to hold only such scalars); other text takes the rules'
/// `Character` path.
enum ScalarText {
    /// Whether every scalar of `bytes` is a `Character` of its own (see the type's comment):
    /// ASCII but CR (CR LF is one cluster), Latin-1 and Latin Extended up to U+02FF (the
    /// combining marks start at U+0300), Cyrillic letters without their combining marks,
    /// general punctuation (dashes, quotes, bullets, ellipsis; not the zero-width and
    /// bidirectional controls) and currency signs. Greek is left out: U+037E and U+0387 are
    /// canonically equivalent to `;` and `·`.
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes without a CR pass at once (the rules ask this of the same
            // paragraph several times; a byte at a time it was nine instructions a byte).
            if index &+ 8 <= count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let carriageReturns = word ^ 0x0D0D_0D0D_0D0D_0D0D
                // High bit of a byte set when it is zero, i.e. the byte was CR (exact: the
                // low seven bits are summed apart from the high bit).
                let isCR =
                    ~(((carriageReturns & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | carriageReturns)
                    & 0x8080_8080_8080_8080
                if word & 0x8080_8080_8080_8080 == 0, isCR == 0 {
                    index &+= 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
            } else if lead < 0xE0 {
                guard index + 1 < count else { return false }
                let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                guard value < 0x300 || (0x400...0x482).contains(value) else { return false }
                index += 2
            } else if lead < 0xF0 {
                guard index + 2 < count else { return false }
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                    | UInt32(bytes[index + 2] & 0x3F)
                guard (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
                    || (0x20A0...0x20BF).contains(value)
                else { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Runs `body` on the UTF-8 bytes of `text` when they are simple; `nil` otherwise (the
    /// caller then takes its `Character` path).
    static func withSimpleBytes<Result>(
        _ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Result? in
            isSimple(bytes) ? body(bytes) : nil
        }
        return answer ?? nil
    }

    /// `text.count`: on simple text the scalars, counted from the bytes.
    static func characterCount(_ text: String) -> Int {
        withSimpleBytes(text) { bytes in bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } } ?? text.count
    }

    /// `text.contains { $0.isLetter || $0.isNumber }`, from the bytes of simple text.
    static func hasLetterOrNumber(_ text: String) -> Bool {
        withSimpleBytes(text) { bytes in
            var index = 0
            while index < bytes.count {
                if isLetter(at: index, in: bytes) || isNumber(at: index, in: bytes) { return true }
                index += scalar(at: index, in: bytes).length
            }
            return false
        } ?? text.contains { $0.isLetter || $0.isNumber }
    }

    /// The scalar whose UTF-8 form starts at `index` (valid UTF-8 assumed: Swift strings are)
    /// and its length in bytes.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 {
            guard index + 1 < bytes.count else { return (0xFFFD, 1) }
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            guard index + 2 < bytes.count else { return (0xFFFD, 1) }
            return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if index + 3 < bytes.count {
            return (UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// `Character.isUppercase` of the one-scalar character starting at `index`.
    static func isUppercase(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = bytes[index]
        if lead < 0x80 { return (0x41...0x5A).contains(lead) }
        return character(at: index, in: bytes).isUppercase
    }

    /// `Character.isLetter` of the one-scalar character starting at `index`.
    static func isLetter(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = bytes[index]
        if lead < 0x80 { return (0x41...0x5A).contains(lead) || (0x61...0x7A).contains(lead) }
        return character(at: index, in: bytes).isLetter
    }

    /// `Character.isNumber` of the one-scalar character starting at `index`.
    static func isNumber(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = bytes[index]
        if lead < 0x80 { return (0x30...0x39).contains(lead) }
        return character(at: index, in: bytes).isNumber
    }

    static func character(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Character {
        Character(Unicode.Scalar(scalar(at: index, in: bytes).value) ?? "\u{FFFD}")
    }

    /// The bytes of `bytes[range]` as a `String` (small ones are stored inline, unallocated).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.allSatisfy { bytes[$0] < 0x80 }
    }
}
