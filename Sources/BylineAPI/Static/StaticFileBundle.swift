import Foundation

/// Reads the reader page's files from the module's resource bundle once, at start-up.
///
/// SwiftPM's generated `Bundle.module` stops the process when the bundle is missing (a binary
/// copied without its `byline_BylineAPI.resources` folder). The bundle is looked for first, so
/// such an install serves the API with a clear 404 under `/ui/` instead of crashing.
enum StaticFileBundle {
    static let bundleName = "byline_BylineAPI.resources"

    enum LoadError: Error, CustomStringConvertible {
        case bundleMissing(String)
        case folderMissing(String)
        case unreadable(String, String)

        var description: String {
            switch self {
            case .bundleMissing(let path): "resource bundle not found at \(path)"
            case .folderMissing(let path): "no folder \(path) in the resource bundle"
            case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
            }
        }
    }

    /// Every regular file under `Public/<folder>` of the bundle, keyed by its path relative
    /// to that folder ("index.html", "js/app.js").
    static func load(folder: String) throws(LoadError) -> [String: StaticFile] {
        let expected = Bundle.main.bundleURL.appendingPathComponent(bundleName).path
        guard FileManager.default.fileExists(atPath: expected) else { throw .bundleMissing(expected) }
        guard let resources = Bundle.module.resourceURL else { throw .bundleMissing(expected) }
        let root = resources.appendingPathComponent("Public").appendingPathComponent(folder)
        return try files(under: root)
    }

    /// The regular, non-hidden files below `root`. Symbolic links are not followed out of it:
    /// what is served is exactly what was bundled.
    static func files(under root: URL) throws(LoadError) -> [String: StaticFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw .folderMissing(root.path) }
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { throw .unreadable(root.path, "cannot list the folder") }
        let prefix = root.standardizedFileURL.path + "/"
        var files: [String: StaticFile] = [:]
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            let isRegular: Bool
            do {
                isRegular = try url.resourceValues(forKeys: Set(keys)).isRegularFile == true
            } catch {
                throw .unreadable(path, "\(error)")
            }
            guard isRegular else { continue }
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw .unreadable(path, "\(error)")
            }
            let relative = String(path.dropFirst(prefix.count))
            files[relative] = StaticFile(bytes: Array(data), name: relative)
        }
        return files
    }
}
