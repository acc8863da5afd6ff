import Testing
@testable import BylineExtraction

/// `In the words of Dana Pike, the plan is "dead on arrival"`: the person whose words the
/// phrase names speaks the quotation beside it (session 9).
@Suite struct InWordsRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func inTheWordsOf_namesTheSpeaker() {
        #expect(speakers(["In the words of Dana Pike, the harbor plan is \"dead on arrival\"."]) == ["Dana Pike"])
        #expect(speakers(["The harbor plan is \"dead on arrival,\" in the words of Dana Pike."]) == ["Dana Pike"])
    }

    @Test func possessorsWords_namesTheSpeaker() {
        #expect(speakers(["The harbor plan, in Dana Pike's words, is \"dead on arrival\"."]) == ["Dana Pike"])
    }

    @Test func pronounsOwnWords_resolveToThePerson() {
        let paragraphs = ["Tom Waller sold the bakery in May.", "He was, in his own words, \"very lucky\" to find a buyer."]
        let person = QuoteTestSupport.person("Tom Waller", gender: .male, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [person]) == ["Tom Waller"])
    }

    @Test func cueRecordsThePhrase() {
        #expect(QuoteTestSupport.direct(["In the words of Dana Pike, the plan is \"dead on arrival\"."]).first?.cue == "In the words")
    }

    @Test func unnamedOwner_namesNobody() {
        #expect(speakers(["In the words of one aide, the plan is \"dead on arrival\"."]) == [nil])
    }

    @Test func laterVerbOfSaying_keepsItsOwnSpeaker() {
        let sentence = ["In Dana Pike's words, Tom Waller said the plan was \"dead on arrival\"."]
        #expect(QuoteTestSupport.speakerWords(InWordsRule(), quote: 0, in: sentence) == nil)
        #expect(speakers(sentence) == ["Tom Waller"])
    }
}
