/// What a load produced and how long it took.
public struct CorpusStats: Codable, Sendable, Hashable {
    public var articleCount: Int
    public var entityCount: Int
    public var quoteCount: Int
    public var mentionCount: Int
    /// Files read, including the skipped ones.
    public var fileCount: Int
    public var skippedFileCount: Int
    public var warningCount: Int
    /// Raw bytes read from the files that loaded.
    public var rawBytes: Int
    /// Wall-clock seconds from the first file read to the indexed snapshot.
    public var loadSeconds: Double
    /// Of `loadSeconds`: reading, cleaning and extracting the files (in parallel).
    public var extractSeconds: Double = 0
    /// Of `loadSeconds`: linking entities, encoding resources and building the indexes.
    public var indexSeconds: Double = 0
    /// When the load finished, ISO 8601 in UTC.
    public var loadedAt: String

    public init(
        articleCount: Int = 0, entityCount: Int = 0, quoteCount: Int = 0, mentionCount: Int = 0,
        fileCount: Int = 0, skippedFileCount: Int = 0, warningCount: Int = 0, rawBytes: Int = 0,
        loadSeconds: Double = 0, loadedAt: String = ""
    ) {
        self.articleCount = articleCount
        self.entityCount = entityCount
        self.quoteCount = quoteCount
        self.mentionCount = mentionCount
        self.fileCount = fileCount
        self.skippedFileCount = skippedFileCount
        self.warningCount = warningCount
        self.rawBytes = rawBytes
        self.loadSeconds = loadSeconds
        self.loadedAt = loadedAt
    }
}
