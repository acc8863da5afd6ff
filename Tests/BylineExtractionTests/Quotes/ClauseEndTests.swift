import Testing

@testable import BylineExtraction

/// `AttributionContext.isClauseEndMark` tests a token's code units where `isPunctuation`
/// asked the `clauseEnds` list (a `Set` for marks beyond ASCII): both must agree on every
/// token, marks beyond ASCII and canonical equivalents included.
@Suite struct ClauseEndTests {
    @Test func clauseEndMark_answersWhatTheListAnswers_onEveryToken() {
        let text = ArticleText(paragraphs: [
            "He left. Did she? Yes! No; maybe\u{037E} then\u{2026} and... what?! really!? so",
            "Marks: , : - -- \u{2014} ( ) \" \u{201C} \u{201D} ' \u{2019} .. .... !! ?? \u{2049} \u{2048} \u{FF1F} \u{FE52} \u{2024}",
            "R-Ky., (R-Fla.) U.S. end.",
        ])
        let context = AttributionContext(TokenizedText(text), quotes: [])
        var ends = 0
        for index in -1...context.tokens.count {
            let expected = context.isPunctuation(index, AttributionContext.clauseEnds)
            #expect(context.isClauseEndMark(index) == expected, "token \(index)")
            if expected { ends += 1 }
        }
        #expect(ends >= 9)
    }
}
