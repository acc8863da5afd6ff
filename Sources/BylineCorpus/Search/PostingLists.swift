/// Every term's postings (document, frequency), coded compactly and still searchable without
/// decoding whole lists: about 2 bytes a posting instead of 5 (a `UInt32` document and a
/// `UInt8` frequency), the search indexes being a third of a snapshot's memory.
///
/// A term's list is cut into blocks of `blockSize` postings. Within a block each posting is
/// one LEB128 varint of `gap << 1 | (frequency == 1 ? 0 : 1)`, followed by the frequency byte
/// when it is not 1; `gap` is the document minus the previous posting's (the previous block's
/// last document for a block's first posting, or 0 for a term's first). Most terms repeat
/// across neighbouring documents and most counts are 1, so most postings take one byte. Each
/// block's last document and byte offset let a search skip whole blocks, as galloping over a
/// flat array did.
struct PostingLists: Sendable {
    static let blockSize = 64

    /// Where a term's postings sit: its first block and how many postings it has.
    struct Slot: Sendable {
        var firstBlock: Int32
        var count: Int32
    }

    let bytes: [UInt8]
    /// The last document of each block, and where each block starts in `bytes`.
    let blockLast: [UInt32]
    let blockStart: [UInt32]

    /// From flat postings grouped by term: `ranges[t]` are term `t`'s positions in
    /// `documents` and `frequencies` (documents ascending within a term). Returns the lists
    /// and each term's slot, in `ranges`' order.
    static func encode(documents: [UInt32], frequencies: [UInt8], ranges: [Range<Int>]) -> (PostingLists, [Slot]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(documents.count * 2)
        var blockLast: [UInt32] = []
        var blockStart: [UInt32] = []
        blockLast.reserveCapacity(documents.count / blockSize + ranges.count)
        blockStart.reserveCapacity(documents.count / blockSize + ranges.count)
        var slots: [Slot] = []
        slots.reserveCapacity(ranges.count)
        for range in ranges {
            slots.append(Slot(firstBlock: Int32(blockLast.count), count: Int32(range.count)))
            var previous: UInt32 = 0
            for position in range {
                if (position - range.lowerBound) % blockSize == 0 {
                    if position != range.lowerBound { blockLast.append(previous) }
                    blockStart.append(UInt32(bytes.count))
                }
                let document = documents[position]
                let frequency = frequencies[position]
                let gap = UInt64(document &- previous)
                appendVarint(gap << 1 | (frequency == 1 ? 0 : 1), to: &bytes)
                if frequency != 1 { bytes.append(frequency) }
                previous = document
            }
            if !range.isEmpty { blockLast.append(previous) }
        }
        return (
            PostingLists(bytes: Array(bytes[...]), blockLast: Array(blockLast[...]), blockStart: Array(blockStart[...])),
            slots
        )
    }

    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Every posting of `slot` into `documents` and `frequencies` (both `slot.count` long;
    /// `bytes` is `self.bytes`, borrowed).
    func decode(
        _ slot: Slot, bytes: UnsafeBufferPointer<UInt8>, documents: UnsafeMutableBufferPointer<UInt32>,
        frequencies: UnsafeMutableBufferPointer<UInt8>
    ) {
        guard slot.count > 0 else { return }
        var position = Int(blockStart[Int(slot.firstBlock)])
        var document: UInt32 = 0
        for index in 0..<Int(slot.count) {
            var byte = bytes[position]
            position += 1
            var value = UInt64(byte & 0x7f)
            var shift: UInt64 = 7
            while byte >= 0x80 {
                byte = bytes[position]
                position += 1
                value |= UInt64(byte & 0x7f) << shift
                shift += 7
            }
            if value & 1 == 1 {
                frequencies[index] = bytes[position]
                position += 1
            } else {
                frequencies[index] = 1
            }
            document &+= UInt32(truncatingIfNeeded: value >> 1)
            documents[index] = document
        }
    }

    /// Every posting of `slot`, in document order (for tests and whole-list reads).
    func postings(_ slot: Slot) -> [(document: UInt32, frequency: UInt8)] {
        var result: [(document: UInt32, frequency: UInt8)] = []
        result.reserveCapacity(Int(slot.count))
        bytes.withUnsafeBufferPointer { bytes in
            var cursor = PostingCursor(lists: self, bytes: bytes, slot: slot)
            while let posting = cursor.next() { result.append(posting) }
        }
        return result
    }
}
