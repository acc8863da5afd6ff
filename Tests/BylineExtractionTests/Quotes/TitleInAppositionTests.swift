import Testing
@testable import BylineExtraction

/// `As Ken Ortiz, author of "The Open Harbor," put it, "..."`: a short title closing a
/// speaker's apposition holds the comma inside its marks; the subject is still the name that
/// opens the apposition (session 10).
@Suite struct TitleInAppositionTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func putItAfterAnAppositionEndingInATitle_namesTheAuthor() {
        let sentence = "As Ken Ortiz, professor of sea law at Halden and author of \u{201C}The Open Harbor,\u{201D} put it, "
            + "\u{201C}The town should remember that a cheap pier today may cost far more tomorrow.\u{201D}"
        #expect(speakers(sentence) == [nil, "Ken Ortiz"])
    }

    @Test func doubledApostropheMarks_workAlike() {
        let sentence = "As Ken Ortiz, author of ''The Open Harbor,'' put it, ''The town should think again before it builds.''"
        #expect(speakers(sentence) == [nil, "Ken Ortiz"])
    }

    @Test func saidAfterAnAppositionEndingInATitle_namesTheAuthor() {
        let sentence = "Ken Ortiz, author of \"The Open Harbor,\" said the new pier was \"a costly mistake.\""
        #expect(speakers(sentence) == [nil, "Ken Ortiz"])
    }

    @Test func titleWithNoNameBeforeIt_namesNobody() {
        let sentence = "As the author of \"The Open Harbor,\" put it, \"The town should think again before it builds.\""
        #expect(speakers(sentence) == [nil, nil])
    }
}
