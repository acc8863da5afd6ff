import Testing
@testable import BylineExtraction

/// Participle clauses that carry a named speaker on (session 6), on sentences written here.
@Suite struct ParticipleChainTests {
    @Test func participleJoinedByAnd_sharesTheEarlierParticiplesSpeaker() {
        let found = QuoteTestSupport.direct([
            "Dana Pike emailed her condolences, addressing her warmly and telling her, \"you are an all-star player.\""
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func participleAfterQuotedComma_isSetOffLikeAfterAComma() {
        let found = QuoteTestSupport.direct([
            "Tom Waller wears a suit in videos he calls \"Waller TV,\" pointing to bottles and telling viewers that syrup is \"destroying America.\""
        ])
        #expect(found.last?.speaker == "Tom Waller")
    }

    @Test func participleClauseOfANamedPerson_whenTheSentenceSubjectIsTheWriter() {
        let found = QuoteTestSupport.direct([
            "I remember President Dana Pike going on TV in 1977, declaring a \"moral equivalent of war\" against oil imports."
        ])
        #expect(found.first?.speaker == "Dana Pike", "\(found)")
    }

    @Test func participleWithoutAnyNamedClause_staysUnattributed() {
        let found = QuoteTestSupport.direct(["I remember going on TV in 1977, declaring a \"moral equivalent of war\" on oil."])
        #expect(found.first?.speaker == nil)
    }
}

/// `led advisers like Gene Sperling to counter that "..."`: a causative verb's object says it.
@Suite struct CausativeSpeakerTests {
    @Test func causativeObject_isTheSpeaker() {
        let found = QuoteTestSupport.direct([
            "The post was shared widely, leading advisers like Tom Waller to counter that \"every cent was repaid.\""
        ])
        #expect(found.first?.speaker == "Tom Waller")
    }

    @Test func requestVerbObject_isNoSpeaker() {
        // `urged Waller to say`: what Waller should say, not what he said.
        let found = QuoteTestSupport.direct(["Dana Pike urged Tom Waller to say that the plan was \"dead.\""])
        #expect(found.first?.speaker != "Tom Waller")
    }
}

/// `Cruz named "Veep" and "Fargo" as his top shows`, `PolitiFact rated the claims as "false"`.
@Suite struct ListingVerbRuleTests {
    @Test func namedList_isTheSubjects() {
        let found = QuoteTestSupport.direct([
            "Dana Pike, who has surged in Iowa, named \"Criminal Minds,\" \"Veep\" and \"Fargo\" as her top shows."
        ])
        #expect(found.map(\.speaker) == ["Dana Pike", "Dana Pike", "Dana Pike"])
        #expect(found.map(\.kind) == [.partial, .partial, .partial])
    }

    @Test func nounBeforeNamed_isAParticiple() {
        let found = QuoteTestSupport.direct(["Dana Pike took a class named \"Perception\" at Yale."])
        #expect(found.first?.speaker == nil)
    }

    @Test func passiveNamed_namesNobody() {
        let found = QuoteTestSupport.direct(["Dana Pike was named \"Person of the Year\" by the magazine."])
        #expect(found.first?.speaker == nil)
    }

    @Test func ratedAsWithAPercentage_isTheRatersWords() {
        let found = QuoteTestSupport.direct([
            "PolitiFact rated 32% of Republican claims as \"false\" or \"pants on fire,\" compared to 11% of others."
        ])
        #expect(found.map(\.speaker) == ["PolitiFact", "PolitiFact"])
    }
}
