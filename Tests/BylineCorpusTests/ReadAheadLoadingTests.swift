import BylineCorpus
import BylineExtraction
import Foundation
import Testing

/// A load reads files ahead while its extractor is made (`LoadStart`): files read ahead must
/// load exactly as files read the usual way, in the same order, with the same issues.
@Suite struct ReadAheadLoadingTests {
    /// An extractor made slowly, as the first one of a process is (its word tables take a
    /// while): the lister reads every file ahead meanwhile.
    static func slowExtractor() -> ArticleExtractor {
        usleep(300_000)
        return ArticleExtractor()
    }

    @Test func filesReadAhead_loadAsFilesReadLater() throws {
        let corpus = try TemporaryCorpus()
        var paths: [String] = []
        for index in 0..<60 {
            let name = "f\(1_000 + index).txt"
            switch index % 10 {
            case 3: paths.append(try corpus.write(name, bytes: []))  // empty
            case 5: paths.append(try corpus.write(name, bytes: [0x89, 0x50, 0x00, 0x01]))  // not text
            case 7: paths.append(try corpus.write(name, bytes: Array("Caf\u{E9} Story \(index)\n\nWindows text.".utf8) + [0xE9]))
            default: paths.append(try corpus.write(name, "Story \(index % 4)\n\nSaid \"hello\" to Anna Berg, the mayor said."))
            }
        }
        let options = LoadOptions(allowEmpty: true)
        let ahead = try CorpusLoader(options: options, extractor: Self.slowExtractor()).load(directory: corpus.path)
        let usual = CorpusLoader(options: options).load(files: paths)
        #expect(ahead.snapshot.identity == usual.snapshot.identity)
        #expect(ahead.snapshot.stats.articleCount == 48)
        #expect(ahead.issues == usual.issues)
        #expect(ahead.snapshot.articles(ArticleQuery(page: .all)).items == usual.snapshot.articles(ArticleQuery(page: .all)).items)
    }
}
