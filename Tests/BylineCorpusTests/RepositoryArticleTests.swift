import BylineCorpus
import BylineModel
import Foundation
import Testing

@Suite struct RepositoryArticleTests {
    let snapshot = SampleCorpus.snapshot()

    func ids(_ query: ArticleQuery) -> [String] { snapshot.articles(query).items.map(\.id) }

    @Test func defaultOrder_isNewestFirst_undatedLast() {
        #expect(ids(ArticleQuery()) == ["kremlin-talks-end", "moscow-weather-turns-cold", "mayor-opens-library"])
        #expect(ids(ArticleQuery(sort: .oldest)) == ["moscow-weather-turns-cold", "kremlin-talks-end", "mayor-opens-library"])
        #expect(ids(ArticleQuery(sort: .title)) == ["kremlin-talks-end", "mayor-opens-library", "moscow-weather-turns-cold"])
    }

    @Test func pagination_reportsTheWholeTotal() {
        let page = snapshot.articles(ArticleQuery(page: PageRequest(limit: 1, offset: 1)))
        #expect(page.items.map(\.id) == ["moscow-weather-turns-cold"])
        #expect((page.total, page.limit, page.offset) == (3, 1, 1))
        #expect(snapshot.articles(ArticleQuery(page: PageRequest(limit: 5, offset: 9))).items.isEmpty)
    }

    @Test func dateRange_isInclusive_andLeavesUndatedOut() {
        #expect(ids(ArticleQuery(from: "2017-01-03", to: "2017-04-11")) == ["moscow-weather-turns-cold"])
        #expect(ids(ArticleQuery(from: "2017-01-01")) == ["kremlin-talks-end", "moscow-weather-turns-cold"])
    }

    @Test func byEntity_andBySpeaker() {
        #expect(ids(ArticleQuery(entityId: "sergey-lavrov")) == ["kremlin-talks-end", "moscow-weather-turns-cold"])
        #expect(ids(ArticleQuery(speakerId: "ana-munoz")) == ["mayor-opens-library"])
        #expect(ids(ArticleQuery(entityId: "nobody")).isEmpty)
    }

    @Test func metadataFilters_foldCase() {
        #expect(ids(ArticleQuery(outlet: "npr")) == ["kremlin-talks-end"])
        #expect(ids(ArticleQuery(author: "JANE DOE")) == ["kremlin-talks-end"])
    }

    @Test func search_foldsCaseAndDiacritics_andNeedsEveryTerm() {
        #expect(ids(ArticleQuery(text: "MUNOZ library")) == ["mayor-opens-library"])
        #expect(ids(ArticleQuery(text: "munoz kremlin")).isEmpty)
        #expect(ids(ArticleQuery(text: "   ")).isEmpty)
    }

    @Test func search_ranksTitleMatchesFirst() {
        // All three mention Moscow; only one has it in the headline.
        #expect(ids(ArticleQuery(text: "moscow")).first == "moscow-weather-turns-cold")
        #expect(ids(ArticleQuery(text: "moscow")).count == 3)
    }

    @Test func encodedResources_decodeToTheModel() throws {
        let id = "kremlin-talks-end"
        let article = try JSONDecoder().decode(Article.self, from: Data(try #require(snapshot.encodedArticle(id: id))))
        #expect(article == snapshot.article(id: id))
        #expect(article.paragraphs.count == 2)
        let summary = try JSONDecoder().decode(
            ArticleSummary.self, from: Data(try #require(snapshot.encodedArticleSummary(id: id))))
        #expect(summary == snapshot.articleSummary(id: id))
        #expect(snapshot.encodedArticle(id: "missing") == nil)
    }

    @Test func encodedList_hasTheListShape() throws {
        let bytes = snapshot.encodedArticles(ArticleQuery(page: PageRequest(limit: 2)))
        let page = try JSONDecoder().decode(Page<ArticleSummary>.self, from: Data(bytes))
        #expect(page == snapshot.articles(ArticleQuery(page: PageRequest(limit: 2))))
        #expect(page.total == 3)
    }
}
