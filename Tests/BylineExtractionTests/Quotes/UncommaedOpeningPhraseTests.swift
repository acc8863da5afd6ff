import Testing
@testable import BylineExtraction

/// `On Tuesday Dana Pike, in Ohio, said that ...`, `In 2009 Waller emailed her, telling her,
/// "..."`: an opening phrase whose comma the writer left out, then the clause's named subject
/// (session 12). The phrase's own object stays nobody's subject. A participle after a colon's
/// clause (`The board heard two views: Pike backed the plan, calling it "..."`) has that clause's subject.
@Suite struct UncommaedOpeningPhraseTests {
    private func speakers(_ sentence: String, _ name: String, _ gender: RecognizedEntity.Gender) -> [String?] {
        let paragraphs = ["The harbor board met on Monday.", sentence]
        let person = QuoteTestSupport.person(name, gender: gender, in: paragraphs)
        return QuoteTestSupport.directSpeakers(paragraphs, entities: [person])
    }

    @Test func weekdayPhrase_thenInsertedPlace() {
        let sentence = "On Tuesday Dana Pike, in Dayton, said that Waller was \"a total lightweight.\""
        #expect(speakers(sentence, "Dana Pike", .female) == ["Dana Pike"])
    }

    @Test func participlePhrase_thenInsertedPlace() {
        let sentence = "Stepping up her attacks before the harbor vote Dana Pike, in Dayton, said Tuesday that "
            + "Waller was \"a total lightweight\" and \"a liar.\""
        #expect(speakers(sentence, "Dana Pike", .female) == ["Dana Pike", "Dana Pike"])
    }

    @Test func yearPhrase_thenParticipleChain() {
        let sentence = "In 2009 Tom Waller emailed her his thanks, addressing her as \"Dana\" and telling her, "
            + "\"you are a star and we need you.\""
        #expect(speakers(sentence, "Tom Waller", .male) == ["Tom Waller", "Tom Waller"])
    }

    @Test func phraseEndingInAPluralNoun_thenInsertedPlace() {
        // `polls` heads descriptions elsewhere (`polls show`); here it ends the opening phrase.
        let sentence = "In the hours before the polls Dana Pike, in Ohio, said that Waller was \"a liar.\""
        #expect(speakers(sentence, "Dana Pike", .female) == ["Dana Pike"])
    }

    @Test func roleBeforeTheName_isItsTitle() {
        // `the spokesman Tom Waller`: the role is the name's title, the name the phrase's object.
        let sentence = "After a talk with the spokesman Tom Waller, the mayor, said the levy was \"dead.\""
        #expect(speakers(sentence, "Tom Waller", .male) == [nil])
    }

    @Test func nameAsThePhrasesObject_isNoSubject() {
        // `with Dana Pike`, `thanking Dana Pike`: the name is the phrase's object, and the
        // speaker is the unnamed mayor.
        let after = "After a meeting with Dana Pike, the mayor, said the levy was \"dead.\""
        #expect(speakers(after, "Dana Pike", .female) == [nil])
        let thanking = "Before thanking Dana Pike, the mayor, said the levy was \"dead.\""
        #expect(speakers(thanking, "Dana Pike", .female) == [nil])
    }

    @Test func adjectiveBeforeThePlace_leavesThePlaceInThePhrase() {
        // `In nearby Halden`: no determiner after the preposition, so the name is its object.
        let sentence = "In nearby Halden, the mayor, said the harbor was \"under intense pressure.\""
        #expect(speakers(sentence, "Halden", .female) == [nil])
    }

    @Test func clauseAfterColon_givesTheParticipleItsSubject() {
        let instance = "For instance: That Dana Pike also misjudged the governor, calling him a \"reformer.\""
        #expect(speakers(instance, "Dana Pike", .female) == ["Dana Pike"])
        let views = "The board heard two views: Dana Pike backed the plan, calling it \"overdue.\""
        #expect(speakers(views, "Dana Pike", .female) == ["Dana Pike"])
        // Nothing named after the colon: the sentence's own subject.
        let plain = "Dana Pike had one message for the board: vote now, calling the delay \"a disgrace.\""
        #expect(speakers(plain, "Dana Pike", .female) == ["Dana Pike"])
    }
}
