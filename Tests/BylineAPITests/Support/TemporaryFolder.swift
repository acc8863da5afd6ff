import Foundation

/// A fresh folder under the system's temporary directory, removed when the value is released.
final class TemporaryFolder: @unchecked Sendable {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "byline-test-" + UUID().uuidString
        // A test cannot proceed without its folder; failing loudly here beats a confusing later error.
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot create \(path): \(error)")
        }
    }

    deinit {
        do { try FileManager.default.removeItem(atPath: path) } catch { /* already gone */ }
    }

    func write(_ relative: String, _ contents: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    func makeCorpus() throws {
        try FileManager.default.createDirectory(atPath: path + "/corpus", withIntermediateDirectories: true)
    }
}
