/// Strings from UTF-16 code units, with a fast path for ASCII runs: most tokens are ASCII,
/// and the generic transcoder costs several times more per token.
enum StringMaking {
    static func string(_ units: [UInt16], _ range: Range<Int>) -> String {
        units.withUnsafeBufferPointer { string($0, range) }
    }

    /// Both loops run over the whole range without an early exit, so the compiler turns
    /// them into vector instructions: spans of quotes and paragraphs are long.
    static func string(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= units.count, "range outside the text")
        let slice = UnsafeBufferPointer(rebasing: units[range])
        var bits: UInt16 = 0
        for unit in slice { bits |= unit }
        guard bits < 0x80 else { return transcoded(slice) }
        if slice.count <= SmallASCII.maxCount, slice.count > 0, SmallASCII.isAvailable {
            return SmallASCII.make(slice, 0, slice.count)
        }
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            for i in 0..<slice.count { buffer[i] = UInt8(truncatingIfNeeded: slice[i]) }
            return slice.count
        }
    }

    /// `String(decoding: units, as: UTF16.self)`, transcoded to UTF-8 here: the generic
    /// transcoder cost about 90 instructions a code unit. A unit never takes more than three
    /// UTF-8 bytes (a surrogate pair, two units, takes four); an unpaired surrogate becomes
    /// U+FFFD, one for each unit, as the decoder repairs it.
    static func transcoded(_ units: UnsafeBufferPointer<UInt16>) -> String {
        String(unsafeUninitializedCapacity: units.count * 3) { out in
            var written = 0
            var i = 0
            while i < units.count {
                let unit = units[i]
                i += 1
                if unit < 0x80 {
                    out[written] = UInt8(truncatingIfNeeded: unit)
                    written += 1
                } else if unit < 0x800 {
                    out[written] = 0xC0 | UInt8(truncatingIfNeeded: unit >> 6)
                    out[written + 1] = 0x80 | UInt8(truncatingIfNeeded: unit & 0x3F)
                    written += 2
                } else if unit & 0xF800 != 0xD800 {
                    out[written] = 0xE0 | UInt8(truncatingIfNeeded: unit >> 12)
                    out[written + 1] = 0x80 | UInt8(truncatingIfNeeded: (unit >> 6) & 0x3F)
                    out[written + 2] = 0x80 | UInt8(truncatingIfNeeded: unit & 0x3F)
                    written += 3
                } else if unit < 0xDC00, i < units.count, units[i] & 0xFC00 == 0xDC00 {
                    let scalar = 0x1_0000 + (UInt32(unit & 0x3FF) << 10 | UInt32(units[i] & 0x3FF))
                    i += 1
                    out[written] = 0xF0 | UInt8(truncatingIfNeeded: scalar >> 18)
                    out[written + 1] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 12) & 0x3F)
                    out[written + 2] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F)
                    out[written + 3] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
                    written += 4
                } else {
                    out[written] = 0xEF  // U+FFFD
                    out[written + 1] = 0xBF
                    out[written + 2] = 0xBD
                    written += 3
                }
            }
            return written
        }
    }
}
