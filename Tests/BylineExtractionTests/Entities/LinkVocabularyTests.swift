import Testing

@testable import BylineExtraction

/// The linker compares words and names as per-article ids (session 7, issue #3): equal ids
/// must mean equal `String`s (canonically), as the `String`-keyed tables it replaced compared.
@Suite struct LinkVocabularyTests {
    /// One candidate per token run, for the vocabulary to read.
    static func vocabulary(_ text: String, runs: [Range<Int>], expansions: [String?] = []) -> (
        LinkVocabulary, RecognitionContext
    ) {
        let context = RecognitionContext(text: TokenizedText(ArticleText(paragraphs: [text])), lexicon: Lexicon.shared)
        let candidates = runs.enumerated().map { offset, run in
            Candidate(
                tokens: run,
                span: TextSpan(start: context.tokens[run.lowerBound].span.start, end: context.tokens[run.upperBound - 1].span.end),
                title: nil, titleGender: nil, votes: TypeVotes(),
                expansion: offset < expansions.count ? expansions[offset] : nil)
        }
        return (LinkVocabulary(candidates: candidates, context: context), context)
    }

    @Test func equalNameIDs_exactlyForEqualKeys() {
        let words = [
            "Putin", "PUTIN", "Zürich", "Zu\u{308}rich", "\u{212A}remlin", "Kremlin", "Élysée", "E\u{301}lyse\u{301}e",
            "Łódź", "東京", "al-Assad", "Assad", "U.S.", "Putin",
        ]
        let text = words.joined(separator: " ")
        let count = words.count
        var runs = (0..<count).map { $0..<($0 + 1) }
        runs += (0..<(count - 1)).map { $0..<($0 + 2) }
        let (vocabulary, context) = Self.vocabulary(text, runs: runs)
        #expect(context.tokens.count == count)
        for i in runs.indices {
            for j in runs.indices {
                let sameKey = context.key(runs[i]) == context.key(runs[j])
                #expect((vocabulary.keyName[i] == vocabulary.keyName[j]) == sameKey, "\(runs[i]) \(runs[j])")
                let sameWord = context.tokens[runs[i].lowerBound].text == context.tokens[runs[j].lowerBound].text
                let (a, b) = (vocabulary.keyWords[i].lowerBound, vocabulary.keyWords[j].lowerBound)
                #expect((vocabulary.words[a] == vocabulary.words[b]) == sameWord)
            }
        }
    }

    @Test func particleWord_pointsToItsBareForm() {
        let (vocabulary, _) = Self.vocabulary("al-Assad Assad Jean-Claude", runs: [0..<1, 1..<2, 2..<3])
        let (assad, bare, jean) = (vocabulary.words[0], vocabulary.words[1], vocabulary.words[2])
        #expect(vocabulary.withoutParticle[Int(assad)] == bare)
        #expect(vocabulary.withoutParticle[Int(bare)] == bare)
        #expect(vocabulary.withoutParticle[Int(jean)] == jean)
    }

    @Test func expansion_isTheNameOfItsWords() {
        let (vocabulary, _) = Self.vocabulary(
            "U.S. United States US", runs: [0..<1, 1..<3, 3..<4], expansions: ["United States", nil, "United States"])
        #expect(vocabulary.expansionName[0] == vocabulary.keyName[1])
        #expect(vocabulary.expansionName[2] == vocabulary.keyName[1])
        #expect(vocabulary.expansionName[1] == -1)
        #expect(vocabulary.words[vocabulary.expansionWords[0]] == vocabulary.words[vocabulary.keyWords[1]])
    }

    @Test func oddlySpacedExpansion_isANameOfItsOwn() {
        let (vocabulary, _) = Self.vocabulary(
            "X United States", runs: [0..<1, 1..<3], expansions: [" United  States"])
        #expect(vocabulary.expansionName[0] != vocabulary.keyName[1])
        #expect(!LinkVocabulary.isSingleSpaced(" United States") && LinkVocabulary.isSingleSpaced("United States"))
    }

    @Test func interner_keepsIDsAsItGrows() {
        var interner = SequenceInterner<UInt16>(capacity: 2)
        let keys = (0..<500).map { Array(String($0 * 7919).utf16) } + [[]]
        let first = keys.map { interner.intern($0) }
        let again = keys.map { interner.intern($0) }
        let expected = (0..<keys.count).map(Int32.init)
        #expect(first.map { $0.id } == expected)
        #expect(first.filter { !$0.isNew }.isEmpty)
        #expect(again.map { $0.id } == expected)
        #expect(again.filter { $0.isNew }.isEmpty)
        #expect(interner.count == keys.count)
    }
}
