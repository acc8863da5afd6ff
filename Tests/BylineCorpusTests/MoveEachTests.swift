import BylineExtraction
import BylineModel
import Testing

@testable import BylineCorpus

/// Linking moves each per-article entity's parts into its corpus entity (`Array.moveEach`)
/// instead of copying them: the same values arrive, in order, and the entities are left empty.
@Suite struct MoveEachTests {
    @Test func moveEach_handsEveryElementInOrder_andLeavesThePlaceholder() {
        var words = ["Lena Okafor", "the harbour authority", "", "Ministry of Coastal Affairs"]
        var seen: [String] = []
        words.moveEach(leaving: "") { seen.append($0) }
        #expect(seen == ["Lena Okafor", "the harbour authority", "", "Ministry of Coastal Affairs"])
        #expect(words == ["", "", "", ""])
    }

    @Test func moveEach_onAnEmptyArray_callsNothing() {
        var none: [String] = []
        var calls = 0
        none.moveEach(leaving: "") { _ in calls += 1 }
        #expect(calls == 0)
        #expect(none.isEmpty)
    }

    @Test func link_movesMentionsAliasesAndTitles_andLeavesTheEntitiesEmpty() {
        let long = "Harbour Commissioner Lena Okafor of the Northern Port"  // not a small string
        func entity(_ name: String, mentions: [(Int, String)]) -> PreparedArticle.Entity {
            PreparedArticle.Entity(
                name: name, type: .person, aliases: ["Okafor", long], titles: ["Harbour Commissioner"],
                mentions: mentions.map { (TextSpan(start: $0.0, end: $0.0 + $0.1.utf16.count), $0.1) })
        }
        var entities: [[PreparedArticle.Entity]] = [
            [entity("Lena Okafor", mentions: [(0, "Lena Okafor"), (40, long)])],
            [entity("Okafor", mentions: [(12, "Okafor")])],
        ]
        let linked = CorpusLinker.link(entities: &entities, quotes: [[], []], order: [0, 1])
        #expect(linked.entities.count == 1)
        #expect(linked.entities.first?.name == "Lena Okafor")
        #expect(Set(linked.entities.first?.aliases ?? []) == ["Okafor", long])
        #expect(linked.entities.first?.titles == ["Harbour Commissioner"])
        #expect(linked.mentions.first?.map(\.text) == ["Lena Okafor", long, "Okafor"])
        #expect(linked.mentions.first?.map(\.article) == [0, 0, 1])
        for article in entities {
            for left in article {
                #expect(left.aliases.allSatisfy { $0.isEmpty })
                #expect(left.titles.allSatisfy { $0.isEmpty })
                #expect(left.mentions.allSatisfy { $0.text.isEmpty })
            }
        }
    }
}
