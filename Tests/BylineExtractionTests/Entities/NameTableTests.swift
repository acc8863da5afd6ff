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

    static let lists = Lexicon.Lists.bundled().lists

    /// What the lexicon answered when it kept places and surfaces as `String` dictionaries.
    static func dictionaryCounts(_ name: String) -> Lexicon.TypeCounts? {
        lists.surfaces[name] ?? Lexicon.titleCasedIfCapitals(name).flatMap { lists.surfaces[$0] }
    }

    static func dictionaryPlace(_ name: String) -> Lexicon.PlaceKind? {
        lists.places[name] ?? Lexicon.titleCasedIfCapitals(name).flatMap { lists.places[$0] }
    }

    static func dictionaryKnows(_ name: String) -> Bool {
        dictionaryCounts(name) != nil || dictionaryPlace(name) != nil
    }

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
            #expect(lexicon.isKnownName(phrase) == Self.dictionaryKnows(phrase), "\(phrase)")
            #expect(lexicon.counts(phrase) == Self.dictionaryCounts(phrase), "\(phrase)")
            #expect(lexicon.place(phrase) == Self.dictionaryPlace(phrase), "\(phrase)")
            let answers = context.name(range)
            #expect(answers.counts == lexicon.counts(phrase), "\(phrase)")
            #expect(answers.place == lexicon.place(phrase), "\(phrase)")
            #expect(answers.isMetonym == OrganizationCues.isMetonym(phrase, tokenCount: range.count), "\(phrase)")
        }
    }

    @Test func capitalsAreLookedUpTitleCased() {
        let lexicon = Lexicon(
            places: ["New York": .city, "Zürich": .city, "東京": .city],
            surfaces: ["Qwerty Uiop": Lexicon.TypeCounts(person: 1)])
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
        #expect(lexicon.place("東京") == .city)
        #expect(lexicon.place("ZU\u{308}RICH") == .city)
        #expect(lexicon.counts("QWERTY UIOP")?.person == 1)
        #expect(lexicon.isKnownName("東") == false)
    }

    /// Every listed name, in capitals and with near misses, as the `String` dictionaries the
    /// name table replaced answer.
    @Test func everyListedName_answersAsTheDictionaries() {
        let lexicon = Lexicon.shared
        var names = Array(Self.lists.places.keys) + Array(Self.lists.surfaces.keys)
        #expect(names.count > 15000)
        names += names.prefix(3000).flatMap { [$0.uppercased(), $0 + "x", String($0.dropFirst())] }
        for name in names {
            #expect(lexicon.isKnownName(name) == Self.dictionaryKnows(name), "\(name)")
            #expect(lexicon.counts(name) == Self.dictionaryCounts(name), "\(name)")
            #expect(lexicon.place(name) == Self.dictionaryPlace(name), "\(name)")
        }
    }
}
