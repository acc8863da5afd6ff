import Testing
@testable import BylineExtraction

/// `"...," reads a statement from Hale.`: a named message with its own verb gives its author
/// (session 8).
@Suite struct MessageReadsRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func invertedMessageVerb_givesTheAuthorAfterFrom() {
        #expect(speakers(["\"We are saddened by the news,\" reads a statement from Senator Dana Pike."]) == ["Dana Pike"])
        #expect(speakers(["\"Our doors stay open,\" read a letter signed by Lena Ortiz, the city's mayor."]) == ["Lena Ortiz"])
    }

    @Test func messageAsSubject_givesTheAuthorAfterFrom() {
        #expect(speakers(["\"We will not back down,\" the statement from Tom Waller read."]) == ["Tom Waller"])
    }

    @Test func authorThatIsNoName_givesNobody() {
        #expect(speakers(["\"We will not back down,\" reads a statement from the campaign."]) == [nil])
        #expect(speakers(["\"Stop the cuts,\" read a sign held by a protester."]) == [nil])
    }

    @Test func messageGoingOnIntoAnotherClause_isLeftAlone() {
        let rule = QuoteTestSupport.speakerWords(
            MessageReadsRule(), quote: 0, in: ["\"We are sorry,\" the statement from Tom Waller read before Dana Pike spoke."])
        #expect(rule == nil)
    }
}
