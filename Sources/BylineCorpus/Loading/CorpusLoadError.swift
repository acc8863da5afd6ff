/// Why a whole load failed (a failed reload keeps the previous snapshot).
public enum CorpusLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    case notFound(String)
    case notADirectory(String)
    case unreadableDirectory(String, String)
    /// The folder holds no article that could be read; `issues` say why each file failed.
    case noArticles(String, issues: [LoadIssue])

    public var description: String {
        switch self {
        case .notFound(let path): "corpus folder \(path) does not exist"
        case .notADirectory(let path): "corpus path \(path) is not a folder"
        case .unreadableDirectory(let path, let why): "cannot list corpus folder \(path): \(why)"
        case .noArticles(let path, let issues): "no loadable article in \(path) (\(issues.count) files skipped)"
        }
    }
}
