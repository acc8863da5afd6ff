import Testing
@testable import BylineExtraction

/// News-writing patterns of attribution, one test each, on sentences written for the test.
@Suite struct AttributionPatternTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func transcriptLabel_namesTheSpeakerOfEachTurn() {
        let paragraphs = [
            "Host Dana Harris spoke with Luis Moreno for an hour.",
            "\"HARRIS: Well, look, the plan is sound and the numbers add up.",
            "\"MORENO: But, Dana, the voters are not convinced of that.",
        ]
        let people = [
            QuoteTestSupport.person("Dana Harris", in: paragraphs), QuoteTestSupport.person("Luis Moreno", in: paragraphs),
        ]
        let found = QuoteTestSupport.extract(paragraphs, entities: people).map(\.speaker)
        #expect(found == ["Dana Harris", "Luis Moreno"])
    }

    @Test func transcriptLabel_beforeTheQuotation() {
        let found = speakers(["HARRIS: \"The plan is sound and the numbers add up.\""])
        #expect(found == ["HARRIS"])
    }

    @Test func transcriptLabel_ignoresHeaderWords() {
        let found = speakers(["\"UPDATE: The council met again and voted.\""])
        #expect(found == [nil])
    }

    @Test func asPutIt_framesTheQuotationBefore() {
        let found = speakers(["As Ellen Marsh put it in a memo, the network is \"a voice nobody else offers.\""])
        #expect(found == ["Ellen Marsh"])
    }

    @Test func coordinatedVerb_sharesTheSentenceSubject() {
        let found = speakers(["Paula Reyes toured the flooded town and said the damage was \"far worse than feared.\""])
        #expect(found == ["Paula Reyes"])
    }

    @Test func verbOfCharacterizing_isACue() {
        let found = speakers(["Omar Diaz, a historian, compared the mayor to a referee who is \"blowing every call.\""])
        #expect(found == ["Omar Diaz"])
    }

    @Test func participleAfterPreposition_takesTheClauseSubject() {
        let found = speakers([
            "Later, Nina Holt went on the radio and began by saying she would \"never\" concede.",
            "After saying the bridge was \"unsafe for anyone,\" she was driven to the site.",
        ])
        #expect(found == ["Nina Holt", "Nina Holt"])
    }

    @Test func clauseAfterQuotation_isNoSpeakerTitle() {
        let found = QuoteTestSupport.extract([
            "The ad ends with footage of Tom Reed saying, \"That makes me clever,\" when Ana Vega scolded him."
        ])
        #expect(found.first?.speaker == "Tom Reed")
    }

    @Test func possessorBeforeRole_isNotTheSubject() {
        let found = speakers([
            "Ana Vega's campaign manager Luis Ortiz spoke Monday, arguing that the rival \"lied about everything.\""
        ])
        #expect(found == ["Luis Ortiz"])
    }

    @Test func nestedReport_withItSubject_isTheOuterSpeakers() {
        let found = speakers(["Mayor Ruth Allen said the museum would tell a story of \"hope and loss.\""])
        #expect(found == ["Ruth Allen"])
        let nested = speakers(["Dr. Ruth Allen, opening the hall, said it would tell a story of \"hope and loss.\""])
        #expect(nested == ["Ruth Allen"])
    }

    @Test func dateline_isNotASpeaker() {
        let found = speakers([
            "BOSTON -- Ruth Allen, opening the new hall on Saturday, said it would tell a story \"of hope and of loss.\""
        ])
        #expect(found == ["Ruth Allen"])
    }

    @Test func openingParticiple_isNotASubjectName() {
        let found = speakers([
            "Following a short meeting, the Harbor Council issued a statement calling the spill \"a clear violation.\""
        ])
        #expect(found == ["Harbor Council"])
    }

    @Test func possessiveNounOfSaying_namesTheAuthor() {
        let found = speakers(["The site checked Tom Reed's claim that there were \"thousands of cases\" last year."])
        #expect(found == ["Tom Reed"])
    }

    @Test func messageIntroducedByColon_isTheSubjects() {
        let found = speakers(["With the vote close, Senator Ana Vega is rolling out a new campaign message: \"It's about you.\""])
        #expect(found == ["Ana Vega"])
    }

    @Test func followingCommentColon_introducesTheNextParagraph() {
        let found = speakers(["In 2015, Ana Vega made the following comment:", "\"The rate is far higher than anyone admits.\""])
        #expect(found == ["Ana Vega"])
    }

    @Test func messageNounBeforeParticiple_isTheSubjects() {
        let found = speakers(["Tom Reed sent a series of tweets early Friday saying the rival was \"a disgrace.\""])
        #expect(found == ["Tom Reed"])
    }

    @Test func quoteInsideQuotation_isTheEnclosingSpeakers() {
        let found = speakers(["\"She thinks this is an episode of 'Deal or No Deal,' and it is not,\" Tom Reed said."])
        #expect(found == ["Tom Reed", "Tom Reed"])
    }

    @Test func asPutIt_readsThroughAnApposition() {
        let found = speakers(["As Jo Lee, a tax lawyer at a think tank, recently put it, \"Was it avoidance or evasion?\""])
        #expect(found == ["Jo Lee"])
    }

    @Test func documentOfAnOrganisation_speaksForIt() {
        let found = speakers(["\"The outlook remains very unclear,\" the OECD report stated."])
        #expect(found == ["OECD"])
    }

    @Test func accordingToASpeech_namesItsSpeaker() {
        let found = speakers(["The rule would curb \"activist\" investors, according to a speech Mrs. Ana Vega delivered in July."])
        #expect(found == ["Ana Vega"])
    }

    @Test func itInAReport_isTheOrganisationTheSentenceOpensWith() {
        let found = speakers(["The Harbor Council on Friday pledged new fines against what it called \"a clear threat to the bay.\""])
        #expect(found == ["Harbor Council"])
    }

    @Test func pronoun_reachesASpeakerTheRecognizerTypedAsAPlace() {
        let paragraphs = ["\"This is wrong,\" Warren said. \"You squeezed the staff\" to lift the price, she said."]
        var place = QuoteTestSupport.person("Warren", in: paragraphs)
        place.type = .location
        let found = QuoteTestSupport.direct(paragraphs, entities: [place]).map(\.speaker)
        #expect(found == ["Warren", "Warren"])
    }

    @Test func characterization_isTheSubjects() {
        let found = speakers(["Senator Ana Vega has been pounding Tom Reed as a \"con artist\" for weeks."])
        #expect(found == ["Ana Vega"])
    }

    @Test func characterization_passiveOrTermNamesNobody() {
        let found = speakers(["The plan, known as \"Blue Sky,\" passed.", "Tom Reed is seen as a \"dark horse\" by many."])
        #expect(found == [nil, nil])
    }

    @Test func coordinatedQuotes_shareTheSpeaker() {
        let found = speakers(["Ana Vega has gone after Tom Reed as a \"human leech\" and a \"spoiled brat.\""])
        #expect(found == ["Ana Vega", "Ana Vega"])
    }

    @Test func outletWithTheArticle_isResolvedByItsName() {
        let found = speakers(["\"The loopholes are the ability to claim losses,\" The Ledger reported."])
        #expect(found == ["Ledger"])
    }

    @Test func messageNoun_readsThroughCoordinatedAdjectives() {
        let found = speakers(["Now Ana Vega is rolling out a new and more personal campaign message: \"It's about you.\""])
        #expect(found == ["Ana Vega"])
    }

    @Test func possessivePronounMessageWas_introducesTheQuote() {
        let found = speakers([
            "Sir Tom Reed said stability mattered most. His message to the minister was: \"Please do not spend it.\""
        ])
        #expect(found == ["Tom Reed"])
    }

    @Test func organisationByItsHeadNoun_resolvesWithoutARoleWord() {
        let paragraphs = [
            "The Harbour Alliance met on Monday.",
            "The alliance said, \"The new rule is impossible to apply.\"",
        ]
        let alliance = RecognizedEntity(
            name: "Harbour Alliance", type: .organization,
            mentions: [TextSpan(start: 4, end: 20)])
        let found = QuoteTestSupport.direct(paragraphs, entities: [alliance])
        #expect(found.map(\.speaker) == ["Harbour Alliance"])
    }

    @Test func commonWordOpeningTheSentence_isNoSubject() {
        let found = speakers([
            "Once in my early 20s, when my aunt mentioned ghosts, I laughed and said, \"I don't believe in ghosts.\"",
            "Small groups of marchers looped the streets around the stadium while chanting, \"No justice, no peace.\"",
        ])
        #expect(found == [nil, nil])
    }
}
