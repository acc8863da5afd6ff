/// A file to load: where it is, and the name its article reports as `source`.
public struct CorpusFile: Sendable, Hashable {
    public var path: String
    /// The path relative to the corpus folder ("business/002.txt"), or the file name when a
    /// file is named directly.
    public var source: String

    public init(path: String, source: String) {
        self.path = path
        self.source = source
    }
}
