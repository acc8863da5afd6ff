/// Strings from UTF-16 code units, with a fast path for ASCII runs: most tokens are ASCII,
/// and the generic transcoder costs several times more per token.
enum StringMaking {
    static func string(_ units: [UInt16], _ range: Range<Int>) -> String {
        units.withUnsafeBufferPointer { string($0, range) }
    }

    static func string(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= units.count, "range outside the text")
        var ascii = true
        for i in range where units[i] >= 0x80 {
            ascii = false
            break
        }
        guard ascii else { return String(decoding: UnsafeBufferPointer(rebasing: units[range]), as: UTF16.self) }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            var out = 0
            for i in range {
                buffer[out] = UInt8(truncatingIfNeeded: units[i])
                out += 1
            }
            return out
        }
    }
}
