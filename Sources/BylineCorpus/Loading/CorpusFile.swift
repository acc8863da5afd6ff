/// A file to load: where it is, and the name its article reports as `source`.
public struct CorpusFile: Sendable, Hashable {
    public var path: String
    /// The path relative to the corpus folder ("business/002.txt"), or the file name when a
    /// file is named directly.
    public var source: String

    /// The open folder holding the file and the file's name in it, when discovery found it
    /// there (`DirectoryHandle`); the file is then opened relative to the folder.
    var directory: DirectoryHandle?
    var name = ""

    public init(path: String, source: String) {
        self.path = path
        self.source = source
    }

    init(path: String, source: String, directory: DirectoryHandle?, name: String) {
        self.init(path: path, source: source)
        self.directory = directory
        self.name = name
    }

    /// The same file: the same path and source (however it will be opened).
    public static func == (lhs: CorpusFile, rhs: CorpusFile) -> Bool {
        lhs.path == rhs.path && lhs.source == rhs.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(source)
    }
}
