import Testing

@testable import BylineExtraction

/// The recognizer's fast paths (session 6, issue #3) answer what the general paths answer:
/// the code-unit word check agrees with the `String` one, the key is the tokens joined by
/// spaces, and the sentence styles and capitalised-inside words read from the fact table
/// agree with a pass over the tokens.
@Suite struct RecognizerFastPathTests {
    static let words = [
        "Putin", "putin", "PUTIN", "Zürich", "Zu\u{308}rich", "ZÜRICH", "\u{212A}remlin", "Kremlin", "Élysée",
        "E\u{301}lyse\u{301}e", "Gdańsk", "Ōsaka", "São Paulo", "U.S.", "al-Assad", "Jean-Claude", "Cup", "Cups",
        "Act", "Bill", "Awards", "Olympics", "Championships", "Ac\u{308}t", "Oscars", "", "a", "Łódź", "東京",
    ]

    @Test func lawOrEventCheck_agreesWithTheWordList() {
        for word in Self.words + OrganizationCues.eventHeads.sorted() + ["Acts", "Bil", "Gam", "Trophies"]
        where !word.isEmpty {
            let context = RecognitionContext(
                text: TokenizedText(ArticleText(paragraphs: ["The \(word)"])), lexicon: Lexicon.shared)
            guard let last = context.tokens.indices.last, context.tokens[last].text == word else { continue }
            let expected = word == "Act" || word == "Bill" || OrganizationCues.eventHeads.contains(word)
            #expect(EvidenceScorer(context: context).isLawOrEvent(last) == expected, "\(word)")
        }
    }

    @Test func key_isTheTokensJoinedBySpaces() {
        for phrase in ["Vladimir Putin", "Bashar  al-Assad", "Zu\u{308}rich Ōsaka 東京 Łódź", "U.S. Secretary of State"] {
            let context = RecognitionContext(
                text: TokenizedText(ArticleText(paragraphs: [phrase])), lexicon: Lexicon.shared)
            for start in context.tokens.indices {
                for end in (start + 1)...context.tokens.count {
                    let joined = context.tokens[start..<end].map(\.text).joined(separator: " ")
                    #expect(context.key(start..<end) == joined)
                    #expect(context.key(start..<end).utf8.elementsEqual(joined.utf8))
                }
            }
        }
    }

    @Test func sentenceReading_agreesWithAPassOverTheTokens() {
        let text = ArticleText(paragraphs: [
            "THE KREMLIN SAYS PUTIN WILL MEET TILLERSON. Then the Foreign Minister spoke. Instead, Things moved.",
            "Russia's Leadership And The Kremlin Meet Today In Moscow. The Days were long; Days later, Attendance rose.",
            "He said the Things were Instead of the Reporters. Wednesday came. \"Instead,\" she said, \"The Days.\"",
        ])
        let tokenized = TokenizedText(text)
        let context = RecognitionContext(text: tokenized, lexicon: Lexicon.shared)
        var inside: [Int32] = []
        for (number, sentence) in tokenized.sentences.enumerated() {
            let isHeadline = NameChunker.isHeadlineStyle(tokenized.tokens[sentence.tokens])
            #expect(context.headlineStyle[number] == isHeadline, "sentence \(number)")
            guard !isHeadline else { continue }
            var seenWord = false
            for index in sentence.tokens where tokenized.tokens[index].kind == .word {
                let shape = tokenized.tokens[index].shape
                if seenWord, shape.contains(.capitalized), !shape.contains(.allCaps),
                    context.facts[index].contains(.common), let id = context.facts.wordID(index)
                {
                    inside.append(id)
                }
                seenWord = true
            }
        }
        #expect(context.capitalizedInside == Array(Set(inside)).sorted())
        #expect(!context.capitalizedInside.isEmpty)
        #expect(context.headlineStyle.contains(true))
    }

    /// `EvidenceScorer` rules out a generational suffix by length before hashing the word.
    @Test func generationalSuffixes_areAtMostThreeCodeUnits() {
        #expect(PersonCues.generationalSuffixes.allSatisfy { $0.utf16.count <= 3 })
    }

    /// The chunker's code-unit test of a lower-case hyphenated word agrees with the `String`
    /// test (a particle before the first hyphen, a capital after it).
    @Test func particleNameByUnits_agreesWithTheStringTest() {
        let words = [
            "al-Assad", "bin-Laden", "ad-Din", "d-Artagnan", "so-called", "well-Known", "abc-Def", "al-", "-Assad",
            "al-assad", "al-Über", "e\u{301}l-Assad", "el-Sisi", "ibn-Saud", "al-Qaeda-linked", "ash-Sham", "al-1",
        ]
        for word in words {
            let context = RecognitionContext(
                text: TokenizedText(ArticleText(paragraphs: ["the \(word) said"])), lexicon: Lexicon.shared)
            guard let index = context.tokens.firstIndex(where: { $0.text == word }),
                context.tokens[index].kind == .word, context.tokens[index].shape.contains(.hyphenated),
                !context.tokens[index].shape.contains(.capitalized)
            else { continue }
            let text = context.tokens[index].text
            var expected = false
            if let dash = text.firstIndex(of: "-") {
                expected = PersonCues.hyphenParticles.contains(String(text[..<dash]))
                    && text[text.index(after: dash)...].first?.isUppercase == true
            }
            let chunker = NameChunker(context: context, isHeadlineStyle: false)
            #expect(chunker.isNameToken(index) == expected, "\(word)")
            if let fast = chunker.particleNameByUnits(index) { #expect(fast == expected, "\(word)") }
        }
    }

    /// Every token's facts and word id, asked twice and in both orders, are the lexicon's
    /// answers for the token's text: a capitalised word seen before in the article answers
    /// from its first token (`SeenWords`), composed or not (`Zürich`, `Zu\u{308}rich`).
    @Test func factsAskedAgain_areTheLexiconsAnswers() {
        let text = ArticleText(paragraphs: [
            "Putin said the talks said little. Tillerson said, and said again, that Putin told Lavrov and told us.",
            "The Zürich talks said zürich was said to be quiet; Zu\u{308}rich said so. Putin's aides said no.",
        ])
        let lexicon = Lexicon.shared
        for order in [false, true] {
            let context = RecognitionContext(text: TokenizedText(text), lexicon: lexicon)
            let indices = order ? Array(context.tokens.indices.reversed()) : Array(context.tokens.indices)
            for _ in 0..<2 {
                for index in indices where context.tokens[index].kind == .word {
                    let word = context.tokens[index].text
                    #expect(context.facts[index] == lexicon.facts(for: word), "\(word)")
                    #expect(context.facts.wordID(index) == lexicon.wordID(word), "\(word)")
                }
            }
        }
    }
}
