import BylineCorpus
import BylineModel
import Testing

/// `encodedArticlePieces(id:)` is `encodedArticle(id:)` cut into slices of the stored parts:
/// joined, the same bytes, whatever the text holds.
@Suite struct ArticlePiecesTests {
    func joined(_ pieces: [ArraySlice<UInt8>]) -> [UInt8] { pieces.flatMap { $0 } }

    @Test func piecesJoined_equalTheEncodedArticle_forEveryArticle() throws {
        let snapshot = SampleCorpus.snapshot()
        let ids = snapshot.articles(ArticleQuery(page: PageRequest(limit: 100))).items.map(\.id)
        #expect(ids.count == 3)
        for id in ids {
            let pieces = try #require(snapshot.encodedArticlePieces(id: id))
            #expect(joined(pieces) == snapshot.encodedArticle(id: id))
            #expect(pieces.allSatisfy { !$0.isEmpty })
        }
        #expect(snapshot.encodedArticlePieces(id: "no-such-article") == nil)
    }

    /// Escapes next to paragraph breaks: a literal backslash before "n" is no break, quotes,
    /// control characters, non-ASCII text, a one-paragraph text and an empty one.
    @Test(arguments: [
        ["C:\\new folder\\n is a path, not a break.", "Second \"quoted\" paragraph.\twith a tab"],
        ["Only one paragraph, ending in a backslash \\"],
        ["Kraków, Zürich and 東京.", "😀 outside the BMP.", "Third."],
        ["\\", "\\\\", "n"],
    ])
    func piecesJoined_equalTheEncodedArticle_forTrickyTexts(paragraphs: [String]) throws {
        let snapshot = CorpusSnapshot.build(from: [
            TestExtraction.make(title: "Tricky Text", paragraphs: paragraphs, entities: [], quotes: [])
        ])
        let id = try #require(snapshot.articles(ArticleQuery()).items.first?.id)
        let pieces = try #require(snapshot.encodedArticlePieces(id: id))
        #expect(joined(pieces) == snapshot.encodedArticle(id: id))
    }
}
