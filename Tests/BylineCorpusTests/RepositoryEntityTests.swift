import BylineCorpus
import BylineModel
import Foundation
import Testing

@Suite struct RepositoryEntityTests {
    let snapshot = SampleCorpus.snapshot()

    func ids(_ query: EntityQuery) -> [String] { snapshot.entities(query).items.map(\.id) }

    @Test func defaultOrder_isMostMentionedFirst() {
        #expect(ids(EntityQuery()).first == "moscow")
        #expect(ids(EntityQuery(sort: .name)) == ["ana-munoz", "moscow", "sergey-lavrov", "vladimir-putin"])
    }

    @Test func typeAndPrefix_filter() {
        #expect(ids(EntityQuery(type: .location)) == ["moscow"])
        #expect(ids(EntityQuery(prefix: "pu")) == ["vladimir-putin"])  // a word of the name
        #expect(ids(EntityQuery(prefix: "muno")) == ["ana-munoz"])  // folded
        #expect(ids(EntityQuery(prefix: "")).isEmpty)
    }

    @Test func byArticle() {
        #expect(Set(ids(EntityQuery(articleId: "mayor-opens-library"))) == ["ana-munoz", "moscow"])
    }

    @Test func detail_carriesMentions_listItemsDoNot() throws {
        #expect(snapshot.entity(id: "vladimir-putin")?.mentions?.count == 2)
        #expect(snapshot.entities(EntityQuery()).items.allSatisfy { $0.mentions == nil })
        let encoded = try #require(snapshot.encodedEntity(id: "vladimir-putin"))
        #expect(try JSONDecoder().decode(Entity.self, from: Data(encoded)).mentions == nil)
        #expect(snapshot.mentions(ofEntity: "moscow", page: PageRequest(limit: 2))?.total == 3)
        #expect(snapshot.mentions(ofEntity: "nobody", page: PageRequest()) == nil)
    }

    @Test func related_countsSharedArticles() throws {
        let related = try #require(snapshot.relatedEntities(of: "moscow", page: PageRequest()))
        #expect(related.items.map(\.entity.id) == ["sergey-lavrov", "ana-munoz", "vladimir-putin"])
        #expect(related.items.map(\.sharedArticles) == [2, 1, 1])
        #expect(snapshot.relatedEntities(of: "nobody", page: PageRequest()) == nil)
    }
}
