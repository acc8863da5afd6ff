@testable import BylineCorpus
import BylineExtraction
import BylineModel
import Testing

/// Spellings of one name (same letters, case and punctuation aside) are reported in the form
/// the text writes most; a rare variant never names the entity.
@Suite struct WrittenSpellingTests {
    @Test func typoWithStrayApostrophe_losesToTheFormTheTextWrites() throws {
        // One article writes the site's name twice correctly and once with a stray mark; the
        // recognizer makes two entities of it, the corpus one.
        let story = TestExtraction.make(
            title: "Checkers", paragraphs: [
                "FactDesk rated the claim false. FactDesk said so on Monday.",
                "Critics asked why Fact’desk had rated it true a year ago.",
            ],
            entities: [
                TestEntity(name: "FactDesk", type: .organization),
                TestEntity(name: "Fact’desk", type: .organization),
            ],
            quotes: [TestQuote(text: "rated the claim false", speaker: 1)])
        let snapshot = CorpusSnapshot.build(from: [story])
        let entity = try #require(snapshot.entity(id: "factdesk"))
        #expect(entity.name == "FactDesk")
        #expect(entity.aliases == ["Fact’desk"])
    }

    @Test func otherArticlesCasing_countsByWhatTheTextWrites() throws {
        let first = TestExtraction.make(
            title: "One", paragraphs: ["FactDesk rated it. FactDesk said so. FactDesk left."],
            entities: [TestEntity(name: "FactDesk", type: .organization)])
        let second = TestExtraction.make(
            title: "Two", paragraphs: ["Factdesk rated it too."],
            entities: [TestEntity(name: "Factdesk", type: .organization)])
        let snapshot = CorpusSnapshot.build(from: [second, first])
        #expect(try #require(snapshot.entity(id: "factdesk")).name == "FactDesk")
    }

    @Test func datelineCapitals_loseToTheWrittenName() {
        let pooled = EntityBuilder.pooledSpellings(
            [("HALDEN", 1, 0)], forms: ["HALDEN", "Halden"], written: { $0 == "Halden" ? 3 : 1 })
        #expect(pooled.map(\.name) == ["Halden"])
        // A tie: lower case over capitals only.
        let tied = EntityBuilder.pooledSpellings(
            [("HALDEN", 1, 0), ("Halden", 1, 1)], forms: ["HALDEN", "Halden"], written: { _ in 1 })
        #expect(tied.map(\.name) == ["Halden"])
        #expect(tied.first?.articles == 2)
    }

    @Test func differentNames_areNotPooled() {
        let names: [EntityBuilder.NamedForm] = [("Vladimir Putin", 1, 0), ("Putin", 4, 1)]
        let pooled = EntityBuilder.pooledSpellings(
            names, forms: ["Vladimir Putin", "Putin"], written: { $0 == "Putin" ? 9 : 1 })
        #expect(pooled.map(\.name) == ["Vladimir Putin", "Putin"])
        // Two letters are too few to call two forms one name (`US`, `Us`).
        let short = EntityBuilder.pooledSpellings([("US", 1, 0)], forms: ["US", "Us"], written: { $0 == "Us" ? 5 : 1 })
        #expect(short.map(\.name) == ["US"])
    }

    @Test func evenlyWrittenMixedCaseForms_keepTheirOwnNames() {
        let names: [EntityBuilder.NamedForm] = [("Coca-Cola", 1, 0), ("Coca Cola", 1, 1)]
        let pooled = EntityBuilder.pooledSpellings(names, forms: ["Coca-Cola", "Coca Cola"], written: { _ in 1 })
        #expect(pooled.map(\.name) == ["Coca-Cola", "Coca Cola"])
    }

    @Test func foldedHash_meetsOnSpellingsOfOneName() {
        // The quick test that lets most entities skip the pooling must agree with the folding.
        #expect(EntityBuilder.foldedHash("Politi’fact") == EntityBuilder.foldedHash("PolitiFact"))
        #expect(EntityBuilder.foldedHash("BRUSSELS") == EntityBuilder.foldedHash("Brussels"))
        #expect(EntityBuilder.foldedHash("Brussels") != EntityBuilder.foldedHash("Bruges"))
        #expect(EntityBuilder.foldedHash("US") == 0)
    }
}
