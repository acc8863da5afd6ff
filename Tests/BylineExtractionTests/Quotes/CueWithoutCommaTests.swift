import Testing
@testable import BylineExtraction

/// `"The caucus is a battle of niches" Grubbs said.`: the adjacent cue also reads a cue after a
/// whole quoted sentence whose comma is missing.
@Suite struct CueWithoutCommaTests {
    private func speaker(_ paragraphs: [String]) -> String? {
        QuoteTestSupport.speakerWords(AdjacentCueRule(), quote: 0, in: paragraphs)
    }

    @Test func nameAndVerbAfterQuotationWithoutComma_isTheCue() {
        #expect(speaker(["\"The caucus is a battle of niches\" Dana Hale said. \"Turnout decides it.\""]) == "Dana Hale")
        #expect(speaker(["\"He put a lot of people out of business\" Hale said after an event on Monday."]) == "Hale")
    }

    @Test func invertedCueWithoutComma_isTheCue() {
        #expect(speaker(["\"We will be back next year\" said Dana Hale."]) == "Dana Hale")
    }

    @Test func continuationKeepsTheSpeaker() {
        let found = QuoteTestSupport.extract(["\"The caucus is a battle of niches\" Dana Hale said. \"Turnout decides it.\""])
            .filter { $0.kind != .indirect }
        #expect(found.map(\.speaker) == ["Dana Hale", "Dana Hale"])
    }

    @Test func quotedTitleBeforeItsSubject_isNoCue() {
        // The quotation does not open a sentence of its own: a title inside the sentence.
        #expect(speaker(["She said the show \"Veep\" Louis Dreyfus starred in was her favorite."]) == nil)
    }

    @Test func quotationWithComma_isStillTheAdjacentCue() {
        #expect(speaker(["\"We will win,\" Dana Hale said."]) == "Dana Hale")
    }

    @Test func nameWithoutVerbOfReporting_isNoCue() {
        #expect(speaker(["\"Make America Great Again\" Trump hats sold out in minutes."]) == nil)
    }
}
