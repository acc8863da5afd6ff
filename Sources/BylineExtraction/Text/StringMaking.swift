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
        guard bits < 0x80 else { return String(decoding: slice, as: UTF16.self) }
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            for i in 0..<slice.count { buffer[i] = UInt8(truncatingIfNeeded: slice[i]) }
            return slice.count
        }
    }
}
