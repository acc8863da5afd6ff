import BylineCorpus
import Logging
import Testing

@Suite struct StoreTests {
    let loader = CorpusLoader(logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))

    @Test func reload_swapsInTheNewSnapshot() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "First\n\nBody.")
        let store = CorpusStore(snapshot: try loader.load(directory: corpus.path).snapshot)
        let before = store.snapshot
        try corpus.write("b.txt", "Second\n\nBody.")
        try store.reload(directory: corpus.path, loader: loader)
        #expect(store.snapshot.stats.articleCount == 2)
        #expect(store.snapshot.identity != before.identity)
        #expect(before.stats.articleCount == 1)  // a reader holding the old snapshot is unaffected
    }

    @Test func failedReload_keepsServingTheOldSnapshot() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "First\n\nBody.")
        let store = CorpusStore(snapshot: try loader.load(directory: corpus.path).snapshot)
        let identity = store.snapshot.identity
        #expect(throws: CorpusStore.ReloadError.self) {
            try store.reload(directory: corpus.path + "/missing", loader: loader)
        }
        #expect(store.snapshot.identity == identity)
    }

    @Test func emptyStore_servesAnEmptyCorpus() {
        #expect(CorpusStore().snapshot.articles(ArticleQuery()).total == 0)
    }
}
