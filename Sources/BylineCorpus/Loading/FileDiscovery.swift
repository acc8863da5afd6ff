#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists a corpus folder: every regular file below it, hidden files and folders skipped,
/// sorted by relative path so the same folder always loads in the same order. Walks with
/// `opendir`/`readdir` (the entry type comes free with the name), which lists ten thousand
/// files in milliseconds where Foundation's URL enumerator takes a large share of a load.
enum FileDiscovery {
    static func files(in directory: String, extensions: Set<String>?) throws(CorpusLoadError) -> [CorpusFile] {
        var info = stat()
        guard stat(directory, &info) == 0 else { throw .notFound(directory) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .notADirectory(directory) }
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var files: [CorpusFile] = []
        var visited: Set<[UInt64]> = []
        var handles = 0
        try walk(
            root, relative: "", into: &files, extensions: extensions, visited: &visited, handles: &handles, isRoot: true)
        return files.sorted { $0.source < $1.source }
    }

    private static func walk(
        _ path: String, relative: String, into files: inout [CorpusFile], extensions: Set<String>?,
        visited: inout Set<[UInt64]>, handles: inout Int, isRoot: Bool
    ) throws(CorpusLoadError) {
        var info = stat()
        // A symbolic link loop would otherwise recurse forever.
        guard stat(path, &info) == 0, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
        guard let handle = opendir(path) else {
            if isRoot { throw .unreadableDirectory(path, String(cString: strerror(errno))) }
            files.append(CorpusFile(path: path, source: relative))  // the reader reports it by name
            return
        }
        defer { closedir(handle) }
        var directory: DirectoryHandle?
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }  // hidden, and "." and ".."
            let childPath = path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var child = stat()
                guard stat(childPath, &child) == 0 else {
                    files.append(CorpusFile(path: childPath, source: childRelative))
                    continue
                }
                type = child.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : child.st_mode & S_IFMT == S_IFREG ? UInt8(DT_REG) : 0
            }
            if type == UInt8(DT_DIR) {
                try walk(
                    childPath, relative: childRelative, into: &files, extensions: extensions, visited: &visited,
                    handles: &handles, isRoot: false)
            } else if type == UInt8(DT_REG) {
                if let extensions {
                    let dot = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
                    guard extensions.contains(dot) else { continue }
                }
                // The folder is opened for its files when the first one is found.
                if directory == nil, handles < DirectoryHandle.limit {
                    directory = DirectoryHandle(path: path)
                    if directory != nil { handles += 1 }
                }
                files.append(CorpusFile(path: childPath, source: childRelative, directory: directory, name: name))
            }
        }
    }
}
