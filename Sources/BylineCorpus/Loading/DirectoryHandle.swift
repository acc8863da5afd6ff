#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An open folder of a corpus, so its files are opened by name relative to it (`openat(2)`)
/// rather than by whole path: the kernel then looks up one name per file instead of walking
/// every folder of the path again for each of ten thousand files. Closed when the last file
/// naming it is gone (after the load).
final class DirectoryHandle: Sendable {
    let descriptor: Int32

    /// Nil when the folder cannot be opened (its files are then opened by path).
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit {
        _ = close(descriptor)  // read-only: closing loses nothing
    }

    /// At most this many folders of one load are held open (each is a descriptor; the
    /// process has a limited number): files of further folders are opened by path.
    static let limit = 256
}
