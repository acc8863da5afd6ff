import Testing

import BylineTestSupport
@testable import BylineCorpus

/// The compact postings against the flat lists they were coded from.
@Suite struct PostingListsTests {
    /// Lists of every awkward length (empty, one, a block, a block and one, several blocks),
    /// with gaps needing one to five varint bytes and frequencies 1, 2 and 255.
    static func lists() -> [[(document: UInt32, frequency: UInt8)]] {
        var generator = SeededGenerator(seed: 11)
        return [0, 1, 2, 63, 64, 65, 128, 129, 700].map { length in
            var document: UInt32 = 0
            return (0..<length).map { index in
                let gap: UInt32 = switch index % 7 {
                case 0: UInt32.random(in: 1...3, using: &generator)
                case 1: 200  // two varint bytes
                case 2: 40_000  // three
                default: UInt32.random(in: 1...120, using: &generator)
                }
                document = index == 0 ? UInt32.random(in: 0...5, using: &generator) : document + gap
                let frequency: UInt8 = index % 5 == 0 ? 255 : index % 3 == 0 ? 2 : 1
                return (document, frequency)
            }
        } + [[(UInt32.max - 1, 1), (UInt32.max, 7)]]  // a five-byte gap and the largest documents
    }

    static func encoded() -> (PostingLists, [PostingLists.Slot], [[(document: UInt32, frequency: UInt8)]]) {
        let lists = Self.lists()
        var ranges: [Range<Int>] = []
        var start = 0
        for list in lists {
            ranges.append(start..<(start + list.count))
            start += list.count
        }
        let flat = lists.flatMap { $0 }
        let (coded, slots) = PostingLists.encode(
            documents: flat.map(\.document), frequencies: flat.map(\.frequency), ranges: ranges)
        return (coded, slots, lists)
    }

    @Test func encode_thenRead_givesEveryListBack() {
        let (coded, slots, lists) = Self.encoded()
        #expect(slots.count == lists.count)
        for (slot, list) in zip(slots, lists) {
            let read = coded.postings(slot)
            #expect(read.map(\.document) == list.map(\.document))
            #expect(read.map(\.frequency) == list.map(\.frequency))
        }
        // Mostly one byte for small gaps: well under the flat five bytes a posting.
        #expect(coded.bytes.count < lists.flatMap { $0 }.count * 4)
    }

    @Test func decode_readsEveryListWhole() {
        let (coded, slots, lists) = Self.encoded()
        for (slot, list) in zip(slots, lists) {
            var documents = [UInt32](repeating: 0, count: list.count)
            var frequencies = [UInt8](repeating: 0, count: list.count)
            coded.bytes.withUnsafeBufferPointer { bytes in
                documents.withUnsafeMutableBufferPointer { documents in
                    frequencies.withUnsafeMutableBufferPointer { frequencies in
                        coded.decode(slot, bytes: bytes, documents: documents, frequencies: frequencies)
                    }
                }
            }
            #expect(documents == list.map(\.document))
            #expect(frequencies == list.map(\.frequency))
        }
    }

    @Test func firstNotBelow_matchesALinearSearch_forRisingAndRepeatedTargets() {
        let (coded, slots, lists) = Self.encoded()
        var generator = SeededGenerator(seed: 5)
        for (slot, list) in zip(slots, lists) {
            let top = (list.last?.document ?? 10).addingReportingOverflow(2)
            let limit = top.overflow ? UInt32.max : top.partialValue
            var targets = (0..<80).map { _ in UInt32.random(in: 0...limit, using: &generator) }
            targets += list.prefix(20).map(\.document)  // exact hits, each asked twice below
            targets += list.prefix(20).map(\.document)
            targets.sort()
            coded.bytes.withUnsafeBufferPointer { bytes in
                var cursor = PostingCursor(lists: coded, bytes: bytes, slot: slot)
                for target in targets {
                    let expected = list.first { $0.document >= target }
                    let found = cursor.first(notBelow: target)
                    #expect(found?.document == expected?.document)
                    #expect(found?.frequency == expected?.frequency)
                }
            }
        }
    }

    /// The writer's packing (32 bits stored at a time) against the bit stream written one bit
    /// at a time: values of every width from 1 to 32, flushed at random points.
    @Test func byteWriter_packsTheBitStreamOfItsValues() {
        var generator = SeededGenerator(seed: 5)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64 * 1024)
        defer { buffer.deallocate() }
        var writer = ByteWriter(buffer: buffer)
        var expected: [UInt8] = []
        var bits: [Bool] = []
        func flushExpected() {
            while !bits.isEmpty {
                var byte: UInt8 = 0
                for bit in 0..<8 where bit < bits.count && bits[bit] { byte |= 1 << UInt8(bit) }
                expected.append(byte)
                bits.removeFirst(min(8, bits.count))
            }
        }
        for _ in 0..<3000 {
            let width = Int.random(in: 1...32, using: &generator)
            let value = UInt64.random(in: 0...(UInt64(1) << UInt64(width) - 1), using: &generator)
            writer.pack(value, bits: width)
            for bit in 0..<width { bits.append(value >> UInt64(bit) & 1 == 1) }
            if Int.random(in: 0..<9, using: &generator) == 0 {
                writer.flush()
                flushExpected()
                if Bool.random(using: &generator) {
                    writer.append(0xAB)
                    expected.append(0xAB)
                }
            }
        }
        writer.flush()
        flushExpected()
        #expect(Array(UnsafeBufferPointer(rebasing: buffer[..<writer.count])) == expected)
    }
}
