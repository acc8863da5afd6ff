import Testing
@testable import BylineExtraction

/// A verb of reporting in a passive (`was called`, `was told`, `was asked`) says nothing of
/// its subject's words; `was quoted as saying` does (session 11, `SpeakerPhraseReader.isPassive`).
@Suite struct PassiveReportingVerbTests {
    private func speakers(_ sentence: String) -> [String?] {
        let paragraphs = ["The harbor board met on Monday.", sentence]
        let person = QuoteTestSupport.person("Dana Pike", gender: .female, in: paragraphs)
        return QuoteTestSupport.directSpeakers(paragraphs, entities: [person])
    }

    @Test func calledByOthers_namesNobody() {
        #expect(speakers("Dana Pike was called \"a closet radical\" by her rivals.") == [nil])
    }

    @Test func toldThatClause_namesNobody() {
        #expect(speakers("Dana Pike was told the levy was \"dead on arrival\".") == [nil])
    }

    @Test func askedQuestion_namesNobody() {
        #expect(speakers("Dana Pike was later asked, \"Will you run again?\"") == [nil])
    }

    @Test func quotedAsSaying_staysTheSubjects() {
        #expect(speakers("Dana Pike was quoted as saying the levy was \"dead on arrival\".") == ["Dana Pike"])
    }

    @Test func activeVerbAfterAuxiliaryHave_staysTheSubjects() {
        #expect(speakers("Dana Pike has repeatedly called the levy \"dead on arrival\".") == ["Dana Pike"])
    }
}

/// The quotation a passive verb of saying opens is still a full one (session 11).
@Suite struct PassiveOpenedQuotationKindTests {
    @Test func askedQuestion_isFull() {
        let quotes = QuoteTestSupport.direct(["The harbor board met on Monday.", "Dana Pike was asked, \"Will you run again?\""])
        #expect(quotes.map(\.kind) == [.full])
    }

    @Test func lowerCaseFragmentAfterPassive_staysPartial() {
        let quotes = QuoteTestSupport.direct(["The harbor board met on Monday.", "Dana Pike was called, in print, \"a closet radical\"."])
        #expect(quotes.map(\.kind) == [.partial])
    }
}
