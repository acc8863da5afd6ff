import BylineCorpus
import BylineModel
import Testing

@Suite struct LoadingTests {
    let loader = CorpusLoader(options: LoadOptions(allowEmpty: true))

    @Test func folder_loadsRecursively_andSkipsHiddenFiles() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "First Story\n\nOne paragraph.")
        try corpus.write("nested/b.txt", "Second Story\n\nAnother paragraph.")
        try corpus.write(".hidden.txt", "Hidden Story\n\nNot loaded.")
        try corpus.write(".git/c.txt", "Hidden Folder\n\nNot loaded.")
        let result = try loader.load(directory: corpus.path)
        let ids = result.snapshot.articles(ArticleQuery(sort: .title)).items.map(\.id)
        #expect(ids == ["first-story", "second-story"])
        #expect(result.snapshot.articleSummary(id: "second-story")?.source == "nested/b.txt")
        #expect(result.issues.isEmpty)
    }

    @Test func duplicateTitles_getNumberedIds_withAWarning() throws {
        let corpus = try TemporaryCorpus()
        for name in ["a.txt", "b.txt", "c.txt"] { try corpus.write(name, "Same Title\n\nBody of \(name).") }
        let result = try loader.load(directory: corpus.path)
        let sources = ["same-title", "same-title-2", "same-title-3"].map {
            result.snapshot.articleSummary(id: $0)?.source
        }
        #expect(sources == ["a.txt", "b.txt", "c.txt"])
        #expect(result.issues.map(\.reason) == [
            .duplicateId(original: "same-title", assigned: "same-title-2"),
            .duplicateId(original: "same-title", assigned: "same-title-3"),
        ])
        #expect(result.issues.allSatisfy { !$0.skipped })
    }

    @Test func badFiles_areSkippedByName_whileTheRestLoads() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("good.txt", "Good Story\n\nA paragraph.")
        let binary = try corpus.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF, 0x00])
        let empty = try corpus.write("empty.txt", "")
        let blank = try corpus.write("blank.txt", "  \n\n \t\n")
        let large = try corpus.write("large.txt", "Large\n\n" + String(repeating: "word ", count: 100))
        let small = CorpusLoader(options: LoadOptions(maxFileBytes: 200, allowEmpty: true))
        let result = try small.load(directory: corpus.path)
        #expect(result.snapshot.stats.articleCount == 1)
        #expect(result.snapshot.articleSummary(id: "good-story") != nil)
        let skipped = Dictionary(uniqueKeysWithValues: result.issues.map { ($0.path, $0.reason) })
        #expect(skipped[binary] == .notText)
        #expect(skipped[empty] == .empty)
        #expect(skipped[blank] == .empty)
        #expect(skipped[large] == .tooLarge(bytes: 507, limit: 200))
        #expect(result.issues.allSatisfy { $0.skipped })
        #expect(result.snapshot.stats.skippedFileCount == 4)
    }

    @Test func missingFolder_failsTheLoad() {
        #expect(throws: CorpusLoadError.notFound("/no/such/folder")) {
            try loader.load(directory: "/no/such/folder")
        }
    }

    @Test func folderWithoutArticles_failsUnlessEmptyIsAllowed() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("empty.txt", "")
        let strict = CorpusLoader()
        #expect(throws: CorpusLoadError.self) { try strict.load(directory: corpus.path) }
        #expect(try loader.load(directory: corpus.path).snapshot.stats.articleCount == 0)
    }

    @Test func unreadableFile_isReportedByPath() {
        let result = loader.load(files: ["/no/such/file.txt"])
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.path == "/no/such/file.txt")
        #expect(result.issues.first?.skipped == true)
    }

    @Test func sameFolder_givesTheSameIdentity() throws {
        let corpus = try TemporaryCorpus()
        for index in 0..<20 { try corpus.write("f\(index).txt", "Story \(index % 7)\n\nText \(index).") }
        let first = try loader.load(directory: corpus.path).snapshot
        let second = try loader.load(directory: corpus.path).snapshot
        #expect(first.identity == second.identity)
        #expect(first.articles(ArticleQuery(page: .all)).items == second.articles(ArticleQuery(page: .all)).items)
        try corpus.write("f0.txt", "Story changed\n\nText.")
        #expect(try loader.load(directory: corpus.path).snapshot.identity != first.identity)
    }

    /// The identity digests every stored byte: one letter changed deep in one article's text
    /// (far past the first words the digest's lanes take) gives another.
    @Test func oneLetterOfOneText_changesTheIdentity() throws {
        let corpus = try TemporaryCorpus()
        var sentences = [String](repeating: "The council met on Tuesday to discuss the harbour. ", count: 20)
        for index in 0..<5 { try corpus.write("f\(index).txt", "Story \(index)\n\n\(sentences.joined())") }
        let first = try loader.load(directory: corpus.path).snapshot
        #expect(first.identity.count == 16 && first.identity.allSatisfy(\.isHexDigit))
        sentences[14] = "The council met on Tuesday to discuss the harbor. "
        try corpus.write("f3.txt", "Story 3\n\n\(sentences.joined())")
        #expect(try loader.load(directory: corpus.path).snapshot.identity != first.identity)
    }
}
