import BylineExtraction
import BylineModel
import Foundation
import Logging

/// Folder or files -> snapshot: reads every file in parallel, skips (and logs, by path and
/// reason) what cannot be an article, gives duplicate ids `-2`, `-3`, links entities across
/// articles and builds the indexes. The same input always gives the same snapshot.
public struct CorpusLoader: Sendable {
    public var options: LoadOptions
    public var logger: Logger
    /// Made by each load, not before: the first extractor of a process builds the word tables
    /// (about 0.08 s), which a load overlaps with listing and reading its files (`LoadStart`).
    private var makeExtractor: @Sendable () -> ArticleExtractor

    /// The extractor loads use (made when asked for).
    public var extractor: ArticleExtractor {
        get { makeExtractor() }
        set { makeExtractor = { newValue } }
    }

    public init(
        options: LoadOptions = LoadOptions(),
        extractor: @autoclosure @escaping @Sendable () -> ArticleExtractor = ArticleExtractor(),
        logger: Logger = Logger(label: "byline.corpus")
    ) {
        self.options = options
        self.makeExtractor = extractor
        self.logger = logger
    }

    /// What a load produced: the snapshot and every file-level problem, in file order.
    public struct Result: Sendable {
        public var snapshot: CorpusSnapshot
        public var issues: [LoadIssue]
    }

    /// Loads every non-hidden file below `directory`.
    public func load(directory: String) throws(CorpusLoadError) -> Result {
        let start = ContinuousClock.now
        let outcome = load(since: start) { () throws(CorpusLoadError) in
            try FileDiscovery.files(in: directory, extensions: options.extensions)
        }
        MemoryTrim.releaseFreePages()  // the load's temporaries are all freed by now
        let result = try outcome.get()
        if result.snapshot.stats.articleCount == 0 && !options.allowEmpty {
            throw .noArticles(directory, issues: result.issues)
        }
        logger.info("loaded corpus", metadata: [
            "path": "\(directory)", "articles": "\(result.snapshot.stats.articleCount)",
            "entities": "\(result.snapshot.stats.entityCount)", "quotes": "\(result.snapshot.stats.quoteCount)",
            "skipped": "\(result.snapshot.stats.skippedFileCount)",
            "seconds": "\(result.snapshot.stats.loadSeconds)",
        ])
        return result
    }

    /// Loads the named files, in the order given; `source` is each file's name.
    public func load(files paths: [String]) -> Result {
        let start = ContinuousClock.now
        let files = paths.map { CorpusFile(path: $0, source: URL(fileURLWithPath: $0).lastPathComponent) }
        let outcome = load(since: start) { () throws(CorpusLoadError) in files }
        MemoryTrim.releaseFreePages()
        switch outcome {
        case .success(let result): return result
        case .failure(let error): preconditionFailure("named files are not listed, so cannot fail to be: \(error)")
        }
    }

    /// The start of the load on this thread and one more (`LoadStart`), the rest on threads
    /// of its own (`WorkerThreads`), so that every block the load freed is back in the heap when
    /// they end and the trim can return its pages.
    private func load(
        since start: ContinuousClock.Instant, listing: @Sendable () throws(CorpusLoadError) -> [CorpusFile]
    ) -> Swift.Result<Result, CorpusLoadError> {
        MemoryTrim.configureAllocator()
        MemoryTrim.padHeaps(true)
        let begun: LoadStart.Begun
        do throws(CorpusLoadError) {
            begun = try LoadStart.run(options: options, makeExtractor: makeExtractor, listing: listing)
        } catch {
            MemoryTrim.padHeaps(false)
            return .failure(error)
        }
        return .success(WorkerThreads.onOwnThread { load(begun, since: start) })
    }

    private func load(_ begun: LoadStart.Begun, since start: ContinuousClock.Instant) -> Result {
        let files = begun.files
        let reader = FileReader(options: options, extractor: begun.extractor)
        // The first file was read on the core that made the extractor, when it got to it; the
        // next ones, read meanwhile, are extracted in order before the rest.
        var first = begun.first
        let early = begun.early
        let skip = first == nil ? 0 : 1
        // Each worker prepares articles in buffers of its own, kept from file to file.
        var rest = Parallel.map(Array(skip..<files.count), state: { PreparationScratch() }) { scratch, index in
            guard index >= 1, index <= early.count, let bytes = early.bytes(index - 1) else {
                return reader.read(files[index], scratch: scratch)
            }
            return reader.read(files[index], bytes: bytes, scratch: scratch)
        }
        let extracted = ContinuousClock.now
        MemoryTrim.padHeaps(false)  // the heaps are grown; from here on they shrink
        var issues: [LoadIssue] = []
        var columns = PreparedColumns(capacity: files.count)
        var rawBytes = 0
        var dropped = 0
        var ids = UniqueIds()
        // Each outcome is moved out of its slot (a trivial one put back), not copied: a copy
        // retained and released every reference a prepared article holds.
        rest.withUnsafeMutableBufferPointer { rest in
            for (position, file) in files.enumerated() {
                let outcome: FileReader.Outcome
                if position < skip {
                    guard let taken = first.take() else { break }
                    outcome = taken
                } else {
                    guard let base = rest.baseAddress, position - skip < rest.count else { break }
                    outcome = (base + (position - skip)).move()
                    (base + (position - skip)).initialize(to: .skipped(.empty))
                }
                switch consume outcome {
                case .skipped(let reason):
                    issues.append(LoadIssue(path: file.path, reason: reason))
                case .loaded(var article, let bytes, let warnings):
                    issues += warnings.map { LoadIssue(path: file.path, reason: $0) }
                    let original = article.article.id
                    article.article.id = ids.claim(original, fallback: file.source)
                    if !original.isEmpty, article.article.id != original {
                        issues.append(LoadIssue(
                            path: file.path, reason: .duplicateId(original: original, assigned: article.article.id)))
                    }
                    dropped += article.droppedSpans
                    rawBytes += bytes
                    columns.append(moving: &article)
                }
            }
        }
        rest = []
        let stats = CorpusStats(
            fileCount: files.count, skippedFileCount: issues.filter(\.skipped).count,
            warningCount: issues.filter { !$0.skipped }.count, rawBytes: rawBytes,
            loadSeconds: seconds(since: start), loadedAt: UTCTimestamp.now())
        // Logged on a core of the snapshot build, beside its other first-round work, not
        // before it on this one while the other waits: a log line (formatted, timestamped,
        // written) costs microseconds, and a corpus can have thousands of issues.
        let logger = self.logger
        let logged = issues
        let droppedSpans = dropped
        let built = SnapshotBuilder.build(columns: consume columns, stats: stats) {
            for issue in logged {
                logger.log(level: issue.skipped ? .error : .warning, "\(issue)")
            }
            if droppedSpans > 0 {
                logger.warning("left out spans outside their article's text", metadata: ["count": "\(droppedSpans)"])
            }
        }
        var finalStats = built.stats
        finalStats.loadSeconds = seconds(since: start)
        finalStats.extractSeconds = seconds(from: start, to: extracted)
        finalStats.indexSeconds = seconds(since: extracted)
        let snapshot = CorpusSnapshot(identity: built.identity, stats: finalStats, storage: built.storage)
        return Result(snapshot: snapshot, issues: issues)
    }

    private func seconds(since start: ContinuousClock.Instant) -> Double {
        seconds(from: start, to: ContinuousClock.now)
    }

    private func seconds(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Double {
        let elapsed = end - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
