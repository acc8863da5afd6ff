import Testing
@testable import BylineExtraction

/// `The plan was drafted by Dana Pike, the city's treasurer, who said it was "long overdue"`:
/// `who` after a name and its apposition speaks for the name (session 9).
@Suite struct AppositiveRelativeRuleTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func nameWithApposition_isTheSpeaker() {
        #expect(speakers("The plan was drafted by Dana Pike, the city's treasurer, who said it was \"long overdue\".") == ["Dana Pike"])
        #expect(
            speakers("The mayor has a frosty relationship with Tom Waller, now the council leader, who in 2010 said the goal was to make her a \"one-term mayor.\"")
                == ["Tom Waller"])
    }

    @Test func ageApposition_isTheSpeaker() {
        #expect(speakers("The shop belongs to Dana Pike, 54, who told reporters the rent was \"out of control\".") == ["Dana Pike"])
    }

    @Test func cueRecordsTheVerb() {
        let found = QuoteTestSupport.direct(["The plan was drafted by Dana Pike, the city's treasurer, who said it was \"long overdue\"."])
        #expect(found.first?.cue == "said")
    }

    @Test func listOfNames_namesNobodyByThisRule() {
        let sentence = ["The panel heard from Dana Pike, Tom Waller, who said the fees were \"too high\"."]
        #expect(QuoteTestSupport.speakerWords(AppositiveRelativeRule(), quote: 0, in: sentence) == nil)
    }

    @Test func relativeClauseClosedBeforeTheQuotation_namesNobodyByThisRule() {
        let sentence = ["Voters met Dana Pike, the treasurer, who said nothing, at the \"listening session\" downtown."]
        #expect(QuoteTestSupport.speakerWords(AppositiveRelativeRule(), quote: 0, in: sentence) == nil)
    }
}
