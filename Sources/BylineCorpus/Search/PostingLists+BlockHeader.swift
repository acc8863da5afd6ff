extension PostingLists {
    /// A block's header as `PostingLists` codes it: the two bit widths, the first gap (a
    /// LEB128 varint after them) and where the packed gaps start. The cursor and the
    /// whole-list decoder both read it here, so the coding is read in one place.
    struct BlockHeader {
        let gapBits: Int
        let frequencyBits: Int
        let firstGap: UInt64
        let gapsAt: Int
    }

    /// The header of `block`; `bytes` is `self.bytes`, borrowed.
    @inline(__always)
    func header(ofBlock block: Int, in bytes: UnsafeBufferPointer<UInt8>) -> BlockHeader {
        var position = Int(blockStart[block])
        let gapBits = Int(bytes[position])
        let frequencyBits = Int(bytes[position + 1])
        position += 2
        var byte = bytes[position]
        position += 1
        var firstGap = UInt64(byte & 0x7f)
        var shift: UInt64 = 7
        while byte >= 0x80 {
            byte = bytes[position]
            position += 1
            firstGap |= UInt64(byte & 0x7f) << shift
            shift += 7
        }
        return BlockHeader(gapBits: gapBits, frequencyBits: frequencyBits, firstGap: firstGap, gapsAt: position)
    }
}
