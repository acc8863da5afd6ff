import Testing
@testable import BylineExtraction

/// `The levy is "a slow disaster," as Dana Pike noted.`: a cue after the quotation's comma may
/// open with `as`; its subject must be a name or a pronoun (session 11).
@Suite struct TrailingAsCueTests {
    private func speakers(_ sentence: String) -> [String?] {
        let paragraphs = ["The harbor board met on Monday.", sentence]
        let person = QuoteTestSupport.person("Dana Pike", gender: .female, in: paragraphs)
        return QuoteTestSupport.directSpeakers(paragraphs, entities: [person])
    }

    @Test func asNameNoted() {
        #expect(speakers("The levy is \"a slow disaster,\" as Dana Pike noted.") == ["Dana Pike"])
    }

    @Test func asNameSaidWithTimePhrase() {
        #expect(speakers("The levy is \"a slow disaster,\" as Dana Pike said last week.") == ["Dana Pike"])
    }

    @Test func asDescriptionNoted_namesNobody() {
        #expect(speakers("The levy is \"a slow disaster,\" as critics have noted.") == [nil])
    }

    @Test func asClauseWithoutReportingVerb_namesNobody() {
        #expect(speakers("The levy passed \"without a murmur,\" as Dana Pike walked out.") == [nil])
    }
}
