import Testing
@testable import BylineExtraction

/// `X called Y "..."`, `X described Y as "..."`: the words are the subject's, never the object's.
@Suite struct NamingVerbRuleTests {
    private func speaker(_ sentence: String) -> String? {
        QuoteTestSupport.speakerWords(NamingVerbRule(), quote: 0, in: [sentence])
    }

    @Test func calledObjectWords_areTheSubjects() {
        #expect(speaker("Tom Waller in his opening speech called the protesters \"thugs\" and promised a fence.") == "Tom Waller")
    }

    @Test func referredToObjectAs_isTheSubjectsNotTheObjects() {
        #expect(speaker("Tom Waller referred to Carla Mendes as \"a bright, charismatic leader.\"") == "Tom Waller")
    }

    @Test func describedLongObjectAs_isTheSubjects() {
        #expect(speaker("Carla Mendes described his leadership skills as a \"work in progress.\"") == "Carla Mendes")
    }

    @Test func characterizingVerbWithAsBeing_isTheSubjects() {
        #expect(speaker("Tom Waller later defended his comments as being \"sarcastic.\"") == "Tom Waller")
        #expect(speaker("Carla Mendes hailed the deal with the union as a \"breakthrough.\"") == "Carla Mendes")
    }

    @Test func relativeClauseObject_isTheRelativeClausesSubject() {
        #expect(speaker("Her anger was aimed at the adviser, who Mendes on Wednesday called \"a disgrace.\"") == "Mendes")
        #expect(speaker("It was what Jack Hale, the campaign treasurer, called \"hand-to-hand combat.\"") == "Jack Hale")
        #expect(speaker("It was a charge that Carla Mendes, for one, called \"pure fiction.\"") == "Carla Mendes")
    }

    @Test func asPartOfTheObject_isTheSubjects() {
        #expect(speaker("Tom Waller spoke on Monday, dismissing the aides as part of the \"harbor cartel.\"") == "Tom Waller")
    }

    @Test func secondCoordinatedNamingVerb_sharesTheSubject() {
        #expect(
            QuoteTestSupport.speakerWords(NamingVerbRule(), quote: 1, in: [
                "Tom Waller praised Carla Mendes as \"a bright leader\" but described her record as a \"work in progress.\""
            ]) == "Tom Waller")
    }

    @Test func commaClosingAnApposition_isNoCoordination() {
        #expect(speaker("Jo Hale, who thinks the council erred, called the new law \"much better\" than the old one.") == "Jo Hale")
    }

    @Test func participleAfterComma_sharesTheSentencesSubject() {
        #expect(speaker("Tom Waller praised the governor, calling him \"a true friend.\"") == "Tom Waller")
    }

    @Test func passiveNaming_namesNobody() {
        #expect(speaker("The program was called \"Fresh Start\" by its founders.") == nil)
        #expect(speaker("Carla Mendes taught a class called \"Perception\" in 2002.") == nil)
        #expect(speaker("The plan, dubbed \"Project Sunrise,\" was shelved.") == nil)
        #expect(speaker("The law was described by critics as \"draconian.\"") == nil)
    }

    @Test func callForIsNotNaming() {
        #expect(speaker("Tom Waller called for a \"complete overhaul\" of the agency.") == nil)
    }

    @Test func asWithoutNamingVerb_isNoCue() {
        #expect(speaker("Tom Waller served the county as a \"citizen judge\" for years.") == nil)
    }

    @Test func namingVerb_winsOverTheObjectInTheSieve() {
        let found = QuoteTestSupport.extract(["Tom Waller referred to Carla Mendes as \"a lightweight.\""])
        #expect(found.first { $0.kind != .indirect }?.speaker == "Tom Waller")
    }
}
