import Testing

@testable import BylineExtraction

/// `SpeakerPhraseReader.pronoun(at:)` rules a token out with one probe of `anyPronoun`
/// before it asks the three pronoun lists: it must answer what the three lists answer, on
/// every token, capitals and words beyond ASCII included.
@Suite struct PronounPrefilterTests {
    @Test func pronoun_answersWhatTheThreeListsAnswer() {
        let text = ArticleText(paragraphs: [
            "He said she told HIM that They and we, I, it and You met her; them, us, me, his, hers.",
            "Hello, Heather, The, Ithaca, it's, \u{00C9}l, h\u{00E9}, Sh\u{00E9}, YOU, wE, \u{212A}, iT.",
        ])
        let context = AttributionContext(TokenizedText(text), quotes: [])
        let reader = SpeakerPhraseReader(context: context)
        var pronouns = 0
        for index in -1...context.tokens.count {
            let expected: SpeakerPhrase.Kind?
            if context.isListed(index, in: SpeakerWords.malePronouns) {
                expected = .pronoun(.male)
            } else if context.isListed(index, in: SpeakerWords.femalePronouns) {
                expected = .pronoun(.female)
            } else if context.isListed(index, in: SpeakerWords.otherPronouns) {
                expected = .pluralPronoun
            } else {
                expected = nil
            }
            guard (0..<context.tokens.count).contains(index) else { continue }
            #expect(reader.pronoun(at: index)?.kind == expected, "token \(index)")
            if expected != nil { pronouns += 1 }
        }
        #expect(pronouns >= 10)
    }
}
