import Testing
@testable import BylineExtraction

/// Speaker phrases the readers misread before session 13: a role noun `boss` before an
/// inverted name, and an institution's long name after `of` between a name and its verb.
@Suite struct SpeakerReaderSession13Tests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func partyBossBeforeTheName() {
        #expect(speakers(["\"It is a small flap,\" said Republican party boss Dana Pike, though he added more."]) == ["Dana Pike"])
    }

    @Test func longInstitutionAfterOf() {
        #expect(
            speakers(["\"It would be a stretch,\" Dana Pike of the Center for Strategic and International Studies wrote in May."])
                == ["Dana Pike"])
        #expect(speakers(["\"It would be a stretch,\" Dana Pike of the Hale Institute wrote."]) == ["Dana Pike"])
    }

    @Test func institutionName_isCapitalsAndLinksOnly() {
        let context = QuoteTestSupport.context(["Pike of the Center for Strategic and International Studies and the big old harbor wrote."])
        let reader = SpeakerPhraseReader(context: context)
        // `the Center for Strategic and International Studies`: tokens 2 to 9.
        #expect(reader.isInstitutionName(2..<9))
        #expect(!reader.isInstitutionName(2..<14))
    }
}

/// `"...," Dana Pike, who is chairman of the Hale Fund said`: the relative apposition whose
/// closing comma the writer left out; and `his comment Monday that "..."` (session 13).
@Suite struct UnclosedRelativeAndTimedNounTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func relativeWithoutItsClosingComma() {
        #expect(
            speakers(["\"The new ad raises questions,\" Dana Pike, who is chairman of the Hale Fund said in a statement."])
                == ["Dana Pike"])
    }

    @Test func relativeWithASpeechVerb_isNoGap() {
        let context = QuoteTestSupport.context(["Pike, who said the fund is small told us."])
        #expect(!SpeakerPhraseReader(context: context).isUnclosedRelative(from: 2, to: 8))
    }

    @Test func nounOfSayingWithATimePhrase() {
        let paragraphs = ["Tom Waller stood by his comment Monday that \"the harbor is lost,\" refusing to back down."]
        let person = QuoteTestSupport.person("Tom Waller", gender: .male, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [person]) == ["Tom Waller"])
    }
}

/// `, alternately shouting "..."`: an `-ly` adverb between the comma and a participle cue
/// (session 13).
@Suite struct AdverbBeforeParticipleTests {
    @Test func adverbAfterTheComma_keepsTheSubject() {
        let paragraphs = ["Tom Waller works the crowd, alternately shouting \"Sit down\" and \"Be nice.\""]
        #expect(QuoteTestSupport.directSpeakers(paragraphs) == ["Tom Waller", "Tom Waller"])
    }

    @Test func commaIsFoundPastTheAdverb() {
        let context = QuoteTestSupport.context(["Tom Waller works the crowd, alternately shouting \"Sit down.\""])
        // `,` is token 5, `alternately` 6, `shouting` 7.
        #expect(SpeakerPhraseReader(context: context).commaBefore(participle: 7, from: 0) == 5)
    }
}
