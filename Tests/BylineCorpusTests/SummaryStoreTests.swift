import BylineModel
import Testing

@testable import BylineCorpus

/// Summaries assembled from the stored text (the excerpt kept as a length) against the
/// summary encoded whole.
@Suite struct SummaryStoreTests {
    static func article(_ text: String) -> Article {
        Article(
            id: "a", title: "T \"quoted\"", authors: ["A B"], outlet: "NPR", text: text,
            paragraphs: text.isEmpty ? [] : text.components(separatedBy: "\n\n"), wordCount: 3, source: "a.txt")
    }

    static let long = String(repeating: "Ünïcödé wörds and 👩‍👩‍👧 emoji, \"quoted\" \\ slashes; ", count: 12)

    static let texts = [
        "",  // empty article
        "One short paragraph.",
        "First paragraph, short.\n\nSecond paragraph.",
        long + "\n\nAfter.",  // cut at a word, with "…"
        String(repeating: "x", count: 300),  // no space to cut at
        "Ends with its own ellipsis…\n\nNext.",
        "Tab\tand \u{1}control characters escaped.",
    ]

    static func store() -> SummaryStore {
        let articles = texts.map(article)
        let skeletons = articles.map(ArticleJSON.skeleton)
        let escaped = texts.map { text -> [UInt8] in
            var bytes: [UInt8] = []
            JSONWriter.escape(text, into: &bytes)
            return bytes
        }
        let excerpts = articles.map { article -> [UInt8] in
            var bytes: [UInt8] = []
            JSONWriter.escape(ArticleSummary(article).excerpt, into: &bytes)
            return bytes
        }
        return SummaryStore(articles: ArticleStore(skeletons: skeletons, texts: ByteArena(escaped)), excerpts: excerpts)
    }

    @Test func summary_equalsTheWholeEncodedSummary_forEveryKindOfText() {
        let store = Self.store()
        for (index, text) in Self.texts.enumerated() {
            let expected = ArticleJSON.summary(ArticleSummary(Self.article(text)))
            #expect(Array(store[index]) == expected, "text \(index)")
        }
        #expect(store.others.isEmpty)  // every excerpt above is kept as a length
        #expect(store.codes[3] & 1 == 1)  // the long one is cut and closed with "…"
    }

    /// The code of an excerpt read from a buffer (a worker's escape run) is the code of the
    /// same bytes as an array: the text's start, its start closed with "…", or neither.
    @Test func code_ofABufferIsTheCodeOfTheArray() {
        let text = Array("Leaders met on Tuesday \\\"to talk\\\".".utf8)
        let ellipsis = SummaryStore.ellipsis
        let excerpts: [[UInt8]] = [
            [], Array(text.prefix(5)), text, Array(text.prefix(9)) + ellipsis, ellipsis,
            Array("Other words".utf8), Array(text.prefix(3)) + Array("x".utf8) + ellipsis,
        ]
        for excerpt in excerpts {
            let expected = SummaryStore.code(of: excerpt[...], text: text[...])
            let fromBuffer = excerpt.withUnsafeBufferPointer { SummaryStore.code(of: $0, text: text[...]) }
            #expect(fromBuffer == expected, "\(excerpt)")
        }
        #expect(SummaryStore.code(of: text[...], text: text[...]) == Int32(text.count) << 1)
        #expect(SummaryStore.code(of: (Array(text.prefix(9)) + ellipsis)[...], text: text[...]) == 9 << 1 | 1)
        #expect(SummaryStore.code(of: Array("Other".utf8)[...], text: text[...]) == -1)
    }

    @Test func excerptThatIsNotAPrefix_isKeptWhole() {
        let article = Self.article("Body text.")
        var excerpt: [UInt8] = []
        JSONWriter.escape("Something else entirely", into: &excerpt)
        var text: [UInt8] = []
        JSONWriter.escape(article.text, into: &text)
        let store = SummaryStore(
            articles: ArticleStore(skeletons: [ArticleJSON.skeleton(article)], texts: ByteArena([text])), excerpts: [excerpt])
        var expected = ArticleSummary(article)
        expected.excerpt = "Something else entirely"
        #expect(Array(store[0]) == ArticleJSON.summary(expected))
        #expect(store.codes == [-1])
    }
}
