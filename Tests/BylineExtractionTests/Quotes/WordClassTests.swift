import Testing

@testable import BylineExtraction

/// The readers test words by their bytes (`WordClass`) and visit only the cue tokens
/// (`AttributionContext.cues(in:)`): both must answer exactly what the `Set<String>` tests and
/// the token-by-token scan they replace answer.
@Suite struct WordClassTests {
    static let words: Set<String> = ["that", "is", "so-called", "as", "whether", "according"]

    @Test func contains_matchesTheSet_forMembersAndNearMisses() {
        let words = WordClass(Self.words)
        var probes = Array(Self.words)
        probes += Self.words.map { $0 + "s" } + Self.words.map { String($0.dropLast()) }
        probes += ["", "a", "That", "THAT", "thät", "tha\u{308}t", "’s", "iPhone", "thatthatthatthatthat"]
        for probe in probes {
            #expect(words.contains(probe) == Self.words.contains(probe), "\(probe.debugDescription)")
        }
    }

    @Test func emptyClass_containsNothing() {
        let words = WordClass([])
        #expect(!words.contains(""))
        #expect(!words.contains("that"))
    }

    @Test func nonASCIIKeys_fallBackToTheSet() {
        let set: Set<String> = ["naïve", "café", "K"]
        let words = WordClass(set)
        // The Kelvin sign equals `K` canonically: only the set knows.
        for probe in ["naïve", "nai\u{308}ve", "café", "cafe", "K", "\u{212A}", "k"] {
            #expect(words.contains(probe) == set.contains(probe), "\(probe.debugDescription)")
        }
    }

    /// Keys longer than the packed set holds (16 letters) are answered by the set.
    @Test func longKeys_fallBackToTheSet() {
        let set: Set<String> = ["counterintelligence", "intelligence", "sixteen-letters!"]
        let words = WordClass(set)
        for probe in ["counterintelligence", "counterintelligenc", "counterintelligences", "intelligence", "sixteen-letters!", "sixteen-letters?"] {
            #expect(words.contains(probe) == set.contains(probe), "\(probe.debugDescription)")
        }
        let text = ArticleText(paragraphs: ["Counterintelligence officials and INTELLIGENCE sources said so."])
        let context = AttributionContext(TokenizedText(text), quotes: [])
        for index in 0..<context.tokens.count {
            #expect(context.isListed(index, in: words) == set.contains(context.lower(index)), "token \(index)")
        }
    }

    /// A token longer than every key is answered without a probe: only for a class of ASCII
    /// keys, where a text that equals a key has as many units as the key has characters.
    @Test func longerThanEveryKey_onlyForASCIIKeys() {
        let short = WordClass(["he", "she", "they"])
        #expect(short.longestASCII == 4)
        #expect(short.isLonger(thanEveryKey: 5))
        #expect(!short.isLonger(thanEveryKey: 4))
        // `cafe\u{301}` (five units) equals the four-character key `café`: no shortcut.
        let accented = WordClass(["café", "he"])
        #expect(!accented.isLonger(thanEveryKey: 5))
        #expect(accented.contains("cafe\u{301}"))
        #expect(!WordClass([]).isLonger(thanEveryKey: 0))
        #expect(WordClass([]).isLonger(thanEveryKey: 1))
    }

    /// `isListed` and `isPunctuation` with the length shortcut answer what the `Set` answers,
    /// on long words, words with the Kelvin sign and decomposed accents, and marks.
    @Test func isListed_longTokens_matchTheSet() {
        let text = ArticleText(paragraphs: [
            "Administration officials, SHE and \u{212A}elvin said; they\u{212A} and cafe\u{301} — she…",
            "Thé administrator’s spokeswoman THEY said ... then counterintelligence!",
        ])
        let context = AttributionContext(TokenizedText(text), quotes: [])
        let classes: [Set<String>] = [
            ["he", "she", "they"], ["café", "he"], ["kelvin", "k"], ["administration"], ["—", "…", "..."], [",", ";", "!"],
        ]
        for set in classes {
            let words = WordClass(set)
            for index in -1...context.tokens.count {
                let lowered = context.tokens.indices.contains(index) ? context.lower(index) : ""
                #expect(context.isListed(index, in: words) == set.contains(lowered), "\(set) token \(index)")
                if context.tokens.indices.contains(index) {
                    #expect(
                        context.isPunctuation(index, words)
                            == (context.tokens[index].kind == .punctuation && set.contains(context.tokens[index].text)),
                        "\(set) mark \(index)")
                }
            }
        }
    }

    @Test func contextIsWord_matchesTheSetTest_onEveryToken() {
        let text = ArticleText(paragraphs: [
            "That is what Lavrov said, according to Tass; WHETHER it holds is unclear.",
            "The so-called deal, As reported, was Thät one: iPhone sales rose 3%.",
        ])
        let context = AttributionContext(TokenizedText(text), quotes: [])
        let words = WordClass(Self.words)
        for index in -1...context.tokens.count {
            #expect(context.isWord(index, in: words) == context.isWord(index, in: Self.words), "token \(index)")
        }
    }

    @Test func cues_areTheVerbsOfReportingAndAccording_inOrder() {
        let text = ArticleText(paragraphs: [
            "Lavrov said the talks failed, according to Tass. Nothing here. Officials warned, he added."
        ])
        let context = AttributionContext(TokenizedText(text), quotes: [])
        let all = 0..<context.tokens.count
        let expected = all.filter { context.speechVerb(at: $0) != nil || context.lower($0) == "according" }
        #expect(context.cues(in: all).map(Int.init) == expected)
        #expect(expected.count == 4)
        for low in all {
            for high in low...context.tokens.count {
                #expect(context.cues(in: low..<high).map(Int.init) == expected.filter { (low..<high).contains($0) })
                #expect(context.hasCue(in: low..<high) == !context.cues(in: low..<high).isEmpty)
            }
            let facts = context.verbFacts(at: low)
            let verb = context.speechVerb(at: low)
            #expect(facts?.form == verb?.form)
            #expect(facts?.traits == verb?.traits)
            #expect(facts?.isAsk == verb.map { $0.lemma == "ask" })
            #expect((context.verbID(at: low) >= 0) == (verb != nil))
        }
        #expect(context.cues(in: 500..<900).isEmpty)
        #expect(context.verbID(at: -1) == -1)
    }
}
