
/// Folding of the Latin letters news text holds (U+00C0...U+024F: accented letters of
/// western, central and northern European names) from a table, made once from Foundation's
/// own folding of each letter, so a token such as "José" is folded and hashed from its bytes
/// without a String or a Foundation call. A token with any other non-ASCII scalar (combining
/// marks, other scripts) returns nil and takes `SearchTokenizer.fold`; tests check the table
/// against Foundation's folding of whole tokens.
enum FoldTable {
    static let range: ClosedRange<UInt32> = 0xC0...0x24F

    /// Entry `scalar - 0xC0`: the folded letter's UTF-8 bytes (letters and digits only, as
    /// `SearchTokenizer.fold` keeps).
    static let entries: [[UInt8]] = range.map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return Array(SearchTokenizer.fold(String(Character(scalar))).utf8)
    }

    /// Entry `scalar - 0xC0`: whether the scalar makes or continues a token (`SearchTokenizer`'s
    /// word scalars; `×` and `÷` separate). No scalar of the range is a combining mark.
    static let isWord: [Bool] = range.map { value in
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The most bytes an entry holds per byte of its scalar (two): a bound for a key's length.
    static let widening = entries.reduce(1) { max($0, ($1.count + 1) / 2) }

    /// The FNV-1a hash of the folded token in `range` of `utf8` (ASCII lowercased, joins left
    /// out), or nil when a scalar is outside the table.
    static func hash(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let ok = forEachByte(utf8, range) { byte in
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return ok ? hash : nil
    }

    /// Appends the folded token's bytes to `bytes`; false (with some appended) when a scalar is
    /// outside the table.
    static func append(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to bytes: inout [UInt8]) -> Bool {
        forEachByte(utf8, range) { bytes.append($0) }
    }

    @inline(__always)
    private static func forEachByte(
        _ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (UInt8) -> Void
    ) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = utf8[index]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): body(byte | 0x20)
                case UInt8(ascii: "'"), UInt8(ascii: "."): break
                default: body(byte)
                }
                index += 1
                continue
            }
            let (scalar, length) = SearchTokenizer.decode(utf8, at: index)
            guard let value = scalar?.value else { return false }
            if value != 0x2019 {
                guard self.range.contains(value) else { return false }
                for folded in entries[Int(value - self.range.lowerBound)] { body(folded) }
            }
            index += length
        }
        return true
    }
}
