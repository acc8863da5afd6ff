#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed during a load back to the system. A load allocates and frees a lot of
/// per-file working memory in between what the snapshot keeps; glibc's allocator keeps those
/// pages unless asked, and a server's resident size would show the load's peak for good.
/// It frees only whole free pages: a page holding one surviving small object stays, which is
/// why the snapshot keeps its data in few large allocations (docs/ingestion.md, "How the
/// repository is stored"). Measured after a 10,000-article load: a second trim moves resident
/// memory by under 1 MB.
enum MemoryTrim {
    static func releaseFreePages() {
        #if canImport(Glibc)
        // `malloc_trim` is in <malloc.h>, which the Glibc module does not export: look it up.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)  // the result only says whether pages were freed
        #endif
    }
}
