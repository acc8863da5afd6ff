import Testing
@testable import BylineExtraction

/// `X supports "..."`, `X vowed to "..."`: the object of a verb of stance is the subject's phrase.
@Suite struct StanceVerbRuleTests {
    private func speaker(_ sentence: String, quote: Int = 0) -> String? {
        QuoteTestSupport.speakerWords(StanceVerbRule(), quote: quote, in: [sentence])
    }

    @Test func directObjectOfStanceVerb_isTheSubjects() {
        #expect(speaker("Carla Mendes supports \"fair wage increases\" for county workers.") == "Carla Mendes")
        #expect(speaker("Tom Waller welcomed \"the end of a long and painful dispute.\"") == "Tom Waller")
    }

    @Test func objectPastNounAndPreposition_isTheSubjects() {
        #expect(speaker("Tom Waller expressed deep regret for \"my failure to bridge our divisions.\"") == "Tom Waller")
        #expect(speaker("Carla Mendes has consistently pushed her plan for \"universal transit\" in the county.") == "Carla Mendes")
    }

    @Test func infinitiveAfterSubject_isTheSubjects() {
        #expect(speaker("Tom Waller used his closing speech to offer \"hope\" to the workers.") == "Tom Waller")
        #expect(speaker("Carla Mendes has vowed to \"clean up the harbor\" within a year.") == "Carla Mendes")
    }

    @Test func infinitiveAfterAVerbOfAsking_isTheSentencesSubject() {
        #expect(speaker("Tom Waller used the last question to demand wealthy donors \"pay their share.\"") == "Tom Waller")
    }

    @Test func infinitiveAfterAnObject_isNotTheSubjects() {
        #expect(speaker("Tom Waller urged them to support \"a fair deal for the harbor.\"") == nil)
    }

    @Test func participleAfterComma_sharesTheSubject() {
        #expect(speaker("Carla Mendes released a statement on Monday, offering \"a full and sincere apology\" to members.") == "Carla Mendes")
    }

    @Test func callFor_andWarnOf_needTheirParticle() {
        #expect(speaker("Tom Waller called for a \"complete overhaul\" of the agency.") == "Tom Waller")
        #expect(speaker("Carla Mendes warned of \"a summer of gridlock\" on the roads.") == "Carla Mendes")
        #expect(speaker("Tom Waller warned the council \"a summer of gridlock\" was near.") == nil)
    }

    @Test func secondCoordinatedVerb_sharesTheSubject() {
        #expect(speaker("Carla Mendes supports \"fair raises,\" opposes \"pay freezes\" for county staff.", quote: 1) == "Carla Mendes")
    }

    @Test func participleAfterTheQuotation_stillEndsTheObject() {
        #expect(speaker("Tom Waller advocates a \"harbor tax\" modeled after the one in Oslo.") == "Tom Waller")
    }

    @Test func quotedModifierOfANoun_isATerm() {
        #expect(speaker("Carla Mendes supported the \"Clean Harbor\" bill last year.") == nil)
    }

    @Test func passive_namesNobody() {
        #expect(speaker("The mayor was accused of \"gross negligence\" by the auditors.") == nil)
    }

    @Test func objectAcrossAClause_isNotTheSubjects() {
        #expect(speaker("Tom Waller supports a plan that critics call a \"giveaway.\"") == nil)
        #expect(speaker("Carla Mendes promoted the festival, which was a \"huge success.\"") == nil)
    }

    @Test func possessedQuotation_isLeftToThePossessor() {
        #expect(speaker("Tom Waller mocked Carla Mendes's \"Harbor First\" slogan.") == nil)
    }

    @Test func stanceVerb_attributesInTheSieve() {
        let found = QuoteTestSupport.extract(["Carla Mendes opposes \"across-the-board pay freezes\" for county staff."])
        #expect(found.first { $0.kind != .indirect }?.speaker == "Carla Mendes")
    }
}
