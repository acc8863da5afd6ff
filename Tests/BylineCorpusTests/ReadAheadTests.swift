import Testing

@testable import BylineCorpus

/// Files read ahead while the extractor is made: each file's bytes exactly, and anything odd
/// left to be read (and reported) the usual way.
@Suite struct ReadAheadTests {
    @Test func filesReadAhead_giveTheirBytes_acrossBlocks() throws {
        let corpus = try TemporaryCorpus()
        var expected: [[UInt8]] = []
        // Enough bytes to fill more than one block.
        for index in 0..<12 {
            let size = 200_000 + index * 7
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ index) }
            _ = try corpus.write("f\(100 + index).txt", bytes: bytes)
            expected.append(bytes)
        }
        let files = try FileDiscovery.files(in: corpus.path, extensions: nil)
        let ahead = ReadAhead(limit: 1_000_000)
        for file in files { ahead.read(file) }
        #expect(ahead.count == expected.count)
        for index in expected.indices {
            #expect(ahead.bytes(index) == expected[index], "file \(index)")
        }
    }

    @Test func emptyLargeAndMissingFiles_areLeftForTheUsualRead() throws {
        let corpus = try TemporaryCorpus()
        _ = try corpus.write("a.txt", bytes: [])
        _ = try corpus.write("b.txt", bytes: [UInt8](repeating: 0x61, count: 300))
        _ = try corpus.write("c.txt", bytes: [UInt8](repeating: 0x62, count: ReadAhead.blockBytes + 1))
        _ = try corpus.write("d.txt", bytes: [0x63])
        let files = try FileDiscovery.files(in: corpus.path, extensions: nil)
        let missing = CorpusFile(path: corpus.path + "/none.txt", source: "none.txt")
        let ahead = ReadAhead(limit: 200)
        for file in files + [missing] { ahead.read(file) }
        #expect(ahead.bytes(0) == nil)  // empty
        #expect(ahead.bytes(1) == nil)  // over the limit
        #expect(ahead.bytes(2) == nil)  // larger than a block
        #expect(ahead.bytes(3) == [0x63])
        #expect(ahead.bytes(4) == nil)  // cannot be opened
    }

    @Test func blocksTakenWhole_areFreedAsTheyEmpty_andTheRestWithTheReader() throws {
        let corpus = try TemporaryCorpus()
        // Three files per block; only the first is taken, the rest are freed at the end.
        for index in 0..<7 {
            _ = try corpus.write("f\(index).txt", bytes: [UInt8](repeating: 0x61, count: ReadAhead.blockBytes / 3 - 1))
        }
        let files = try FileDiscovery.files(in: corpus.path, extensions: nil)
        let ahead = ReadAhead(limit: ReadAhead.blockBytes)
        for file in files { ahead.read(file) }
        // A file that cannot be opened is left for the usual read.
        ahead.read(CorpusFile(path: corpus.path + "/none.txt", source: "none.txt"))
        #expect(ahead.bytes(0)?.count == ReadAhead.blockBytes / 3 - 1)
        for index in 3..<6 { #expect(ahead.bytes(index)?.count == ReadAhead.blockBytes / 3 - 1) }  // the whole second block
        #expect(ahead.bytes(7) == nil)
    }
}
