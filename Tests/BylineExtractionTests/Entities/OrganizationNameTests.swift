import BylineModel
import Testing

@testable import BylineExtraction

/// An organisation is named the way its article writes it most often; a person keeps the
/// fullest name.
@Suite struct OrganizationNameTests {
    @Test func acronymWrittenMoreOften_namesTheOrganization() throws {
        let found = Recognized(
            "The Northern Water Authority (NWA) raised its rates on Monday.",
            "The NWA said the increase was needed. Critics of the NWA disagreed.")
        let entity = try #require(found.named("NWA"))
        #expect(entity.name == "NWA")
        #expect(entity.aliases.contains("Northern Water Authority"))
    }

    @Test func fullNameWrittenAsOften_keepsTheFullName() throws {
        let found = Recognized(
            "The Northern Water Authority (NWA) raised its rates on Monday.",
            "The Northern Water Authority said the increase was needed.")
        let entity = try #require(found.named("NWA"))
        #expect(entity.name == "Northern Water Authority")
        #expect(entity.aliases == ["NWA"])
    }

    @Test func person_keepsTheFullestName() throws {
        let found = Recognized("Vladimir Putin spoke on Monday. Putin said little. Putin left early.")
        #expect(try #require(found.named("Putin")).name == "Vladimir Putin")
    }

    @Test func spellingVariants_compareLettersOnly() {
        let short = (name: "Politi’fact", words: ["Politi’fact"])
        #expect(EntityLinker.spellsSameName("PolitiFact", asName: short.name, words: short.words))
        #expect(!EntityLinker.spellsSameName("Politics", asName: short.name, words: short.words))
        let long = (name: "Northern Water Authority", words: ["Northern", "Water", "Authority"])
        #expect(EntityLinker.spellsSameName("NWA", asName: long.name, words: long.words))
        #expect(EntityLinker.spellsSameName("N.W.A.", asName: long.name, words: long.words))
        #expect(!EntityLinker.spellsSameName("Water Authority", asName: long.name, words: long.words))
    }
}
