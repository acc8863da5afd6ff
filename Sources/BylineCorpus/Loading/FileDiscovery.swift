import Foundation

/// Lists a corpus folder: every regular file below it, hidden files and folders skipped,
/// sorted by relative path so the same folder always loads in the same order.
enum FileDiscovery {
    static func files(in directory: String, extensions: Set<String>?) throws(CorpusLoadError) -> [CorpusFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw .notFound(directory)
        }
        guard isDirectory.boolValue else { throw .notADirectory(directory) }
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        let keys: [URLResourceKey] = [.isRegularFileKey, .isHiddenKey]
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { throw .unreadableDirectory(directory, "cannot enumerate") }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var files: [CorpusFile] = []
        for case let url as URL in enumerator {
            let values: URLResourceValues
            do {
                values = try url.resourceValues(forKeys: Set(keys))
            } catch {
                // Listed but gone or unreadable: the reader will report it by name.
                files.append(CorpusFile(path: url.path, source: relative(url.path, to: rootPath)))
                continue
            }
            guard values.isRegularFile == true, values.isHidden != true else { continue }
            if let extensions, !extensions.contains(url.pathExtension.lowercased()) { continue }
            files.append(CorpusFile(path: url.path, source: relative(url.standardizedFileURL.path, to: rootPath)))
        }
        return files.sorted { $0.source < $1.source }
    }

    private static func relative(_ path: String, to root: String) -> String {
        path.hasPrefix(root) ? String(path.dropFirst(root.count)) : (path as NSString).lastPathComponent
    }
}
