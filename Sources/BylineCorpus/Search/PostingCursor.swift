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
    private var document: UInt32
    /// What `first(notBelow:)` last found.
    private var current: (document: UInt32, frequency: UInt8)?
    /// The current block's coding (see `PostingLists`): whether its first posting is still to
    /// read and its gap, where its packed gaps and frequencies start, their widths and masks,
    /// and the bit offsets of the next of each.
    private var atFirst = true
    private var firstGap: UInt32 = 0
    private var gapsAt = 0
    private var frequenciesAt = 0
    private var gapBits = 0
    private var frequencyBits = 0
    private var gapMask: UInt64 = 0
    private var frequencyMask: UInt64 = 0
    private var gapBit = 0
    private var frequencyBit = 0

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
        document = 0
        current = nil
        if count > 0 { readHeader() }
    }

    /// The next posting, or nil past the last.
    @inline(__always)
    mutating func next() -> (document: UInt32, frequency: UInt8)? {
        if leftInBlock == 0 {
            guard leftAfterBlock > 0 else { return nil }
            enter(block + 1)
        }
        if atFirst {
            document &+= firstGap
            atFirst = false
        } else {
            document &+= UInt32(truncatingIfNeeded: Self.read(bytes, at: gapsAt, bit: gapBit, mask: gapMask))
            gapBit += gapBits
        }
        var frequency: UInt8 = 1
        if frequencyBits > 0 {
            frequency &+= UInt8(truncatingIfNeeded: Self.read(bytes, at: frequenciesAt, bit: frequencyBit, mask: frequencyMask))
            frequencyBit += frequencyBits
        }
        leftInBlock -= 1
        return (document, frequency)
    }

    /// The value under `mask` `bit` bits past byte `start` of `bytes`: one unaligned load of
    /// eight bytes, which the lists' padding keeps inside them (`PostingLists.padding`).
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, bit: Int, mask: UInt64) -> UInt64 {
        let offset = start + bit >> 3
        guard let base = bytes.baseAddress, offset + 8 <= bytes.count else { return 0 }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        return (word >> UInt64(bit & 7)) & mask
    }

    /// The mask of a `bits`-wide value (0 to 32 bits).
    @inline(__always)
    static func mask(bits: Int) -> UInt64 {
        (1 << UInt64(bits)) &- 1
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
        readHeader()
    }

    /// Reads the current block's header and first gap (`leftInBlock` is its size).
    private mutating func readHeader() {
        let header = lists.header(ofBlock: block, in: bytes)
        gapBits = header.gapBits
        frequencyBits = header.frequencyBits
        firstGap = UInt32(truncatingIfNeeded: header.firstGap)
        gapsAt = header.gapsAt
        frequenciesAt = gapsAt + ((leftInBlock - 1) * gapBits + 7) / 8
        gapMask = Self.mask(bits: gapBits)
        frequencyMask = Self.mask(bits: frequencyBits)
        (atFirst, gapBit, frequencyBit) = (true, 0, 0)
    }
}
