@testable import BylineCorpus
import BylineModel
import Testing

@Suite struct EntityStoreTests {
    let entities = [
        Entity(
            id: "rex-tillerson", name: "Rex Tillerson", type: .person, aliases: ["Tillerson", "Secretary Tillerson"],
            titles: ["Secretary of State"], mentionCount: 12, articleCount: 3),
        Entity(id: "nato", name: "NATO", type: .organization, mentionCount: 2, articleCount: 1),
        Entity(
            id: "sao-paulo", name: "São Paulo", type: .location, aliases: ["Sao Paulo"], titles: [],
            mentionCount: 1, articleCount: 1),
    ]

    @Test func values_comeBackAsStored() {
        let store = EntityStore(entities)
        #expect(store.count == 3)
        #expect(store.indices.map { store[$0] } == entities)
        #expect(store.indices.map(store.id) == entities.map(\.id))
        #expect(store.indices.map(store.name) == entities.map(\.name))
        #expect(store.types == entities.map(\.type))
    }

    @Test func ids_findTheirPositions() {
        let store = EntityStore(entities)
        #expect(store.index(of: "nato") == 1)
        #expect(store.index(of: "sao-paulo") == 2)
        #expect(store.index(of: "putin") == nil)
    }

    @Test func keys_areTheFoldedNameAndAliases() {
        let store = EntityStore(entities)
        #expect(store.keys(0) == ["Rex Tillerson", "Tillerson", "Secretary Tillerson"].map(EntityKey.of))
        #expect(store.keys(1) == [EntityKey.of("NATO")])
        #expect(store.keys(2) == ["São Paulo", "Sao Paulo"].map(EntityKey.of))
    }

    /// Made with the name keys the snapshot build worked out, the store is the one it makes
    /// itself: the same values, ids and keys.
    @Test func givenNameKeys_storeWhatItWouldWorkOut() {
        let own = EntityStore(entities)
        let given = EntityStore(entities, nameKeys: entities.map { EntityKey.of($0.name) })
        #expect(given.indices.map { given[$0] } == own.indices.map { own[$0] })
        #expect(given.indices.map { given.keys($0) } == own.indices.map { own.keys($0) })
        #expect(given.indices.map(given.id) == own.indices.map(own.id))
    }
}
