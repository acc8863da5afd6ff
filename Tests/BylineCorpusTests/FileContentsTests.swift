#if canImport(Glibc)
import Glibc
#endif
import Testing

@testable import BylineCorpus

/// Reading a file's bytes with POSIX calls: the whole file, or a reason.
@Suite struct FileContentsTests {
    @Test func wholeFile_isReadExactly_atEverySize() throws {
        let corpus = try TemporaryCorpus()
        for size in [0, 1, 4095, 4096, 70_000, 300_001] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
            let path = try corpus.write("f\(size).txt", bytes: bytes)
            #expect(FileReader.contents(of: path, limit: 1_000_000) == .success(bytes))
        }
    }

    @Test func fileOverTheLimit_isTooLarge() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("big.txt", bytes: [UInt8](repeating: 0x61, count: 2000))
        #expect(FileReader.contents(of: path, limit: 1999) == .failure(.tooLarge(bytes: 2000)))
        #expect(FileReader.contents(of: path, limit: 2000) == .success([UInt8](repeating: 0x61, count: 2000)))
    }

    @Test func missingFileAndFolder_giveTheSystemsReason() throws {
        let corpus = try TemporaryCorpus()
        #expect(FileReader.contents(of: corpus.path + "/none.txt", limit: 100) == .failure(.system("No such file or directory")))
        guard case .failure(.system(let reason)) = FileReader.contents(of: corpus.path, limit: 100) else {
            Issue.record("a folder is not a readable file")
            return
        }
        #expect(reason == "Is a directory")
    }

    @Test func discoveredFiles_areReadRelativeToTheirFolder_andByPathPastTheFolderLimit() throws {
        let corpus = try TemporaryCorpus()
        var expected: [String: [UInt8]] = [:]
        // More folders than are held open at once: the later ones' files are read by path.
        for folder in 0..<(DirectoryHandle.limit + 3) {
            let name = "d\(1_000 + folder)/a.txt"
            let bytes = Array("file \(folder)\n".utf8)
            _ = try corpus.write(name, bytes: bytes)
            expected[name] = bytes
        }
        let files = try FileDiscovery.files(in: corpus.path, extensions: nil)
        #expect(files.count == expected.count)
        #expect(files.filter { $0.directory != nil }.count == DirectoryHandle.limit)
        for file in files {
            #expect(FileReader.contents(of: file, limit: 100) == .success(expected[file.source] ?? []), "\(file.source)")
            // The same file named by its path alone is the same file.
            #expect(file == CorpusFile(path: file.path, source: file.source))
        }
        let missing = CorpusFile(path: corpus.path + "/none.txt", source: "none.txt", directory: files[0].directory, name: "none.txt")
        #expect(FileReader.contents(of: missing, limit: 100) == .failure(.system("No such file or directory")))
    }

    /// A regular file's short read is its end, so reading stops there; asked not to, reading
    /// goes on until a read returns nothing (a pipe gives what was written so far).
    @Test func fill_endsAtAShortRead_onlyWhenAsked() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        _ = write(ends[1], "ab", 2)
        var buffer = [UInt8](repeating: 0, count: 8)
        let first = buffer.withUnsafeMutableBufferPointer { FileReader.fill($0, from: ends[0], endsAtShortRead: true) }
        #expect(first == .success(2), "stopped after the short read instead of waiting for more")
        _ = write(ends[1], "cdef", 4)
        close(ends[1])
        let rest = buffer.withUnsafeMutableBufferPointer { FileReader.fill($0, from: ends[0]) }
        #expect(rest == .success(4))
        #expect(Array(buffer[..<4]) == Array("cdef".utf8))
    }
}
