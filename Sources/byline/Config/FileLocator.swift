import Foundation

/// Finds the files Byline ships beside its code (`corpus/`, `config/byline.json`) when no
/// setting names them: first in the working directory, then beside the executable and in its
/// parents (`.build/release/byline` sits three levels below the checkout; `/app/byline` beside
/// `/app/corpus` in the container).
struct FileLocator: Sendable {
    struct Found: Sendable, Equatable {
        var path: String
        /// How it was found, for `--print-config`.
        var how: String
    }

    let workingDirectory: String
    let executablePath: String?
    /// How far above the executable's folder to look.
    var parentLevels = 4

    func find(_ relative: String, directory: Bool) -> Found? {
        let inWorking = URL(fileURLWithPath: workingDirectory).appendingPathComponent(relative).path
        if exists(inWorking, directory: directory) {
            return Found(path: inWorking, how: "working directory")
        }
        guard let executable = executablePath.map(absolute) else { return nil }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0...parentLevels {
            let candidate = folder.appendingPathComponent(relative).path
            if exists(candidate, directory: directory) {
                return Found(path: candidate, how: "near the executable")
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// A path as given, made absolute against the working directory.
    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: workingDirectory).appendingPathComponent(path).path
    }

    private func exists(_ path: String, directory: Bool) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && isDirectory.boolValue == directory
    }
}
