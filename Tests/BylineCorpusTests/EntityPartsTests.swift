import BylineModel
import Testing

@testable import BylineCorpus

/// The entity orders a snapshot keeps are the orders of Strings: by name key then id, and by
/// mentions or articles with ties in that order, whether the names are ASCII or not.
@Suite struct EntityPartsTests {
    static func entities() -> [Entity] {
        let names = [
            "Zoë Adams", "Zoe Adams", "zoe adams", "Émile Zola", "E\u{301}mile Zola", "Emile Zola",
            "Łukasz Nowak", "Lukasz Nowak", "Anna", "anna", "ANNA", "Ångström Lab", "Kraków",
            "Krakow", "Ödön", "Bob", "Bob", "K\u{212A}ing",
        ]
        return names.enumerated().map { index, name in
            // Ids out of name order, some sharing a slug's start, so ties need the id.
            Entity(
                id: "\(EntityKey.of(name).isEmpty ? "x" : EntityKey.of(name))-\((index * 7) % 5)-\(index)",
                name: name, type: .person, mentionCount: index % 3, articleCount: (index * 5) % 4)
        }
    }

    @Test func orders_areThoseOfStrings() {
        let entities = Self.entities()
        let parts = SnapshotBuilder.EntityParts(entities)
        let keys = entities.map { EntityKey.of($0.name) }
        let byName = entities.indices.sorted { (keys[$0], entities[$0].id) < (keys[$1], entities[$1].id) }
        #expect(parts.byName == byName)
        var rank = [Int](repeating: 0, count: entities.count)
        for (position, entity) in byName.enumerated() { rank[entity] = position }
        let byMentions = entities.indices.sorted {
            (-entities[$0].mentionCount, rank[$0]) < (-entities[$1].mentionCount, rank[$1])
        }
        let byArticles = entities.indices.sorted {
            (-entities[$0].articleCount, rank[$0]) < (-entities[$1].articleCount, rank[$1])
        }
        #expect(parts.byMentions == byMentions)
        #expect(parts.byArticles == byArticles)
    }

    /// The same entities in another order give the same orders of the same entities.
    @Test func orders_doNotDependOnInputOrder() {
        let entities = Self.entities()
        let reversed = Array(entities.reversed())
        let forward = SnapshotBuilder.EntityParts(entities)
        let backward = SnapshotBuilder.EntityParts(reversed)
        #expect(forward.byName.map { entities[$0].id } == backward.byName.map { reversed[$0].id })
        #expect(forward.byMentions.map { entities[$0].id } == backward.byMentions.map { reversed[$0].id })
        #expect(forward.byArticles.map { entities[$0].id } == backward.byArticles.map { reversed[$0].id })
    }
}
