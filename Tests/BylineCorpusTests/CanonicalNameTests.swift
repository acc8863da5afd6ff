@testable import BylineCorpus
import BylineExtraction
import BylineModel
import Testing

/// The corpus-wide name of an entity from the names its articles gave it.
@Suite struct CanonicalNameTests {
    @Test func nicknameOfOneArticle_losesToTheNameMoreArticlesUse() {
        let name = EntityBuilder.canonicalName(among: [
            ("Hillary Clinton", 5, 0), ("Crooked Hillary Clinton", 1, 1),
        ])
        #expect(name == "Hillary Clinton")
    }

    @Test func acronymMoreArticlesUse_namesTheOrganization() {
        let name = EntityBuilder.canonicalName(among: [
            ("Northern Water Authority", 1, 0), ("NWA", 3, 1),
        ])
        #expect(name == "NWA")
    }

    @Test func sameLettersSpelledBetterElsewhere_win() {
        #expect(EntityBuilder.canonicalName(among: [("Fact’check", 1, 0), ("FactCheck", 2, 1)]) == "FactCheck")
    }

    @Test func singleWord_neverReplacesTheFullName() {
        let name = EntityBuilder.canonicalName(among: [("Vladimir Putin", 1, 0), ("Putin", 9, 1)])
        #expect(name == "Vladimir Putin")
    }

    @Test func evenlyUsedForms_keepTheLongest() {
        let name = EntityBuilder.canonicalName(among: [("Hillary Clinton", 2, 0), ("Crooked Hillary Clinton", 2, 1)])
        #expect(name == "Crooked Hillary Clinton")
        #expect(EntityBuilder.canonicalName(among: [("Donald Trump", 4, 0), ("Donald J. Trump", 1, 1)]) == "Donald J. Trump")
    }

    @Test func nicknamedArticle_linksUnderTheCommonName() throws {
        let stories = (1...2).map { index in
            TestExtraction.make(
                title: "Rally \(index)", paragraphs: ["Ana Ruiz spoke. Ruiz left."],
                entities: [TestEntity(name: "Ana Ruiz", type: .person, forms: ["Ruiz"])])
        }
        let nicknamed = TestExtraction.make(
            title: "Rally 3", paragraphs: ["Tireless Ana Ruiz spoke. Ana Ruiz left."],
            entities: [TestEntity(name: "Tireless Ana Ruiz", type: .person, forms: ["Ana Ruiz"])])
        let snapshot = CorpusSnapshot.build(from: stories + [nicknamed])
        let entity = try #require(snapshot.entity(id: "ana-ruiz"))
        #expect(entity.name == "Ana Ruiz")
        #expect(entity.aliases.contains("Tireless Ana Ruiz"))
    }
}
