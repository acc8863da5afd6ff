import BylineModel
import Testing

@testable import BylineExtraction

@Suite struct EntityRecognizerTests {
    @Test func lexicon_loadsEveryBundledList() {
        let lexicon = Lexicon.shared
        #expect(lexicon.problems.isEmpty)
        #expect(lexicon.place("Syria") == .country)
        #expect(lexicon.givenNames["Vladimir"] == .some(.male))
        #expect(lexicon.isCommonWord("instead"))
    }

    @Test func titledFullName_andBareSurname_areOnePerson() {
        let r = Recognized(
            "Russian President Vladimir Putin met the envoy in Moscow.",
            "Putin said the talks were useful, and Putin's aides agreed.")
        let putin = r.named("Vladimir Putin")
        #expect(putin?.type == .person)
        #expect(putin?.aliases == ["Putin"])
        #expect(putin?.titles == ["Russian President"])
        #expect(putin?.gender == .male)
        #expect(r.mentionTexts("Vladimir Putin") == ["Vladimir Putin", "Putin", "Putin"])
        #expect(r.entities.filter { $0.name.contains("Putin") }.count == 1)
    }

    @Test func businessNounAfterPossessive_typesTheNameAsOrganization() {
        let r = Recognized("The former executive once ran Halvard Marine's operations in Norway.")
        #expect(r.type(of: "Halvard Marine") == .organization)
    }

    @Test func countryInsideATitle_isItsOwnEntity_andAcronymsMerge() {
        let r = Recognized(
            "U.S. Secretary of State Mary Lowe arrived on Wednesday.",
            "Relations between the United States and Cuba are tense, the U.N. said.")
        #expect(r.type(of: "Mary Lowe") == .person)
        #expect(r.named("Mary Lowe")?.titles == ["U.S. Secretary of State"])
        #expect(r.named("Mary Lowe")?.gender == .female)
        let us = r.named("United States")
        #expect(us?.type == .location)
        #expect(us?.aliases == ["U.S."])
        #expect(r.type(of: "U.N.") == .organization)
        #expect(!r.surfaces.contains("Secretary of State"))
        #expect(!r.surfaces.contains("Wednesday"))
    }

    @Test func sentenceInitialCommonWords_calendarAndNationalities_areNotEntities() {
        let r = Recognized(
            "Instead, the minister left. Things got worse on Monday in March.",
            "Days later, Syrian and Russian officials met. Reporters asked why.")
        #expect(r.entities.isEmpty, "found \(r.surfaces)")
    }

    @Test func metonymy_followsNewsUsage() {
        let r = Recognized("The Kremlin denied it. Moscow has accused Ankara of lying.")
        #expect(r.type(of: "Kremlin") == .organization)
        #expect(r.type(of: "Moscow") == .location)
        #expect(r.type(of: "Ankara") == .location)
    }

    @Test func possessives_areCutFromTheMention() {
        let r = Recognized("NPR's Lucian Kim reports from Russia's capital.")
        #expect(r.type(of: "NPR") == .organization)
        #expect(r.type(of: "Lucian Kim") == .person)
        #expect(r.mentionTexts("NPR") == ["NPR"])
        #expect(r.type(of: "Russia") == .location)
    }

    @Test func particlesHyphensInitialsAndAccents_stayInTheName() {
        let r = Recognized(
            "Bashar al-Assad spoke to Jean-Claude Juncker and José Manuel Barroso.",
            "J.R.R. Tolkien was quoted. Assad and Juncker said nothing.")
        #expect(r.type(of: "Bashar al-Assad") == .person)
        #expect(r.named("Bashar al-Assad")?.aliases == ["Assad"])
        #expect(r.type(of: "Jean-Claude Juncker") == .person)
        #expect(r.named("Jean-Claude Juncker")?.aliases == ["Juncker"])
        #expect(r.type(of: "José Manuel Barroso") == .person)
        #expect(r.type(of: "J.R.R. Tolkien") == .person)
    }

    @Test func organisationCues_typeUnknownNames() {
        let r = Recognized(
            "Shares of Zorblax Corp. fell. The Quillon news agency reported it.",
            "Officials at the Ministry of Fisheries declined to comment.")
        #expect(r.type(of: "Zorblax Corp.") == .organization)
        #expect(r.type(of: "Quillon") == .organization)
        #expect(r.type(of: "Ministry of Fisheries") == .organization)
    }

    @Test func ofNames_areOrganisations_unlessTheirHeadIsAPlaceWord() {
        let r = Recognized("Bank of Florida lent money for ships in the Gulf of Zorbia.")
        #expect(r.type(of: "Bank of Florida") == .organization)
        #expect(r.type(of: "Gulf of Zorbia") == .location)
    }

    @Test func sharedSurname_isNotMerged_andBareSurnameGoesToTheNearest() {
        let r = Recognized(
            "George Bush met Laura Bush at the ranch.",
            "Later, Mr. Harold Bush arrived. Bush said hello.")
        let people = r.entities.filter { $0.type == .person }.map(\.name)
        #expect(people.contains("George Bush"))
        #expect(people.contains("Laura Bush"))
        #expect(r.named("Harold Bush")?.aliases == ["Bush"])
        #expect(r.named("Harold Bush")?.gender == .male)
        #expect(r.named("George Bush")?.aliases.isEmpty == true)
    }

    @Test func titledSurname_doesNotJoinAFullNameOfTheOtherGender() {
        // The president is only ever named by title and surname; his wife by her full name.
        let r = Recognized(
            "President Dalton told voters on Saturday that the vote mattered to him.",
            "Mr. Dalton spoke for an hour. The first lady, Michelle Dalton, spoke before him.",
            "Later Mr. Dalton left for Boston.")
        #expect(r.named("Michelle Dalton")?.mentions.count == 1)
        let president = r.entities.first { $0.name == "Dalton" }
        #expect(president?.type == .person)
        #expect(president?.gender == .male)
        #expect(president?.mentions.count == 3)
    }

