#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileReader {
    enum ReadFailure: Error, Equatable {
        /// Larger than the limit: by `fstat`, or by what was read (the file grew).
        case tooLarge(bytes: Int)
        /// `open`, `fstat` or `read` failed: the system's message (`strerror`).
        case system(String)
    }

    /// A whole file's bytes, in one array sized by `fstat` and filled by `read` (no second
    /// copy). A file that grows while it is read is read to its end, up to `limit`.
    static func contents(of path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        contents(opening: open(path, O_RDONLY | O_CLOEXEC), limit: limit)
    }

    /// The same for a discovered file: opened by name in its folder when that is open.
    static func contents(of file: CorpusFile, limit: Int) -> Result<[UInt8], ReadFailure> {
        contents(opening: descriptor(of: file), limit: limit)
    }

    /// `file` opened for reading (negative on failure, with `errno` set).
    static func descriptor(of file: CorpusFile) -> Int32 {
        guard let directory = file.directory else { return open(file.path, O_RDONLY | O_CLOEXEC) }
        return openat(directory.descriptor, file.name, O_RDONLY | O_CLOEXEC)
    }

    /// `descriptor`: what `open` returned (negative on failure, with `errno` set).
    private static func contents(opening descriptor: Int32, limit: Int) -> Result<[UInt8], ReadFailure> {
        guard descriptor >= 0 else { return .failure(.system(errorMessage())) }
        defer { _ = close(descriptor) }  // a read-only descriptor: closing loses nothing
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(errorMessage())) }
        // A folder opens, and its size says nothing: name it as `read` would.
        if status.st_mode & S_IFMT == S_IFDIR { return .failure(.system(String(cString: strerror(EISDIR)))) }
        let size = Int(clamping: status.st_size)
        if size > limit { return .failure(.tooLarge(bytes: size)) }
        // One byte more than the size: a file that grew since `fstat` fills it, and is then
        // read on in chunks.
        var failure: ReadFailure?
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            switch fill(buffer, from: descriptor, endsAtShortRead: status.st_mode & S_IFMT == S_IFREG) {
            case .success(let read): count = read
            case .failure(let error): failure = error
            }
        }
        if let failure { return .failure(failure) }
        if bytes.count == size + 1 {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count: Int
                switch chunk.withUnsafeMutableBufferPointer({ fill($0, from: descriptor) }) {
                case .success(let read): count = read
                case .failure(let error): return .failure(error)
                }
                bytes.append(contentsOf: chunk[..<count])
                if bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count)) }
                if count < chunk.count { break }
            }
        }
        if bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count)) }
        return .success(bytes)
    }

    /// Reads until `buffer` is full or the file ends; the number of bytes read.
    ///
    /// `endsAtShortRead`: for a regular file, whose `read` returns fewer bytes than asked only
    /// at its end (read(2)), so a short read ends the reading instead of a second call to see
    /// the end: a file read into a buffer one byte larger than its size took two calls, and
    /// a 10,000-file load made 10,000 calls that read nothing.
    static func fill(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32, endsAtShortRead: Bool = false
    ) -> Result<Int, ReadFailure> {
        guard let base = buffer.baseAddress else { return .success(0) }
        var filled = 0
        while filled < buffer.count {
            let read = systemRead(descriptor, base + filled, buffer.count - filled)
            if read == 0 { break }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errorMessage()))
            }
            filled += read
            if endsAtShortRead, filled < buffer.count { break }
        }
        return .success(filled)
    }

    private static func errorMessage() -> String {
        String(cString: strerror(errno))
    }
}

/// `read(2)`, named apart from `FileReader.read(_:)`, which hides it inside the type.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
