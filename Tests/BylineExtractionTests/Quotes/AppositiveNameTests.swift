import Testing
@testable import BylineExtraction

/// `"...," the White House spokesman, Josh Earnest, said`: a description set off before the
/// name it describes (session 9).
@Suite struct AppositiveNameTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func descriptionThenNameInCommas_namesThePerson() {
        #expect(speakers(["\"We are reviewing the rules,\" the White House spokesman, Josh Earnest, said on Thursday."]) == ["Josh Earnest"])
        #expect(speakers(["\"This is a difficult decision,\" Acme's chief executive, Jane Doe, told the BBC."]) == ["Jane Doe"])
    }

    @Test func asideThatIsNoName_namesNobody() {
        #expect(speakers(["\"It is over,\" the senator, a Democrat from Ohio, said."]) == [nil])
    }

    @Test func nameNotFollowedByTheVerb_isNoApposition() {
        #expect(speakers(["\"It is over,\" the spokesman said, Jane Doe, a reporter, wrote later."]) != ["Jane Doe"])
    }
}

extension AppositiveNameTests {
    @Test func capitalizedTitleThenName_namesThePerson() {
        #expect(speakers(["The Higher Education Minister, Kim Howells, said: \"We are working in schools.\""]) == ["Kim Howells"])
    }
}
