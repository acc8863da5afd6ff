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

    /// The key of an all-ASCII name (nearly every name), written straight into the String:
    /// `SearchTokenizer`'s ASCII rules (letters and digits make tokens, lowercased; `'` and `.`
    /// join; anything else separates) with one space between tokens. Nil for other names.
    private static func asciiKey(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        // The key is never longer than the name: each space stands for a separator.
        return String(unsafeUninitializedCapacity: max(utf8.count, 1)) { key in
            var count = 0
            var inToken = false
            for byte in utf8 {
                var lowered = byte
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    break
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    lowered = byte | 0x20
                case UInt8(ascii: "'"), UInt8(ascii: "."):
                    continue
                default:
                    inToken = false
                    continue
                }
                if !inToken {
                    if count > 0 {
                        key[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    inToken = true
                }
                key[count] = lowered
                count += 1
            }
            return count
        }
    }
}
