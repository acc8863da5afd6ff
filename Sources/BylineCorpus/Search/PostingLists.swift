/// Every term's postings (document, frequency), coded compactly and still searchable without
/// decoding whole lists: about 1 byte a posting on news text, against 5 flat (a `UInt32`
/// document and a `UInt8` frequency) and 2 as varints (the two search indexes of the
/// 10,000-article benchmark went from 9.3 MB to 5.0 MB of a 46 MB snapshot).
///
/// A term's list is cut into blocks of `blockSize` postings, each coded on its own (bit
/// packing by block, as search engines' "frame of reference" codings do): a header of two
/// bytes, the bit widths of the block's gaps and of its frequencies less one; the block's
/// first gap as a LEB128 varint; then the other gaps, then every frequency less one, each at
/// its width, packed from the lowest bit up and padded to a byte. `gap` is the document minus
/// the previous posting's (the previous block's last document for a block's first posting,
/// or 0 for a term's first); the first gap stays out of the packing because it is often the
/// widest (a term's first document). Most gaps between documents holding a common word take
/// a few bits and most frequencies none, where a varint took a byte for each and another for
/// every frequency above 1. Each block's last document and byte offset let a search skip
/// whole blocks.
struct PostingLists: Sendable {
    static let blockSize = 64
    /// Zero bytes after the last block: a packed value is read with one unaligned 8-byte load.
    static let padding = 8

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
        var blockLast: [UInt32] = []
        var blockStart: [UInt32] = []
        blockLast.reserveCapacity(documents.count / blockSize + ranges.count)
        blockStart.reserveCapacity(documents.count / blockSize + ranges.count)
        var slots: [Slot] = []
        slots.reserveCapacity(ranges.count)
        // Written through a pointer into room for the widest coding (a header, a five-byte
        // varint and 32-bit gaps and 8-bit frequencies, below 5 bytes a posting and 8 a block),
        // then copied out at its size: only the pages written are ever touched.
        let room = documents.count * 5 + (documents.count / blockSize + ranges.count) * 8 + padding
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: room)
        defer { buffer.deallocate() }
        var writer = ByteWriter(buffer: buffer)
        documents.withUnsafeBufferPointer { documents in
            frequencies.withUnsafeBufferPointer { frequencies in
                for range in ranges {
                    slots.append(Slot(firstBlock: Int32(blockLast.count), count: Int32(range.count)))
                    var previous: UInt32 = 0
                    var blockBegin = range.lowerBound
                    while blockBegin < range.upperBound {
                        let block = blockBegin..<min(blockBegin + blockSize, range.upperBound)
                        blockStart.append(UInt32(writer.count))
                        appendBlock(documents: documents, frequencies: frequencies, block, after: previous, to: &writer)
                        previous = documents[block.upperBound - 1]
                        blockLast.append(previous)
                        blockBegin = block.upperBound
                    }
                }
            }
        }
        for _ in 0..<padding { writer.append(0) }
        let bytes = Array(UnsafeBufferPointer(rebasing: buffer[..<writer.count]))
        return (
            PostingLists(bytes: bytes, blockLast: blockLast.trimmed(), blockStart: blockStart.trimmed()),
            slots
        )
    }

    /// One block: header, first gap, packed gaps, packed frequencies less one.
    private static func appendBlock(
        documents: UnsafeBufferPointer<UInt32>, frequencies: UnsafeBufferPointer<UInt8>, _ block: Range<Int>,
        after previous: UInt32, to writer: inout ByteWriter
    ) {
        var widest: UInt32 = 0
        var mostFrequent: UInt8 = 0
        for position in block.dropFirst() { widest |= documents[position] &- documents[position - 1] }
        for position in block { mostFrequent |= frequencies[position] &- 1 }
        let gapBits = bitWidth(widest)
        let frequencyBits = bitWidth(UInt32(mostFrequent))
        writer.append(UInt8(gapBits))
        writer.append(UInt8(frequencyBits))
        var first = UInt64(documents[block.lowerBound] &- previous)
        while first >= 0x80 {
            writer.append(UInt8(truncatingIfNeeded: first) | 0x80)
            first >>= 7
        }
        writer.append(UInt8(first))
        if gapBits > 0 {
            // Each document read once, the last one kept for the next gap (a second read
            // and an index checked for overflow per posting, when read as pairs).
            var last = documents[block.lowerBound]
            for position in block.dropFirst() {
                let document = documents[position]
                writer.pack(UInt64(document &- last), bits: gapBits)
                last = document
            }
            writer.flush()
        }
        if frequencyBits > 0 {
            for position in block { writer.pack(UInt64(frequencies[position] &- 1), bits: frequencyBits) }
            writer.flush()
        }
    }

    /// Bits needed for `value` (0 for 0).
    static func bitWidth(_ value: UInt32) -> Int {
        UInt32.bitWidth - value.leadingZeroBitCount
    }

    /// Every posting of `slot` into `documents` and `frequencies` (both `slot.count` long;
    /// `bytes` is `self.bytes`, borrowed).
    func decode(
        _ slot: Slot, bytes: UnsafeBufferPointer<UInt8>, documents: UnsafeMutableBufferPointer<UInt32>,
        frequencies: UnsafeMutableBufferPointer<UInt8>
    ) {
        // Block by block, each field in a loop of its own, reading through a raw pointer once
        // the block is known to lie inside the lists: the rarest list of every search is read
        // whole here.
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var block = Int(slot.firstBlock)
        var done = 0
        var document: UInt32 = 0
        while done < Int(slot.count) {
            let size = min(Int(slot.count) - done, Self.blockSize)
            let header = self.header(ofBlock: block, in: bytes)
            let (gapBits, frequencyBits, position) = (header.gapBits, header.frequencyBits, header.gapsAt)
            let first = header.firstGap
            let frequenciesAt = position + ((size - 1) * gapBits + 7) / 8
            // Every 8-byte load below starts before the block's end, and the lists end in
            // `padding` bytes (always so for lists `encode` made).
            guard frequenciesAt + (size * frequencyBits + 7) / 8 + Self.padding <= bytes.count else { return }
            document &+= UInt32(truncatingIfNeeded: first)
            documents[done] = document
            let gapMask = PostingCursor.mask(bits: gapBits)
            var bit = 0
            for index in 1..<size {
                let word = UInt64(littleEndian: (raw + position + bit >> 3).loadUnaligned(as: UInt64.self))
                document &+= UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & gapMask)
                documents[done + index] = document
                bit &+= gapBits
            }
            if frequencyBits == 0 {
                for index in 0..<size { frequencies[done + index] = 1 }
            } else {
                let frequencyMask = PostingCursor.mask(bits: frequencyBits)
                bit = 0
                for index in 0..<size {
                    let word = UInt64(littleEndian: (raw + frequenciesAt + bit >> 3).loadUnaligned(as: UInt64.self))
                    frequencies[done + index] = UInt8(truncatingIfNeeded: (word >> UInt64(bit & 7)) & frequencyMask) &+ 1
                    bit &+= frequencyBits
                }
            }
            done += size
            block += 1
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

/// Writes bytes, and values of a given bit width packed from the lowest bit up, into a buffer
/// with room for them (`PostingLists.encode` sizes it).
struct ByteWriter {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    private var pending: UInt64 = 0
    private var pendingBits = 0

    init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    /// `value` must fit in `bits` (1 to 32).
    @inline(__always)
    mutating func pack(_ value: UInt64, bits: Int) {
        // Fewer than 32 bits wait between calls, so the value fits above them; they go out 32
        // at a time, in one little-endian store (the bytes a byte at a time gave, in a
        // quarter of the stores and tests).
        // `pendingBits` is below 32 (so no overshift) and never negative: converted without a
        // check per packed value.
        pending |= value &<< UInt64(truncatingIfNeeded: pendingBits)
        pendingBits &+= bits
        if pendingBits >= 32 {
            guard let base = buffer.baseAddress, count + 4 <= buffer.count else { preconditionFailure("writer overflow") }
            UnsafeMutableRawPointer(base + count)
                .storeBytes(of: UInt32(truncatingIfNeeded: pending).littleEndian, as: UInt32.self)
            count &+= 4
            pending >>= 32
            pendingBits &-= 32
        }
    }

    /// Writes what is left, to the last byte (zero bits above it).
    mutating func flush() {
        while pendingBits > 0 {
            append(UInt8(truncatingIfNeeded: pending))
            pending >>= 8
            pendingBits -= 8
        }
        (pending, pendingBits) = (0, 0)
    }
}
