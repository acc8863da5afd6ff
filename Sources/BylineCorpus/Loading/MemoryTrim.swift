#if canImport(Glibc)
import Glibc
#endif

/// Keeps a load's working memory from staying resident after it. A load allocates and frees
/// several times the corpus while what the snapshot keeps is allocated in between; glibc's
/// allocator keeps freed pages unless asked, and a page holding one surviving small object
/// cannot go back at all. Two settings and one call (docs/ingestion.md, "Where the memory
/// goes"):
/// - a fixed mmap threshold (`M_MMAP_THRESHOLD`, mallopt(3)): every allocation of 64 KiB or
///   more (the snapshot's columns and arenas, a load's large buffers) gets pages of its own,
///   which go back to the system the moment it is freed. glibc otherwise raises the threshold
///   each time a mapped block is freed (up to 32 MiB), so later large arrays land in the heap
///   among small objects and their pages stay pinned after they are freed.
/// - `malloc_trim(0)` once the load's temporaries are gone: frees every whole free page of
///   every arena.
enum MemoryTrim {
    /// Allocations at least this large are mapped on their own.
    static let mmapThreshold: Int32 = 64 * 1024

    /// Called once before the first load (a process-wide setting; idempotent).
    static func configureAllocator() {
        _ = configured
    }

    private static let configured: Bool = {
        #if canImport(Glibc)
        // `mallopt` and `malloc_trim` are in <malloc.h>, which the Glibc module does not export.
        typealias Option = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: Option.self)
        let mmapThresholdParameter: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
        return mallopt(mmapThresholdParameter, mmapThreshold) == 1
        #else
        return false
        #endif
    }()

    /// While a load extracts, each worker's heap arena grows by tens of megabytes, and glibc
    /// makes a thread's heap writable a page or so at a time, one `mprotect` call each
    /// (16,500 calls in a 10,000-file load, about 1.3% of its CPU). A top pad (`M_TOP_PAD`) of
    /// a whole heap's size (64 MiB) makes each new heap writable in one call; only the pages
    /// used become resident. Set for the extraction only: the pad is also what `free` leaves
    /// untrimmed at the top of a heap, and `malloc_trim` never trims a thread heap's top, so
    /// kept through the snapshot build it left freed pages resident after the load (RSS 2.5x
    /// -> 2.7-2.8x of the raw text).
    static func padHeaps(_ padded: Bool) {
        #if canImport(Glibc)
        typealias Option = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let topPadParameter: Int32 = -2  // M_TOP_PAD in <malloc.h>
        // 128 KiB is glibc's default (mallopt(3)).
        _ = unsafeBitCast(symbol, to: Option.self)(topPadParameter, padded ? 64 << 20 : 128 << 10)
        #endif
    }

    static func releaseFreePages() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)  // the result only says whether pages were freed
        #endif
    }
}
