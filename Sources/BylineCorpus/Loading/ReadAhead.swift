#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Files read by the lister while the extractor is made (`LoadStart`), for the workers to
/// decode and extract first. Their bytes go into blocks of 1 MiB, each above the allocator's
/// mmap threshold (`MemoryTrim`), so they have pages of their own that go back to the system
/// when the load is done with them. Read into a small array (or decoded into a String) each,
/// thousands of files sat in the lister's heap arena until the workers got to them, and the
/// next thread to take that arena spread the load's long-lived objects over the holes they
/// left: RSS after a 10,000-file load went from 2.5x to 2.9x the raw text.
///
/// Written by one thread; read by the workers only after it has ended, each file once. A block
/// is freed as soon as every file in it is taken, so the load's peak does not hold them all.
final class ReadAhead: @unchecked Sendable {
    private enum Entry {
        /// The file's bytes: `blocks[block][range]`.
        case bytes(block: Int, range: Range<Int>)
        /// Not read ahead (empty, too large, grown, or failing): read the usual way, which
        /// reports it as usual.
        case later
    }

    static let blockBytes = 1 << 20

    private var blocks: [UnsafeMutableRawBufferPointer] = []
    /// Per block, how many of its files are not taken yet.
    private var untaken: [Countdown] = []
    /// Per block, how many files were read into it (a block none went into is freed at the end).
    private var filesIn: [Int] = []
    private var used = 0
    private var entries: [Entry] = []
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    deinit {
        for index in blocks.indices where filesIn[index] == 0 || untaken[index].left.load(ordering: .acquiring) > 0 {
            blocks[index].deallocate()
        }
    }

    /// How many files are read ahead (the files after the first, in order).
    var count: Int { entries.count }

    /// Reads the next file.
    func read(_ file: CorpusFile) {
        entries.append(entry(for: file))
    }

    /// The bytes of the `index`th file read ahead, or nil when it is to be read the usual way.
    /// Taken once per index (a block is freed when its last file is taken).
    func bytes(_ index: Int) -> [UInt8]? {
        guard case .bytes(let block, let range) = entries[index] else { return nil }
        let bytes = Array(UnsafeRawBufferPointer(rebasing: blocks[block][range]))
        if untaken[block].left.wrappingSubtract(1, ordering: .acquiringAndReleasing).newValue == 0 {
            blocks[block].deallocate()
        }
        return bytes
    }

    private func entry(for file: CorpusFile) -> Entry {
        let descriptor = FileReader.descriptor(of: file)
        guard descriptor >= 0 else { return .later }
        defer { _ = close(descriptor) }  // read-only: closing loses nothing
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return .later }
        let size = Int(clamping: status.st_size)
        // One byte more than the size, so a file that grew is seen (and left for later).
        guard size > 0, size <= limit, size < Self.blockBytes else { return .later }
        if blocks.isEmpty || used + size + 1 > Self.blockBytes {
            blocks.append(.allocate(byteCount: Self.blockBytes, alignment: 16))
            untaken.append(Countdown())
            filesIn.append(0)
            used = 0
        }
        let block = blocks.count - 1
        let buffer = UnsafeMutableRawBufferPointer(rebasing: blocks[block][used..<(used + size + 1)])
            .bindMemory(to: UInt8.self)
        guard case .success(let read) = FileReader.fill(buffer, from: descriptor, endsAtShortRead: true), read == size
        else { return .later }
        defer { used += size }
        filesIn[block] += 1
        untaken[block].left.add(1, ordering: .relaxed)  // the workers start after this thread ends
        return .bytes(block: block, range: used..<(used + size))
    }

    private final class Countdown: Sendable {
        let left = Atomic<Int>(0)
    }
}
