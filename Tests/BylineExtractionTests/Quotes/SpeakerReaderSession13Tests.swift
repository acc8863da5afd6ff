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
