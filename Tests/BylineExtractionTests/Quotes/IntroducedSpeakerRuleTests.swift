import Testing
@testable import BylineExtraction

/// `Dana Pike, 54, a retired teacher, is voting for Waller. "..."`: a sentence presenting a new
/// voice sets up the quotation after it (session 8).
@Suite struct IntroducedSpeakerRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }
    private func ruleSpeaker(_ paragraphs: [String]) -> String? {
        QuoteTestSupport.speakerWords(IntroducedSpeakerRule(), quote: 0, in: paragraphs)
    }

    @Test func nameWithAgeOrDescription_setsUpTheQuotation() {
        #expect(speakers(["Dana Pike, 54, a retired teacher from Dayton, is voting for Waller. \"He gets things done.\""]) == ["Dana Pike"])
        #expect(ruleSpeaker(["Tom Waller, who runs a bakery on Main Street, lost his store in the flood.", "\"We lost everything.\""]) == "Tom Waller")
    }

    @Test func nameAlone_orAKnownRole_introducesNobody() {
        #expect(speakers(["Dana Pike arrived late. \"Nobody expected it.\""]) == [nil])
        #expect(ruleSpeaker(["Dana Pike, the senator, arrived late. \"Nobody expected it.\""]) == nil)
    }

    @Test func personWhoIsNotTheSubject_introducesNobody() {
        #expect(ruleSpeaker(["The bill was written by Dana Pike, a Democrat from Ohio. \"Nobody expected it.\""]) == nil)
    }

    @Test func paragraphInBetween_breaksTheIntroduction() {
        #expect(ruleSpeaker(["Dana Pike, 54, is voting for Waller.", "The polls open at seven.", "\"He gets things done.\""]) == nil)
    }
}
