/// The memory an operator allows the response caches (`cacheMemoryMB` in the config), split
/// between them once at start. Every cache is bounded in bytes as well as entries, so a server
/// answering many distinct requests holds at most `totalBytes` above its loaded corpus (plus
/// each entry's bookkeeping), however long it runs.
public struct CacheBudget: Sendable, Equatable {
    public let totalBytes: Int

    /// Shares of the total, by what each cache holds at most (the generational caches hold two
    /// generations, so each generation gets half its share).
    static let composedShare = 0.5  // article and entity bodies with their embedded lists
    static let answerShare = 0.2  // finished answers by request target
    static let searchShare = 0.2  // ranked `?q=` result bodies
    static let reuseShare = 0.1  // the engine's finished responses (`HTTPResponse.reuseEpoch`)

    public init(totalBytes: Int) {
        self.totalBytes = max(0, totalBytes)
    }

    public init(megabytes: Int) {
        self.init(totalBytes: megabytes.multipliedReportingOverflow(by: 1 << 20).overflow ? Int.max : megabytes << 20)
    }

    /// The default: 128 MiB.
    public static let standard = CacheBudget(megabytes: 128)

    public var composedBytes: Int { share(Self.composedShare) }
    public var answerGenerationBytes: Int { share(Self.answerShare) / 2 }
    public var searchGenerationBytes: Int { share(Self.searchShare) / 2 }
    public var reuseGenerationBytes: Int { share(Self.reuseShare) / 2 }

    private func share(_ fraction: Double) -> Int {
        Int((Double(totalBytes) * fraction).rounded(.down))
    }
}