    @Test func honorifics_followTheirOwnGender_whenASurnameIsShared() {
        let r = Recognized(
            "Michelle Dalton and Mark Dalton arrived together.",
            "Mrs. Dalton spoke first. Mr. Dalton spoke after her.")
        #expect(r.named("Michelle Dalton")?.mentions.count == 2)
        #expect(r.named("Mark Dalton")?.mentions.count == 2)
    }

    @Test func untitledSurname_stillJoinsTheOnlyFullName() {
        let r = Recognized("Michelle Dalton opened the meeting. Later, Dalton said it went well.")
        #expect(r.named("Michelle Dalton")?.aliases == ["Dalton"])
    }

    @Test func sentenceOpeningFunctionWords_andContractions_areNoNames() {
        let r = Recognized(
            "“So Tom Whitaker would just say it,” she said. Nobody else spoke.",
            "Sadly, the hall was empty. I’m sure, and We're certain, that Don’t Panic was sold out.",
            "If Mara Quill wins, she said. Furthermore, the vote was close.")
        #expect(r.named("Tom Whitaker") != nil)
        #expect(r.named("Mara Quill") != nil)
        for junk in ["So", "So Tom Whitaker", "Nobody", "Sadly", "I’m", "We're", "Don’t", "If Mara Quill", "Furthermore"] {
            #expect(!r.surfaces.contains(junk), "\(junk)")
        }
    }

    @Test func openingAdverbRule_keepsNamesInLy() {
        let r = Recognized("Kelly, the coach, said the team was ready. Coach Kelly left early.")
        #expect(r.named("Kelly") != nil)
    }

    @Test func titleWordAfterAGivenName_isASurname() {
        let r = Recognized("The talk show was hosted by Charlie King in Ohio.")
        #expect(r.type(of: "Charlie King") == .person)
        #expect(!r.surfaces.contains("Charlie"))
    }

    @Test func partyAdjective_staysInAPartyName_andGroupNounsAreNoEntities() {
        let r = Recognized(
            "The Democratic National Committee met on Monday in Ohio.",
            "Ninety African-Americans and Latinos attended; Mexicans joined later.")
        #expect(r.type(of: "Democratic National Committee") == .organization)
        for junk in ["National Committee", "Ninety", "Ninety African-Americans", "African-Americans", "Latinos", "Mexicans"] {
            #expect(!r.surfaces.contains(junk), "\(junk)")
        }
    }

    @Test func stateAbbreviations_generationalSuffixes_andConventions_areTyped() {
        let r = Recognized(
            "The rally in Kansas City, Mo., was organised by the Ozark Baptist Convention.",
            "Dale R. Whitcombe III spoke first.")
        #expect(r.type(of: "Mo.") == .location)
        #expect(r.type(of: "Ozark Baptist Convention") == .organization)
        #expect(r.type(of: "Dale R. Whitcombe III") == .person)
    }

    @Test func lawsAndPluralRoles_areNoPeopleOrOrganisations() {
        let r = Recognized("MPs voted for the Hunting Bill under the Public Order Act, Tessa Hale said.")
        #expect(r.type(of: "Tessa Hale") == .person)
        for junk in ["MPs", "Hunting Bill", "Public Order Act"] {
            #expect(!r.surfaces.contains(junk), "\(junk)")
        }
    }

    @Test func capitalsJoinedByAmpersand_areOneName() {
        let r = Recognized("Shares of AT&T fell after S&P cut its rating, and Smith & Wesson rose.")
        #expect(r.surfaces.contains("AT&T"))
        #expect(r.surfaces.contains("S&P"))
        for junk in ["AT", "T", "S", "P"] {
            #expect(!r.surfaces.contains(junk), "\(junk)")
        }
    }

    @Test func eventsAndPrizes_areNoPeople_andTheatresArePlaces() {
        let r = Recognized("Mara Quill won at the Harbour Film Awards, held at the Dockside Theatre in Ohio.")
        #expect(r.type(of: "Mara Quill") == .person)
        #expect(r.type(of: "Harbour Film Awards") == nil)
        #expect(r.type(of: "Dockside Theatre") == .location)
    }

    @Test func capitalsLines_findListedNames_only() {
        let r = Recognized("NEW YORK 1996-08-30", "Stocks TAKE OFF AT TOP as traders cheer.")
        #expect(r.type(of: "NEW YORK") == .location)
        #expect(!r.surfaces.contains("TAKE OFF"))
        #expect(!r.surfaces.contains("TOP"))
    }

    @Test func everyMention_slicesTheTextExactly() {
        let r = Recognized(
            "“Emmanuel Macron’s plan,” said Angela Merkel 👍 in Berlin.",
            "Macron and Merkel then left for Paris.")
        #expect(!r.entities.isEmpty)
        for entity in r.entities {
            for span in entity.mentions {
                let surface = r.text[span]
                #expect(surface == entity.name || entity.aliases.contains(surface))
            }
        }
        #expect(r.mentionTexts("Angela Merkel") == ["Angela Merkel", "Merkel"])
    }

    @Test func emptyAndOddText_giveNoEntities() {
        #expect(EntityRecognizer().recognize(ArticleText(paragraphs: [])).isEmpty)
        #expect(EntityRecognizer().recognize(ArticleText(paragraphs: ["", "...", "'s", "-- A"])).isEmpty)
    }
}
