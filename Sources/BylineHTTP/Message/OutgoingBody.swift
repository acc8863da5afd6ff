/// A response body kept out of the connection's output buffer so it reaches the kernel from
/// its own storage (one iovec per piece of a writev) instead of being copied behind the head.
struct OutgoingBody {
    var bytes: [UInt8] = []
    var pieces: [ArraySlice<UInt8>] = []

    var isEmpty: Bool { bytes.isEmpty && pieces.isEmpty }

    var count: Int { pieces.reduce(bytes.count) { $0 + $1.count } }

    /// Copies the body behind `out` (when another response follows it in the same send) and
    /// empties it.
    mutating func move(into out: inout [UInt8]) {
        out.append(contentsOf: bytes)
        for piece in pieces { out.append(contentsOf: piece) }
        self = OutgoingBody()
    }
}
