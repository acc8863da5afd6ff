/// One problem met while loading: the file, what went wrong, and whether the file was skipped.
public struct LoadIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Error, Sendable, Hashable {
        case unreadable(String)
        case empty
        case notText
        case tooLarge(bytes: Int, limit: Int)
        case noTitle
        /// Loaded, but decoded as Windows-1252 because the bytes are not valid UTF-8.
        case decodedAsWindows1252
        /// Loaded under a new id because another article has the same one.
        case duplicateId(original: String, assigned: String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// Skipped files are not in the corpus; the others loaded with a warning.
    public var skipped: Bool {
        switch reason {
        case .unreadable, .empty, .notText, .tooLarge, .noTitle: true
        case .decodedAsWindows1252, .duplicateId: false
        }
    }

    public var description: String {
        switch reason {
        case .unreadable(let why): "\(path): skipped: cannot read: \(why)"
        case .empty: "\(path): skipped: empty"
        case .notText: "\(path): skipped: not text"
        case .tooLarge(let bytes, let limit): "\(path): skipped: \(bytes) bytes, over the \(limit)-byte limit"
        case .noTitle: "\(path): skipped: no recognisable title"
        case .decodedAsWindows1252: "\(path): not valid UTF-8, read as Windows-1252"
        case .duplicateId(let original, let assigned):
            "\(path): article id '\(original)' already taken, loaded as '\(assigned)'"
        }
    }
}
