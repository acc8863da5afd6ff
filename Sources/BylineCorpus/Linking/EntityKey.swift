/// The form two names must share to be the same name: folded tokens joined by spaces, so
/// "U.S." and "US", "Sergey Lavrov" and "SERGEY  LAVROV" meet. Built from the tokens' bytes
/// (one String per key, not one per token): every entity name and alias of a load is keyed.
enum EntityKey {
    static func of(_ name: String) -> String {
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
}
