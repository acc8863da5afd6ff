extension SnapshotBuilder {
    /// FNV-1a's offset basis (64 bit).
    static let identityBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a (64 bit) over every encoded resource: same content, same identity.
    static func identity(of storage: SnapshotStorage) -> String {
        var hash = identityBasis
        storage.articleJSON.hash(into: &hash)
        return identity(of: storage, articleHash: hash)
    }

    /// The same, from the hash over `storage.articleJSON` (from the basis) in hand.
    static func identity(of storage: SnapshotStorage, articleHash: UInt64) -> String {
        var hash = articleHash
        storage.entityJSON.hash(into: &hash)
        storage.quoteDetails.hash(into: &hash, numbers: storage.quoteKind.indices.lazy.map(storage.quoteNumber))
        for kind in storage.quoteKind { hash = (hash ^ UInt64(kind.rawValue.utf8.count)) &* 0x0000_0100_0000_01b3 }
        for speaker in storage.quoteSpeaker { hash = (hash ^ UInt64(speaker ?? 0xffff)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
