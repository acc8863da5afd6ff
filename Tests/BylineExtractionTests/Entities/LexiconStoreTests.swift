import Testing

@testable import BylineExtraction

/// The recognizer's parts share one `LexiconStore` instead of copying the lexicon per
/// article (session 12, issue #3): the lexicon a recognizer is given or later set is the
/// one every article is read with.
@Suite struct LexiconStoreTests {
    static let text = TokenizedText(ArticleText(paragraphs: [
        "Russian President Vladimir Putin met the envoy in Moscow on Tuesday.",
        "Putin said the talks in Syria were useful, and Ingrid Solberg of Halvard Marine agreed.",
    ]))

    @Test func settingTheLexicon_changesWhatTheRecognizerReadsWith() {
        var recognizer = EntityRecognizer(lexicon: Lexicon())
        let withEmpty = recognizer.recognize(Self.text)
        #expect(recognizer.lexicon.place("Syria") == nil)
        recognizer.lexicon = .shared
        #expect(recognizer.lexicon.place("Syria") == .country)
        #expect(recognizer.recognize(Self.text) == EntityRecognizer().recognize(Self.text))
        #expect(EntityRecognizer(lexicon: Lexicon()).recognize(Self.text) == withEmpty)
    }

    @Test func contextMadeFromALexicon_readsAsOneMadeFromAStore() {
        let fromLexicon = RecognitionContext(text: Self.text, lexicon: .shared)
        let fromStore = RecognitionContext(text: Self.text, store: LexiconStore(.shared))
        for index in Self.text.tokens.indices {
            #expect(fromLexicon.facts[index] == fromStore.facts[index], "token \(index)")
            #expect(fromLexicon.facts.wordID(index) == fromStore.facts.wordID(index), "token \(index)")
        }
        #expect(fromLexicon.headlineStyle == fromStore.headlineStyle)
        #expect(fromLexicon.capitalizedInside == fromStore.capitalizedInside)
    }

    @Test func attributionContext_readsItsVerbsFromTheSharedTable() {
        let context = AttributionContext(Self.text, quotes: [])
        let said = Self.text.tokens.firstIndex { $0.text == "said" }!
        #expect(context.speechVerb(at: said) != nil)
        #expect(context.verbFacts(at: said) != nil)
        #expect(context.speechVerb(at: 0) == nil)
        #expect(context.verbFacts(at: -1) == nil)
    }
}
