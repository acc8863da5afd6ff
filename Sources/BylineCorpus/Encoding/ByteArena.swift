/// Many byte strings stored back to back in one buffer. A corpus's encoded resources live for
/// the whole snapshot; kept as one allocation each kind instead of ten thousand small ones, they
/// leave no holes between the load's freed working memory, which then goes back to the system.
struct ByteArena: Sendable {
    let storage: [UInt8]
    /// `offsets[i]..<offsets[i + 1]` is piece `i`.
    let offsets: [Int]

    init(_ pieces: [[UInt8]]) {
        var storage: [UInt8] = []
        storage.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        var offsets: [Int] = [0]
        offsets.reserveCapacity(pieces.count + 1)
        for piece in pieces {
            storage.append(contentsOf: piece)
            offsets.append(storage.count)
        }
        self.storage = storage
        self.offsets = offsets
    }

    var count: Int { offsets.count - 1 }

    subscript(index: Int) -> ArraySlice<UInt8> {
        storage[offsets[index]..<offsets[index + 1]]
    }

    /// Adds the bytes and where each piece ends to a snapshot's digest.
    func digest(into digest: inout ContentDigest) {
        digest.add(storage)
        digest.add(offsets)
    }
}
