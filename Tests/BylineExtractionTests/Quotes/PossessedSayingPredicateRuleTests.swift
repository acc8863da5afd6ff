import Testing
@testable import BylineExtraction

/// `Hale's campaign slogan is "..."`: a possessor's noun of saying equated by a copula with the
/// quotation gives the possessor (session 14).
@Suite struct PossessedSayingPredicateRuleTests {
    private func rule(_ sentence: String, quote: Int = 0) -> String? {
        QuoteTestSupport.speakerWords(PossessedSayingPredicateRule(), quote: quote, in: [sentence])
    }

    @Test func sloganIsTheQuotation_givesThePossessor() {
        #expect(rule("Dana Pike's campaign slogan is \"Forward together.\" But now she wants more.") == "Dana Pike")
        #expect(rule("Tom Waller's dictum to his interns (repeated to me often) was, \"Check every fact twice.\"") == "Tom Waller")
        #expect(rule("In the spring, Dana Pike's rallying cry was \"fix the harbor first.\"") == "Dana Pike")
    }

    @Test func contentClause_givesThePossessor() {
        #expect(rule("Pike's catch phrase in that race against Waller was that Waller \"would say anything to win.\"") == "Pike")
        #expect(rule("Waller's answer was that the plan \"would never pass\" the council.") == "Waller")
    }

    @Test func possessivePronoun_isTheSpeakerPhrase() {
        #expect(rule("His motto was \"never give up on the harbor.\"") == "His")
    }

    @Test func judgedNoun_takesNoContent() {
        // A predicate that judges a speech or an answer is someone else's word for it.
        #expect(rule("Dana Pike's speech was \"a disaster\" for the party.") == nil)
        #expect(rule("Tom Waller's answer was \"weak and evasive.\"") == nil)
    }

    @Test func noPossessor_ownsNothing() {
        #expect(rule("The slogan was \"Forward together\" until the spring.") == nil)
    }

    @Test func nounAsObject_isNoSubject() {
        #expect(rule("Tom Waller mocked Dana Pike's slogan, which was \"Forward together.\"") == nil)
    }

    @Test func inTheSieve_thePossessorSpeaks() {
        #expect(QuoteTestSupport.directSpeakers(["Dana Pike's campaign slogan is \"Forward together.\" She repeats it daily."]) == ["Dana Pike"])
    }
}
