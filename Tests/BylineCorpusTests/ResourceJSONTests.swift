@testable import BylineCorpus
import BylineModel
import Foundation
import Testing

/// The hand-written encoders must give exactly `ResourceEncoder`'s bytes: stored JSON, ETags
/// and snapshot identities depend on them.
@Suite struct ResourceJSONTests {
    static let texts = [
        "plain", "", "with \"quotes\" and \\ backslash", "line\nbreak\ttab\rreturn", "bell\u{07} \u{08} \u{0C} \u{1F} \u{7F}",
        "emoji 👨‍👩‍👧 and accents: Ça, Größe", "a/b slashes", "\u{2028}\u{2029}\u{FEFF}",
    ]

    @Test(arguments: texts)
    func articleSkeletonAndText_matchTheEncoder(_ text: String) {
        // A body is paragraphs without line breaks, joined by blank lines.
        let paragraph = text.replacingOccurrences(of: "\n", with: " ")
        let body = [paragraph, "second"].filter { !$0.isEmpty }.joined(separator: "\n\n")
        for article in [
            Article(id: "a", title: text, text: body, paragraphs: [], wordCount: 3, source: "x.txt"),
            Article(
                id: "b-\(text)", title: "T", authors: [text, "Jane Doe"], outlet: "NPR", outletFull: text, publisher: "P",
                section: "S", publishedAt: "2017-04-12", republishedAt: "2017-04-13", text: paragraph, paragraphs: [],
                wordCount: 0, source: text, entityCount: 4, quoteCount: 12),
        ] {
            var whole = article
            whole.paragraphs = article.text.isEmpty ? [] : article.text.components(separatedBy: "\n\n")
            let encoded = EncodedArticle(article)
            let assembled = EncodedArticle.assemble(
                skeleton: encoded.skeleton[...], text: encoded.escapedText[...], paragraphsAt: encoded.paragraphsAt,
                textAt: encoded.textAt)
            #expect(assembled == ResourceEncoder.encode(whole))
            var shell = article
            shell.text = ""
            #expect(encoded.skeleton == ResourceEncoder.encode(shell))
        }
    }

    @Test(arguments: texts)
    func summaryAndEntity_matchTheEncoder(_ text: String) {
        let article = Article(
            id: "a", title: text, authors: [text], outlet: text, section: text, text: text, paragraphs: [text],
            wordCount: 9, source: "s", entityCount: 1, quoteCount: 2)
        let summary = ArticleSummary(article)
        #expect(ArticleJSON.summary(summary) == ResourceEncoder.encode(summary))
        let bare = ArticleSummary(Article(id: "b", title: "t", text: "", paragraphs: [], wordCount: 0, source: ""))
        #expect(ArticleJSON.summary(bare) == ResourceEncoder.encode(bare))
        for entity in [
            Entity(id: "e", name: text, type: .organization),
            Entity(id: "f", name: "N", type: .person, aliases: [text, "x"], titles: [text], mentionCount: 7, articleCount: 3),
        ] {
            #expect(ArticleJSON.entity(entity) == ResourceEncoder.encode(entity))
        }
    }

    @Test(arguments: texts)
    func summaryAssembledFromTheSkeleton_matchesTheEncoder(_ text: String) {
        let articles = [
            Article(id: "a", title: text, text: "", paragraphs: [], wordCount: 0, source: "s"),
            Article(
                id: "b", title: "T", authors: [text], outlet: text, outletFull: "F", publisher: text, section: "S",
                publishedAt: "2017-04-12", republishedAt: "2017-04-13", text: "", paragraphs: [], wordCount: 5,
                source: text, entityCount: 3, quoteCount: 1),
        ]
        let store = ArticleStore(skeletons: articles.map(ArticleJSON.skeleton), texts: ByteArena(articles.map { _ in [] }))
        for (index, article) in articles.enumerated() {
            var summary = ArticleSummary(article)
            summary.excerpt = text
            var excerpt: [UInt8] = []
            JSONWriter.escape(text, into: &excerpt)
            #expect(store.summary(of: index, escapedExcerpt: excerpt[...]) == ResourceEncoder.encode(summary))
        }
    }

    @Test func termHashes_areTheHashesOfTheTokens() {
        let text = "Vladimir Putin's U.S. visit: 3.5% rise, Zieliński in Kraków — naïve CAFÉ’s ﬁne e\u{301}tude 中文 ½"
        var hashes: [UInt64] = []
        SearchTokenizer.forEachTerm(in: text) { hashes.append($0) }
        let tokens = SearchTokenizer.tokens(in: text)
        #expect(hashes == tokens.map(TermHash.of))
        #expect(tokens.prefix(6) == ["vladimir", "putins", "us", "visit", "35", "rise"])
        #expect(tokens.contains("zielinski") && tokens.contains("krakow") && tokens.contains("cafes"))
    }
}
