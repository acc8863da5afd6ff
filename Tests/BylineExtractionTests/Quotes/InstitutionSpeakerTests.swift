import Testing
@testable import BylineExtraction
import BylineModel

/// `the White House said`: an institution whose words are all title words is read as a
/// description; the organization the recognizer found under its capitals speaks (session 13).
@Suite struct InstitutionSpeakerTests {
    private func organization(_ name: String, in paragraphs: [String]) -> RecognizedEntity {
        let found = QuoteTestSupport.person(name, in: paragraphs)
        return RecognizedEntity(name: name, type: .organization, mentions: found.mentions)
    }

    @Test func theWhiteHouse_isTheOrganization() {
        let paragraphs = ["The two leaders \"reaffirmed their commitment,\" the White House said."]
        let house = organization("White House", in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [house]) == ["White House"])
    }

    @Test func federalReserve_isTheOrganization() {
        let paragraphs = ["\"Inflation remains elevated,\" the Federal Reserve said in a statement."]
        let bank = organization("Federal Reserve", in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [bank]) == ["Federal Reserve"])
    }

    /// `said the White House`: the description `the White House`, resolved alone.
    private func described(_ entities: [RecognizedEntity], _ paragraphs: [String]) -> Int? {
        let context = QuoteTestSupport.context(paragraphs)
        guard let the = context.tokens.firstIndex(where: { $0.text == "the" }) else { return nil }
        let resolver = SpeakerResolver(context: context, index: EntityIndex(entities))
        return resolver.institution(namedBy: SpeakerPhrase(kind: .descriptive, tokens: the..<(the + 3)))
    }

    @Test func unrecognizedCapitals_nameNobody() {
        #expect(described([], ["\"We reaffirm it,\" said the White House."]) == nil)
    }

    @Test func aPerson_isNotNamedThisWay() {
        let paragraphs = ["\"We reaffirm it,\" said the White House."]
        #expect(described([QuoteTestSupport.person("White House", in: paragraphs)], paragraphs) == nil)
        #expect(described([organization("White House", in: paragraphs)], paragraphs) == 0)
    }
}

/// `The White House said the plan was "..."`: an institution written only in title words,
/// after `the`, is a name subject for reported speech too (session 13).
@Suite struct InstitutionSubjectTests {
    @Test func whiteHouseOpensAReportedClause() {
        let found = QuoteTestSupport.extract(["The White House said the plan was \"a disaster\" for everyone."])
        #expect(found.contains { $0.kind == .indirect && $0.speaker == "White House" })
        #expect(found.filter { $0.kind == .partial }.map(\.speaker) == ["White House"])
    }

    @Test func partyOfTitleWords() {
        let context = QuoteTestSupport.context(["Then the Republican Party said no."])
        let reader = SpeakerPhraseReader(context: context)
        #expect(reader.institution(allTitles: 2..<4)?.kind == .name)
    }

    @Test func titlesWithoutTheOrInstitutionWord_nameNobody() {
        let context = QuoteTestSupport.context(["Then Republican President Hale said no, and the Republican leader agreed."])
        let reader = SpeakerPhraseReader(context: context)
        #expect(reader.institution(allTitles: 1..<3) == nil)
    }
}
