import BylineExtraction
import BylineModel
import Foundation
import Logging

/// Folder or files -> snapshot: reads every file in parallel, skips (and logs, by path and
/// reason) what cannot be an article, gives duplicate ids `-2`, `-3`, links entities across
/// articles and builds the indexes. The same input always gives the same snapshot.
public struct CorpusLoader: Sendable {
    public var options: LoadOptions
    public var extractor: ArticleExtractor
    public var logger: Logger

    public init(
        options: LoadOptions = LoadOptions(), extractor: ArticleExtractor = ArticleExtractor(),
        logger: Logger = Logger(label: "byline.corpus")
    ) {
        self.options = options
        self.extractor = extractor
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
        // On threads of its own (`WorkerThreads`), so that every block the load freed is back
        // in the heap when they end and the trim can return its pages.
        let outcome = WorkerThreads.onOwnThread { () -> Swift.Result<Result, CorpusLoadError> in
            do throws(CorpusLoadError) {
                return .success(load(try FileDiscovery.files(in: directory, extensions: options.extensions), since: start))
            } catch {
                return .failure(error)
            }
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
        let result = WorkerThreads.onOwnThread {
            load(paths.map { CorpusFile(path: $0, source: URL(fileURLWithPath: $0).lastPathComponent) }, since: start)
        }
        MemoryTrim.releaseFreePages()
        return result
    }

    func load(_ files: [CorpusFile], since start: ContinuousClock.Instant) -> Result {
        MemoryTrim.configureAllocator()
        let reader = FileReader(options: options, extractor: extractor)
        // The first file alone, on this thread: the extractor's word tables are made on first
        // use and live for the process; made here, before any parallel work, they sit together
        // at the start of the heap instead of among a worker's freed temporaries.
        var first = files.first.map(reader.read)
        var rest = Parallel.map(Array(files.dropFirst()), reader.read)
        let extracted = ContinuousClock.now
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
                if position == 0 {
                    guard let taken = first.take() else { break }
                    outcome = taken
                } else {
                    guard let base = rest.baseAddress, position - 1 < rest.count else { break }
                    outcome = (base + (position - 1)).move()
                    (base + (position - 1)).initialize(to: .skipped(.empty))
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
                    columns.append(article)
                }
            }
        }
        rest = []
        for issue in issues {
            logger.log(level: issue.skipped ? .error : .warning, "\(issue)")
        }
        if dropped > 0 {
            logger.warning("left out spans outside their article's text", metadata: ["count": "\(dropped)"])
        }
        let stats = CorpusStats(
            fileCount: files.count, skippedFileCount: issues.filter(\.skipped).count,
            warningCount: issues.filter { !$0.skipped }.count, rawBytes: rawBytes,
            loadSeconds: seconds(since: start), loadedAt: UTCTimestamp.now())
        let built = SnapshotBuilder.build(columns: consume columns, stats: stats)
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
