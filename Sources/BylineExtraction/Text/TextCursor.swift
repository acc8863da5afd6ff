/// A position in UTF-16 code units that token readers move forward and rewind on failure
/// (the cursor-and-readers shape of Ink's `Reader`). Never reads outside `units`.
///
/// It reads through a buffer pointer the tokenizer holds for the length of one article:
/// an array here cost a retain, a release and a bounds check on every code unit read.
struct TextCursor {
    let units: UnsafeBufferPointer<UInt16>
    let end: Int
    var index: Int

    init(units: UnsafeBufferPointer<UInt16>, start: Int = 0, end: Int? = nil) {
        self.units = units
        self.end = max(0, min(end ?? units.count, units.count))
        self.index = max(0, min(start, self.end))
    }

    var isAtEnd: Bool { index >= end }

    /// The code unit `offset` places ahead, or nil past the end.
    @inline(__always)
    func peek(_ offset: Int = 0) -> UInt16? {
        let i = index &+ offset
        return i >= 0 && i < end ? units[i] : nil
    }

    /// The scalar at `index + offset` (decoding a surrogate pair) and its length in code units.
    func scalar(at offset: Int = 0) -> (scalar: Unicode.Scalar, length: Int)? {
        let i = index &+ offset
        guard i >= 0, i < end else { return nil }
        return Self.scalar(units, at: i, end: end)
    }

    /// The scalar at `i` of `units` (below `end`), or nil for an unpaired surrogate.
    static func scalar(
        _ units: UnsafeBufferPointer<UInt16>, at i: Int, end: Int
    ) -> (scalar: Unicode.Scalar, length: Int)? {
        let c = units[i]
        if c < 0xD800 || c > 0xDFFF { return Unicode.Scalar(c).map { ($0, 1) } }
        if c <= 0xDBFF, i + 1 < end {
            let low = units[i + 1]
            if low >= 0xDC00 && low <= 0xDFFF {
                let value = 0x10000 + ((UInt32(c) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                return Unicode.Scalar(value).map { ($0, 2) }
            }
        }
        return nil  // an unpaired surrogate: the caller skips it as one code unit
    }

    /// Whether the scalar `offset` units ahead is a letter or combining mark.
    @inline(__always)
    func isWordScalar(at offset: Int = 0) -> Bool {
        guard let c = peek(offset) else { return false }
        if c < 0x80 { return CodeUnits.isASCIILetter(c) }
        return scalar(at: offset).map { CodeUnits.isWordScalar($0.scalar) } ?? false
    }

    @inline(__always)
    func isDigit(at offset: Int = 0) -> Bool { peek(offset).map(CodeUnits.isDigit) ?? false }

    @inline(__always)
    mutating func advance(_ count: Int = 1) { index = min(index + count, end) }

    /// Advances over letters, marks and digits; returns how many code units it passed.
    @discardableResult
    mutating func skipWordCharacters() -> Int {
        let start = index
        var i = index
        while i < end {
            let c = units[i]
            if c < 0x80 {
                // ASCII letters and digits: the common case, no scalar decoding.
                guard (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 else { break }
                i += 1
            } else if let (s, length) = Self.scalar(units, at: i, end: end), CodeUnits.isWordScalar(s) {
                i += length
            } else {
                break
            }
        }
        index = i
        return i - start
    }
}
