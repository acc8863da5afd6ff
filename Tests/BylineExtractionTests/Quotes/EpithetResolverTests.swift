import Testing
@testable import BylineExtraction

/// `"...," the Vermont senator said` after `Sen. Bernie Sanders ...`: descriptive speakers
/// that stand for someone just named (session 9).
@Suite struct EpithetResolverTests {
    private func speakers(_ paragraphs: [String], _ entities: [RecognizedEntity]) -> [String?] {
        QuoteTestSupport.directSpeakers(paragraphs, entities: entities)
    }

    private func organization(_ name: String, in paragraphs: [String]) -> RecognizedEntity {
        var entity = QuoteTestSupport.person(name, in: paragraphs)
        entity.type = .organization
        return entity
    }

    @Test func abbreviatedTitle_matchesTheWrittenOutHead() {
        let text = [
            "Sen. Bernie Sanders defended his wage plan on Saturday, and Hillary Clinton attacked it.",
            "\"I apologize to nobody for that,\" the Vermont senator said.",
        ]
        let sanders = QuoteTestSupport.person("Bernie Sanders", aliases: ["Sanders"], in: text)
        let clinton = QuoteTestSupport.person("Hillary Clinton", in: text)
        #expect(speakers(text, [sanders, clinton]) == ["Bernie Sanders"])
    }

    @Test func twoTitledPeopleInSight_nameNobody() {
        let text = [
            "Sen. Ted Cruz and Sen. Marco Rubio met voters in Iowa on Monday.",
            "\"We will win this state,\" the senator said.",
        ]
        let cruz = QuoteTestSupport.person("Ted Cruz", in: text)
        let rubio = QuoteTestSupport.person("Marco Rubio", in: text)
        #expect(speakers(text, [cruz, rubio]) == [nil])
    }

    @Test func epithet_namesTheOnePersonJustNamed() {
        let text = [
            "Tom Hanks crossed a bridge built in the square and greeted the crowd.",
            "\"Christmas is a special time of the year,\" added the two-time Academy Award winner.",
        ]
        let hanks = QuoteTestSupport.person("Tom Hanks", in: text)
        #expect(speakers(text, [hanks]) == ["Tom Hanks"])
    }

    @Test func epithet_withTwoPeopleInSight_namesNobody() {
        let text = [
            "Tom Hanks and Meg Ryan greeted the crowd at the premiere.",
            "\"It is a special night,\" the actor said.",
        ]
        let hanks = QuoteTestSupport.person("Tom Hanks", in: text)
        let ryan = QuoteTestSupport.person("Meg Ryan", in: text)
        #expect(speakers(text, [hanks, ryan]) == [nil])
    }

    @Test func nameInsideTheQuotation_isNoAntecedent() {
        let text = ["\"I met Tom Hanks at the party,\" the actor said."]
        let hanks = QuoteTestSupport.person("Tom Hanks", in: text)
        #expect(speakers(text, [hanks]) == [nil])
    }

    @Test func company_namesTheOneOrganizationJustNamed() {
        let text = [
            "Renault said its profits rose by a fifth last year.",
            "\"We intend to keep growing our sales,\" the company said in a statement.",
        ]
        #expect(speakers(text, [organization("Renault", in: text)]) == ["Renault"])
    }

    @Test func roleAnyoneMayFill_staysUnnamed() {
        let text = [
            "Jo Hale runs the factory in Leeds.",
            "\"It has been a hard year,\" the spokesman said.",
            "\"We regret it,\" the company's lawyer said.",
        ]
        let hale = QuoteTestSupport.person("Jo Hale", in: text)
        #expect(speakers(text, [hale]) == [nil, nil])
    }
}

extension EpithetResolverTests {
    @Test func ourCorrespondent_isTheJournalistNamedWithTheTitle() {
        let text = [
            "BBC correspondent James Hardy said Mr Brown would draw sharp dividing lines with the Conservatives.",
            "\"Mr Brown will lay out his credentials as a reforming chancellor,\" our correspondent said.",
        ]
        let hardy = QuoteTestSupport.person("James Hardy", in: text)
        let brown = QuoteTestSupport.person("Brown", in: text)
        #expect(speakers(text, [hardy, brown]) == ["James Hardy"])
    }

    @Test func ourWithAnotherNoun_namesNobody() {
        let text = ["Jo Hale runs the shop.", "\"It has been a hard year,\" our neighbour said."]
        #expect(speakers(text, [QuoteTestSupport.person("Jo Hale", in: text)]) == [nil])
    }
}

extension EpithetResolverTests {
    @Test func office_isNotThePersonJustNamed() {
        let text = [
            "Councillor Dana Varga warned that the budget postponed hard choices.",
            "\"We will come back to the pool next year,\" the mayor said.",
        ]
        #expect(speakers(text, [QuoteTestSupport.person("Dana Varga", in: text)]) == [nil])
    }
}
