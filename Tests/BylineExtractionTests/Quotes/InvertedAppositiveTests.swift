import Testing
@testable import BylineExtraction

/// `"...," said Acme's deputy campaign manager, Rich Bellamy, who ...`: after an inverted verb,
/// the name set off after the description is the speaker (session 10).
@Suite struct InvertedAppositiveTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func descriptionThenNameAfterInvertedVerb_namesThePerson() {
        #expect(speakers(["\"We are counting every vote,\" said Orvane's deputy campaign manager, Rich Bellamy, who ran the count in 2012."]) == ["Rich Bellamy"])
        #expect(speakers(["\"He wanted to make his own mark,\" said his best friend at college, Bruce Tarrant."]) == ["Bruce Tarrant"])
        #expect(speakers(["\"The plant will close,\" said the company's chief executive, Lena Okafor, on Monday."]) == ["Lena Okafor"])
    }

    @Test func clauseOrOtherPersonAfterTheComma_namesNobody() {
        #expect(speakers(["\"The plant will close,\" said a spokesman, Reuters reported."]) != ["Reuters"])
        #expect(speakers(["\"The plant will close,\" said his lawyer, Lena Okafor's husband."]) == [nil])
        #expect(speakers(["\"The plant will close,\" said a man who knew him, Lena Okafor said."]) != ["Lena Okafor"])
    }

    @Test func singleWordAfterTheComma_isNoApposition() {
        #expect(speakers(["\"The plant will close,\" said a spokesman, Monday."]) == [nil])
    }
}
