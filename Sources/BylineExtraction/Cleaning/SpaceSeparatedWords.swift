/// The words of a line of simple text (`ScalarText`): the runs of bytes between spaces, as
/// ranges into the line, without allocating. Shared by the menu, label and name-shape rules.
struct SpaceSeparatedWords: Sequence, IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var start = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func next() -> Range<Int>? {
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != 0x20 { end += 1 }
        defer { start = end }
        return start..<end
    }
}
