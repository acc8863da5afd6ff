import Testing
@testable import BylineExtraction

/// `X published "Title"`, `X released a memo titled "..."`: a work's title or text is its author's.
@Suite struct AuthoredWorkRuleTests {
    private func speaker(_ sentence: String) -> String? {
        QuoteTestSupport.speakerWords(AuthoredWorkRule(), quote: 0, in: [sentence])
    }

    @Test func titleRightAfterTheVerb_isTheAuthors() {
        #expect(speaker("In 2004, Carla Mendes published \"Harbor Days,\" a memoir of her years on the council.") == "Carla Mendes")
    }

    @Test func titleAfterATitlingParticiple_isTheAuthors() {
        #expect(speaker("On Monday, Tom Waller released a memo titled \"Where the Race Stands.\"") == "Tom Waller")
        #expect(speaker("Carla Mendes wrote a column in The Harbor Times, entitled, \"Why the Port Matters.\"") == "Carla Mendes")
        #expect(speaker("Tom Waller posted a message on Twitter reading \"Thank you, Ohio\" after the polls closed.") == "Tom Waller")
    }

    @Test func infinitiveOfAuthoring_takesTheSentencesSubject() {
        #expect(speaker("In May, Harbor Press plans to release \"The Making of a Mayor,\" by a local reporter.") == "Harbor Press")
    }

    @Test func workMerelyNamed_hasNoAuthor() {
        #expect(speaker("Carla Mendes taught a class called \"Perception\" in 2002.") == nil)
        #expect(speaker("The crowd cheered as the rock classic \"All Right Now\" blared from the speakers.") == nil)
    }

    @Test func passiveOrNounUse_hasNoAuthor() {
        #expect(speaker("A memo titled \"Where the Race Stands\" was released on Monday.") == nil)
        #expect(speaker("The book was published as \"Harbor Days\" in 2004.") == nil)
        #expect(speaker("Tom Waller praised the release titled \"Harbor Days\" on Monday.") == nil)
    }
}
