
/// Folding of the Latin letters news text holds (U+00C0...U+024F: accented letters of
/// western, central and northern European names) from a table of Foundation's own folding
/// of each letter, so a token such as "José" is folded and hashed from its bytes
/// without a String or a Foundation call. A token with any other non-ASCII scalar (combining
/// marks, other scripts) returns nil and takes `SearchTokenizer.fold`; tests check the table
/// against Foundation's folding of whole tokens.
enum FoldTable {
    static let range: ClosedRange<UInt32> = 0xC0...0x24F

    /// Entry `scalar - 0xC0`: the folded letter's UTF-8 bytes (letters and digits only, as
    /// `SearchTokenizer.fold` keeps), read from `folded`.
    static let entries: [[UInt8]] = folded.utf8.split(omittingEmptySubsequences: false) {
        $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n")
    }.map { Array($0) }

    /// What Foundation's folding (`SearchTokenizer.fold`) makes of each scalar of `range`, in
    /// order, separated by single spaces or line breaks (`×` and `÷` fold to nothing). Written
    /// out, not folded at the first non-ASCII token of a process: 400 Foundation calls were
    /// 3.6 M instructions, 0.7% of a 400-file load. `FoldTableTests` checks every entry
    /// against Foundation, so a toolchain that folds differently fails there.
    static let folded = """
        a a a a a a æ c e e e e i i i i
        ð n o o o o o  ø u u u u y þ ss
        a a a a a a æ c e e e e i i i i
        ð n o o o o o  ø u u u u y þ y
        a a a a a a c c c c c c c c d d
        đ đ e e e e e e e e e e g g g g
        g g g g h h ħ ħ i i i i i i i i
        i ı ĳ ĳ j j k k ĸ l l l l l l ŀ
        ŀ ł ł n n n n n n ʼn ŋ ŋ o o o o
        o o œ œ r r r r r r s s s s s s
        s s t t t t ŧ ŧ u u u u u u u u
        u u u u w w y y y z z z z z z s
        ƀ ɓ ƃ ƃ ƅ ƅ ɔ ƈ ƈ ɖ ɗ ƌ ƌ ƍ ǝ ə
        ɛ ƒ ƒ ɠ ɣ ƕ ɩ ɨ ƙ ƙ ƚ ƛ ɯ ɲ ƞ ɵ
        o o ƣ ƣ ƥ ƥ ʀ ƨ ƨ ʃ ƪ ƫ ƭ ƭ ʈ u
        u ʊ ʋ ƴ ƴ ƶ ƶ ʒ ƹ ƹ ƺ ƻ ƽ ƽ ƾ ƿ
        ǀ ǁ ǂ ǃ ǆ ǆ ǆ ǉ ǉ ǉ ǌ ǌ ǌ a a i
        i o o u u u u u u u u u u ǝ a a
        a a æ æ ǥ ǥ g g k k o o o o ʒ ʒ
        j ǳ ǳ ǳ g g ƕ ƿ n n a a æ æ ø ø
        a a a a e e e e i i i i o o o o
        r r r r u u u u s s t t ȝ ȝ h h
        ƞ ȡ ȣ ȣ ȥ ȥ a a e e o o o o o o
        o o y y ȴ ȵ ȶ ȷ ȸ ȹ ⱥ ȼ ȼ ƚ ⱦ ȿ
        ɀ ɂ ɂ ƀ ʉ ʌ ɇ ɇ ɉ ɉ ɋ ɋ ɍ ɍ ɏ ɏ
        """

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
