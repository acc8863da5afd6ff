/// Reads one term's postings from `PostingLists` in document order, and skips ahead block by
/// block to the first posting at or past a document (the intersection's "gallop").
struct PostingCursor {
    private let lists: PostingLists
    private let bytes: UnsafeBufferPointer<UInt8>
    private let lastBlock: Int
    private var block: Int
    /// Postings left to read in the current block, and in the blocks after it.
    private var leftInBlock: Int
    private var leftAfterBlock: Int
    private var position: Int
    private var document: UInt32
    /// What `first(notBelow:)` last found.
    private var current: (document: UInt32, frequency: UInt8)?

    /// `bytes` must be `lists.bytes`, borrowed for the cursor's life.
    init(lists: PostingLists, bytes: UnsafeBufferPointer<UInt8>, slot: PostingLists.Slot) {
        self.lists = lists
        self.bytes = bytes
        let count = Int(slot.count)
        let blocks = (count + PostingLists.blockSize - 1) / PostingLists.blockSize
        block = Int(slot.firstBlock)
        lastBlock = block + blocks - 1
        leftInBlock = min(count, PostingLists.blockSize)
        leftAfterBlock = count - leftInBlock
        position = count > 0 ? Int(lists.blockStart[block]) : 0
        document = 0
        current = nil
    }

    /// The next posting, or nil past the last.
    @inline(__always)
    mutating func next() -> (document: UInt32, frequency: UInt8)? {
        if leftInBlock == 0 {
            guard leftAfterBlock > 0 else { return nil }
            enter(block + 1)
        }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        var frequency: UInt8 = 1
        if value & 1 == 1 {
            frequency = bytes[position]
            position += 1
        }
        document &+= UInt32(truncatingIfNeeded: value >> 1)
        leftInBlock -= 1
        return (document, frequency)
    }

    /// The first posting whose document is at least `target`, or nil when none is; it stays
    /// current, so a later call with a target up to its document returns it again (targets
    /// must not decrease). Blocks ending before `target` are skipped unread.
    @inline(__always)
    mutating func first(notBelow target: UInt32) -> (document: UInt32, frequency: UInt8)? {
        if let current, current.document >= target { return current }
        if block < lastBlock, lists.blockLast[block] < target {
            var next = block + 1
            while next < lastBlock, lists.blockLast[next] < target { next += 1 }
            enter(next)
        }
        while let posting = next() {
            if posting.document >= target {
                current = posting
                return posting
            }
        }
        current = nil
        return nil
    }

    private mutating func enter(_ next: Int) {
        let skipped = next - block - 1
        let total = leftAfterBlock - skipped * PostingLists.blockSize
        document = lists.blockLast[next - 1]
        block = next
        leftInBlock = min(total, PostingLists.blockSize)
        leftAfterBlock = total - leftInBlock
        position = Int(lists.blockStart[block])
    }
}
