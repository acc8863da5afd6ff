import Testing

@testable import BylineExtraction

/// Lookups of a run of tokens by code units (`RecognitionContext.isKnownName` and the
/// others) must answer what the `String` lookups answer on the joined key.
@Suite struct NameTableTests {
    static let phrases = [
        "New York", "NEW YORK", "New york", "Bosnia and Herzegovina", "Bank of England", "White House",
        "WHITE HOUSE", "State Duma", "Downing Street", "United States", "UNITED STATES", "U.S.", "Putin",
        "LONDON", "London", "Zürich", "ZÜRICH", "São Paulo", "Élysée", "Elysee Palace", "Kremlin",
        "Vladimir Putin", "VLADIMIR PUTIN", "St Louis", "ST LOUIS", "Tomahawk Missiles", "Qwerty Uiop",
        "\u{212A}remlin", "Zu\u{308}rich", "Holy See", "Quai d'Orsay", "A B", "Real Madrid", "REAL MADRID",
        "Düsseldorf", "DÜSSELDORF", "Besançon", "Gdańsk", "Ōsaka", "Curaçao", "Malmö FF", "Atlético Madrid",
        "ATLÉTICO MADRID", "Bayern München", "Ciudad Juárez", "Ho Chi Minh City", "Côte d'Ivoire",
    ]

    @Test func runLookups_agreeWithStringLookups() throws {
        let lexicon = Lexicon.shared
        for phrase in Self.phrases {
            let context = RecognitionContext(text: TokenizedText(ArticleText(paragraphs: [phrase])), lexicon: lexicon)
            let range = 0..<context.tokens.count
            try #require(context.key(range) == phrase, "\(phrase) tokenizes into words joined by spaces")
            #expect(context.isKnownName(range) == lexicon.isKnownName(phrase), "\(phrase)")
            #expect(context.counts(range) == lexicon.counts(phrase), "\(phrase)")
            #expect(context.place(range) == lexicon.place(phrase), "\(phrase)")
            #expect(
                context.isMetonym(range) == OrganizationCues.isMetonym(phrase, tokenCount: range.count), "\(phrase)")
            #expect(
                context.isKnownNameOrMetonym(range)
                    == (lexicon.isKnownName(phrase) || OrganizationCues.isMetonym(phrase, tokenCount: range.count)),
                "\(phrase)")
            let answers = context.name(range)
            #expect(answers.counts == lexicon.counts(phrase), "\(phrase)")
            #expect(answers.place == lexicon.place(phrase), "\(phrase)")
            #expect(answers.isMetonym == OrganizationCues.isMetonym(phrase, tokenCount: range.count), "\(phrase)")
        }
    }

    @Test func capitalsAreLookedUpTitleCased() {
        var lexicon = Lexicon()
        lexicon.places = ["New York": .city, "Zürich": .city]
        lexicon.surfaces = ["Qwerty Uiop": Lexicon.TypeCounts(person: 1)]
        func context(_ phrase: String) -> RecognitionContext {
            RecognitionContext(text: TokenizedText(ArticleText(paragraphs: [phrase])), lexicon: lexicon)
        }
        #expect(context("NEW YORK").place(0..<2) == .city)
        #expect(context("New York").isKnownName(0..<2))
        #expect(context("New york").place(0..<2) == nil)
        #expect(context("new york").place(0..<2) == nil)
        #expect(context("QWERTY UIOP").counts(0..<2)?.person == 1)
        #expect(context("Zu\u{308}rich").place(0..<1) == .city)
        #expect(context("Zürich").place(0..<1) == .city)
        #expect(context("ZÜRICH").place(0..<1) == .city)
        #expect(context("Zurich").place(0..<1) == nil)
        #expect(context("Qwerty").isKnownName(0..<1) == false)
    }
}
