/// How a corpus folder is read.
public struct LoadOptions: Sendable, Hashable {
    /// Files larger than this are skipped with a warning: a news article is kilobytes, and a
    /// stray dump must not take the server's memory.
    public var maxFileBytes: Int
    /// Lowercased file extensions to read (without the dot); `nil` reads every non-hidden file
    /// and lets the text check skip what is not text.
    public var extensions: Set<String>?
    /// Whether a folder with no loadable article is a failed load (so a reload keeps the old
    /// snapshot) or an empty corpus.
    public var allowEmpty: Bool

    public static let defaultMaxFileBytes = 5 * 1024 * 1024

    public init(maxFileBytes: Int = LoadOptions.defaultMaxFileBytes, extensions: Set<String>? = nil, allowEmpty: Bool = false) {
        self.maxFileBytes = maxFileBytes
        self.extensions = extensions
        self.allowEmpty = allowEmpty
    }
}
