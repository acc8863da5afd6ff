/// The form two names must share to be the same name: folded tokens joined by spaces, so
/// "U.S." and "US", "Sergey Lavrov" and "SERGEY  LAVROV" meet. Built from the tokens' bytes
/// (one String per key, not one per token): every entity name and alias of a load is keyed.
enum EntityKey {
    static func of(_ name: String) -> String {
        var name = name
        return name.withUTF8(asciiKey) ?? tokenKey(name)
    }

    /// The key from `SearchTokenizer`'s folded tokens (any name).
    static func tokenKey(_ name: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        var first = true
        SearchTokenizer.forEachTokenBytes(in: name) { token in
            if !first { key.append(UInt8(ascii: " ")) }
            first = false
            key.append(contentsOf: token)
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// The key of a name whose scalars are ASCII, Latin letters of `FoldTable` or `’` (nearly
    /// every name, and the accented ones a news load holds: "José Martínez", "Søren"), written
    /// straight into the String: `SearchTokenizer`'s rules (letters and digits make tokens,
    /// ASCII lowercased, a table letter folded by the table; `'`, `.` and `’` join; anything
    /// else separates) with one space between tokens. Nil for other names, which take
    /// `tokenKey` (scanning them through the tokenizer's byte callback cost four times this).
    private static func asciiKey(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        var longest = 1  // bytes a name's byte can fold to
        var index = 0
        while index < utf8.count {
            guard utf8[index] >= 0x80 else {
                index += 1
                continue
            }
            let (scalar, length) = SearchTokenizer.decode(utf8, at: index)
            guard let value = scalar?.value else { return nil }
            if value != 0x2019 {
                guard FoldTable.range.contains(value) else { return nil }
                longest = max(longest, FoldTable.widening)
            }
            index += length
        }
        // Read once a name, not once a letter (each static's access is a `swift_once` check).
        let entries = FoldTable.entries
        let isWord = FoldTable.isWord
        return String(unsafeUninitializedCapacity: max(utf8.count * longest, 1)) { key in
            var count = 0
            var inToken = false
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                var lowered = byte
                var entry = -1  // the table letter's entry, or -1 for an ASCII byte
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    index += 1
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    lowered = byte | 0x20
                    index += 1
                case UInt8(ascii: "'"), UInt8(ascii: "."):
                    index += 1
                    continue
                case 0x80...:
                    // Checked above: `’` or a table scalar.
                    let (scalar, length) = SearchTokenizer.decode(utf8, at: index)
                    index += length
                    let value = scalar?.value ?? 0x2019
                    if value == 0x2019 { continue }
                    entry = Int(value - FoldTable.range.lowerBound)
                    guard isWord[entry] else {
                        inToken = false
                        continue
                    }
                default:
                    inToken = false
                    index += 1
                    continue
                }
                if !inToken {
                    if count > 0 {
                        key[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    inToken = true
                }
                if entry >= 0 {
                    for folded in entries[entry] {
                        key[count] = folded
                        count += 1
                    }
                } else {
                    key[count] = lowered
                    count += 1
                }
            }
            return count
        }
    }
}
