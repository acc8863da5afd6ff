import Testing

@testable import BylineExtraction

/// The postposed reader keeps the first cue after the comma it is at and asks for the next
/// one only once its scan has passed it: the clause must still end at the comma just before
/// the cue, however many commas and cues (inside or outside the clause) come before it.
@Suite struct PostposedCueScanTests {
    private func indirect(_ paragraphs: [String]) -> [ExtractedForTest] {
        QuoteTestSupport.extract(paragraphs).filter { $0.kind == .indirect }
    }

    @Test func manyCommasBeforeTheCue_endTheClauseAtTheLastOne() {
        let found = indirect([
            "The dam, which was built in 1950, cracked in May, in June, and again in July, Maria Lopez noted."
        ])
        #expect(found.first?.text == "The dam, which was built in 1950, cracked in May, in June, and again in July")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func aCueInsideTheClause_doesNotHideTheLaterOne() {
        let found = indirect([
            "Farmers who complained about the drought, the floods and the prices, and who warned about the harvest, lost money again this year, Ivan Petrov noted."
        ])
        #expect(found.first?.speaker == "Ivan Petrov")
        #expect(found.first?.text.hasSuffix("lost money again this year") == true)
    }
}
