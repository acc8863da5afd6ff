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
