/// A position in UTF-16 code units that token readers move forward and rewind on failure
/// (the cursor-and-readers shape of Ink's `Reader`). Never reads outside `units`.
struct TextCursor {
    let units: [UInt16]
    let end: Int
    var index: Int

    init(units: [UInt16], start: Int = 0, end: Int? = nil) {
        self.units = units
        self.end = min(end ?? units.count, units.count)
        self.index = max(0, min(start, self.end))
    }

    var isAtEnd: Bool { index >= end }

    /// The code unit `offset` places ahead, or nil past the end.
    func peek(_ offset: Int = 0) -> UInt16? {
        let i = index + offset
        return i >= 0 && i < end ? units[i] : nil
    }

    /// The scalar at `index + offset` (decoding a surrogate pair) and its length in code units.
    func scalar(at offset: Int = 0) -> (scalar: Unicode.Scalar, length: Int)? {
        let i = index + offset
        guard i >= 0, i < end else { return nil }
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
    func isWordScalar(at offset: Int = 0) -> Bool {
        guard let c = peek(offset) else { return false }
        if c < 0x80 { return CodeUnits.isASCIILetter(c) }
        return scalar(at: offset).map { CodeUnits.isWordScalar($0.scalar) } ?? false
    }

    func isDigit(at offset: Int = 0) -> Bool { peek(offset).map(CodeUnits.isDigit) ?? false }

    mutating func advance(_ count: Int = 1) { index = min(index + count, end) }

    /// Advances over letters, marks and digits; returns how many code units it passed.
    @discardableResult
    mutating func skipWordCharacters() -> Int {
        let start = index
        while let c = peek() {
            if c < 0x80 {
                guard CodeUnits.isASCIILetter(c) || CodeUnits.isDigit(c) else { break }
                index += 1
            } else if let (s, length) = scalar(), CodeUnits.isWordScalar(s) {
                index += length
            } else {
                break
            }
        }
        return index - start
    }
}
