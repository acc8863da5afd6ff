import Testing

@testable import BylineExtraction

/// Session 12: the context reserves room for a cue at every token (the bound), where a
/// share of the tokens regrew the list. A text made almost only of cues must still list
/// every one, in order, from any starting token.
@Suite struct DenseCueTests {
    @Test func cues_ofATextOfCues_areEveryVerb_inOrder() {
        let words = Array(repeating: "said", count: 60).joined(separator: " ")
        let context = AttributionContext(TokenizedText(ArticleText(paragraphs: ["they " + words + "."])), quotes: [])
        let verbs = context.tokens.indices.filter { context.tokens[$0].text == "said" }
        #expect(verbs.count == 60)
        #expect(context.cues(in: 0..<context.tokens.count).map(Int.init) == verbs)
        #expect(context.cues(in: 10..<20).map(Int.init) == verbs.filter { (10..<20).contains($0) })
        #expect(context.hasCue(in: 0..<1) == false)
    }
}
