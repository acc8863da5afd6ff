/// A token's 64-bit FNV-1a hash: the index's key. Eight bytes per key instead of a string
/// (which allocates past 15 bytes), and the same on every run, unlike `Hasher`, so rankings
/// are deterministic. Two tokens colliding in 64 bits is vanishingly unlikely in a corpus.
enum TermHash {
    static func of(_ token: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in token.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The same hash of a token's UTF-8 bytes.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
