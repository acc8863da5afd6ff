import Testing
@testable import BylineExtraction

/// `"...," said Hale. Unless rivals quit, "it's very hard to see ..."`: the reporter carries the
/// speaker's clause on into the next sentence.
@Suite struct FollowingSentenceRuleTests {
    private func quotes(_ paragraphs: [String]) -> [ExtractedForTest] {
        QuoteTestSupport.direct(paragraphs)
    }

    @Test func lowerCaseClauseInTheNextSentence_keepsTheSpeaker() {
        let found = quotes([
            "\"It is a turning point,\" said Jo Hale, a county planner. Unless the council changes course, \"the harbor will be closed within a decade.\""
        ])
        #expect(found.count == 2)
        #expect(found.last?.speaker == "Jo Hale")
    }

    @Test func shortTermInTheNextSentence_isNobodys() {
        let found = quotes([
            "\"It is a turning point,\" said Jo Hale, a county planner. The \"opt out\" movement grew fast."
        ])
        #expect(found.last?.speaker == nil)
    }

    @Test func clauseTwoSentencesLater_isNobodys() {
        let found = quotes([
            "\"It is a turning point,\" said Jo Hale, a county planner. The vote is in May. Unless the council acts, \"the harbor will be closed within a decade.\""
        ])
        #expect(found.last?.speaker == nil)
    }

    @Test func clauseInTheNextParagraph_isNobodys() {
        let found = quotes([
            "\"It is a turning point,\" said Jo Hale, a county planner.",
            "Unless the council acts, \"the harbor will be closed within a decade.\"",
        ])
        #expect(found.last?.speaker == nil)
    }
}
