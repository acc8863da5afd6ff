import Testing
@testable import BylineExtraction

/// `Rep. Jo Hale (R-Ohio): "..."`: a titled name that is the whole clause before a colon
/// labels the quotation, as in a transcript excerpt (session 7).
@Suite struct ColonLabelTests {
    private func speakers(_ paragraphs: [String]) -> [String?] {
        QuoteTestSupport.extract(paragraphs).filter { $0.kind != .indirect }.map(\.speaker)
    }

    @Test func titledNameWithPartyAndState_labelsTheQuotation() {
        #expect(speakers(["Rep. Tom Waller (R-Ohio): \"I have not heard anyone other than you say that.\""]) == ["Tom Waller"])
    }

    @Test func titledNameWithoutSpace_labelsTheQuotation() {
        #expect(speakers(["Sen. Dana Pike:\"We learned that from the department.\""]) == ["Dana Pike"])
    }

    @Test func nameAfterAVerb_isNoLabel() {
        // The clause before the colon is a sentence about the name, not the name alone.
        #expect(speakers(["The crowd chanted for Tom Waller: \"Four more years!\""]) == [nil])
    }
}
