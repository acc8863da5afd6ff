import BylineExtraction
import Synchronization

/// The start of a load, on two cores. The extractor's word tables (made once per process, on
/// first use) take one core about 0.08 s to build, and nothing can be extracted before they
/// are there; but listing a folder of ten thousand files, reading them and decoding them need
/// no word tables. So one core makes the extractor and extracts the first file with it (which
/// makes the smaller tables the extractor builds on first use), while the other lists the
/// files and reads them (`ReadAhead`), in order, until the first is done. Serial start-up costs
/// a two-core machine twice its time.
///
/// The extractor is made on the calling thread, as it was before this overlap: a thread's
/// first allocation ties it to a heap arena, and the word tables (which live for the process)
/// stay compact in the caller's arena; made on a worker thread, whose arena later workers
/// reuse for their temporaries, they left those pages pinned after the load (RSS 2.5x -> 2.9x).
enum LoadStart {
    struct Begun: Sendable {
        var files: [CorpusFile]
        var extractor: ArticleExtractor
        /// `files[0]` read and extracted, when the extractor's core got to it.
        var first: FileReader.Outcome?
        /// `files[1]`, `files[2]`, ... read while the extractor was made.
        var early: ReadAhead
    }

    static func run(
        options: LoadOptions, makeExtractor: @Sendable () -> ArticleExtractor,
        listing: @Sendable () throws(CorpusLoadError) -> [CorpusFile]
    ) throws(CorpusLoadError) -> Begun {
        let board = Board()
        let (made, listed) = WorkerThreads.alongside(
            { () -> (ArticleExtractor, FileReader.Outcome?) in
                let extractor = makeExtractor()
                // Never waits for the list: without a second thread the lister runs after this.
                let first = board.firstFile().map { FileReader(options: options, extractor: extractor).read($0) }
                board.stop()
                return (extractor, first)
            },
            { () -> Result<(files: [CorpusFile], early: ReadAhead), CorpusLoadError> in
                let files: [CorpusFile]
                do throws(CorpusLoadError) {
                    files = try listing()
                } catch {
                    return .failure(error)
                }
                board.publish(first: files.first)
                let early = ReadAhead(limit: options.maxFileBytes)
                for file in files.dropFirst() {
                    if board.stopped { break }
                    early.read(file)
                }
                return .success((files, early))
            })
        let (files, early) = try listed.get()
        return Begun(files: files, extractor: made.0, first: made.1, early: early)
    }

    /// What the two cores tell each other.
    private final class Board: Sendable {
        /// Nil until the files are listed; then the first file, if there is one.
        private let first = Mutex<CorpusFile??>(nil)
        private let done = Atomic<Bool>(false)

        func publish(first file: CorpusFile?) {
            first.withLock { $0 = .some(file) }
        }

        /// The first file, if the files have been listed.
        func firstFile() -> CorpusFile? {
            first.withLock { listed in
                guard case .some(let file) = listed else { return nil }
                return file
            }
        }

        func stop() {
            done.store(true, ordering: .releasing)
        }

        var stopped: Bool { done.load(ordering: .acquiring) }
    }
}
