import BylineModel
import Testing

@Suite struct SlugTests {
    @Test func title_becomesHyphenatedLowercase() {
        #expect(
            Slug.make("Putin, Tillerson Meet At Kremlin, Discuss Tensions Between Russia And U.S.")
                == "putin-tillerson-meet-at-kremlin-discuss-tensions-between-russia-and-u-s")
    }

    @Test func accents_areFolded() {
        #expect(Slug.make("Jean-Claude Juncker à Bruxelles") == "jean-claude-juncker-a-bruxelles")
    }

    @Test func longTitles_areCutAtAHyphen() {
        let slug = Slug.make(String(repeating: "word ", count: 50), maxLength: 22)
        #expect(slug == "word-word-word-word")
    }

    @Test func latinLettersWithoutDecomposition_getASCIISpellings() {
        #expect(Slug.make("Tromsø Council, Łódź and Straße") == "tromso-council-lodz-and-strasse")
    }

    @Test func otherScripts_areKept() {
        #expect(Slug.make("Путин в Кремле") == "путин-в-кремле")
    }
}
