import Testing
@testable import BylineExtraction

/// Verbs of manner (`fumed`, `posted`, `retweeted`, `interrupted`) cue quotations; as reported
/// speech they carry words only through `that`, after the person they address, or with
/// nothing after them in the sentence. With an object of their own they report nothing.
@Suite struct MannerVerbReportTests {
    private func indirect(_ paragraphs: [String]) -> [ExtractedForTest] {
        QuoteTestSupport.extract(paragraphs).filter { $0.kind == .indirect }
    }

    @Test func objectOfAThing_reportsNothing() {
        #expect(indirect(["Maria Lopez also retweeted an unflattering photo of her rival."]).isEmpty)
        #expect(indirect(["The Dover Mill Company posted a 12% jump in quarterly sales."]).isEmpty)
    }

    @Test func coordinatedVerbAfterIt_isNoContent() {
        let found = indirect(["Ivan Petrov laughed and thanked the volunteers for coming."])
        #expect(!found.contains { $0.cue == "laughed" })
    }

    @Test func objectAfterTheCueOfAPostposedClause_reportsNothing() {
        let found = indirect(["Soon after the vote, Ivan Petrov interrupted a long discussion with a question."])
        #expect(found.isEmpty)
    }

    @Test func personAddressed_stillReports() {
        let found = indirect(["Maria Lopez pressed him on his refusal to release the records."])
        #expect(found.first?.cue == "pressed")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func thatClause_stillReports() {
        let found = indirect(["Maria Lopez posted on Facebook that the bridge would reopen in May."])
        #expect(found.first?.text == "the bridge would reopen in May")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func nothingAfterAPostposedCue_stillReports() {
        let found = indirect(["The plan is dead in the water, Ivan Petrov fumed."])
        #expect(found.first?.text == "The plan is dead in the water")
        #expect(found.first?.speaker == "Ivan Petrov")
    }
}
