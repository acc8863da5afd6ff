import Testing
@testable import BylineExtraction

/// Session 12 (attrl): verbs and phrases of saying the cue lexicon lacked, found by comparing
/// it with the annotated cues of direct quotations (PolNeAR's tune half and dev) and with the
/// standard lists of English reporting verbs. Each family cues a full and a partial quotation,
/// and leaves a use that reports nobody alone. Sentences written here.
@Suite struct CueLexiconCoverageTests {
    let lexicon = SpeechVerbLexicon.shared

    @Test func doubledConsonants_areInflectedAsWritten() {
        // `fret` used to inflect to `freted`, `brag` to `braging`: the real forms were missing.
        #expect(lexicon["fretted"]?.lemma == "fret")
        #expect(lexicon["bragging"]?.lemma == "brag")
        #expect(lexicon["signalled"]?.lemma == "signal")
        #expect(lexicon["marvelled"]?.lemma == "marvel")
        #expect(lexicon["rebutted"]?.lemma == "rebut")
        #expect(lexicon["freted"] == nil)
    }

    @Test func newReportingVerbs_areFoundInEveryTense() {
        for word in ["affirm", "affirms", "affirmed", "affirming"] { #expect(lexicon[word]?.lemma == "affirm") }
        for word in ["reaffirmed", "implied", "insinuated", "confessed", "confided", "reassured", "rebutted", "refuted"] {
            #expect(lexicon[word]?.traits.contains(.speech) == true)
        }
    }

    @Test func newReportingVerb_cuesAFullQuotation() {
        let after = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"We will not back down on this,\" Dana Pruitt affirmed."])
        #expect(after == "Dana Pruitt")
        let inverted = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"I made a mistake and I own it,\" confessed Carl Wendt, the treasurer."])
        #expect(inverted == "Carl Wendt")
    }

    @Test func newReportingVerb_cuesAPartialQuotation() {
        let found = QuoteTestSupport.direct(
            ["Dana Pruitt reaffirmed that the budget was \"a moral document\" and had to be passed soon."])
        #expect(found.first?.speakerText == "Dana Pruitt")
    }

    @Test func mannerVerb_cuesFullAndPartialQuotationsBesideThem() {
        let full = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"Get out of my office,\" boomed Tom Baxter."])
        #expect(full == "Tom Baxter")
        let partial = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["The vote was \"a total disgrace,\" Tom Baxter jeered."])
        #expect(partial == "Tom Baxter")
    }

    @Test func mannerVerb_inItsOtherSense_cuesNobody() {
        let economy = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["Exports boomed after the \"Harbor Act\" passed in May."])
        #expect(economy == nil)
        // Verbs that judge someone stay with `JudgedActRule`, which tells a term from the
        // judge's words: `excoriating` is mostly an adjective, `slammed` not a verb of saying here.
        #expect(lexicon["excoriating"] == nil)
        #expect(lexicon["slammed"] == nil)
    }

    @Test func besideOnlyVerb_cuesFullAndPartialQuotations() {
        let full = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"I was the one who found the letter,\" she volunteered."])
        #expect(full == "she")
        let partial = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["The hearing was \"more or less a formality,\" Jo Hale allowed."])
        #expect(partial == "Jo Hale")
    }

    @Test func besideOnlyVerb_awayFromTheQuote_cuesNobody() {
        // `allowed` is a cue only right beside the quotation, closing its clause.
        let plain = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["The judge allowed \"Exhibit A\" into evidence on Monday."])
        #expect(plain == nil)
    }

    @Test func phrasalVerbWithOutOrOff_cuesFullAndPartialQuotations() {
        let full = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"These people are crooks,\" Ray Dunmore lashed out."])
        #expect(full == "Ray Dunmore")
        let before = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0,
            in: ["When the mayor cut the budget, Ray Dunmore sounded off: \"Nobody asked the parents.\""])
        #expect(before == "Ray Dunmore")
        let partial = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["The plan is \"a gift to the banks,\" Nia Ford spoke out."])
        #expect(partial == "Nia Ford")
    }

    @Test func phrasalVerbWithOut_thatDoesNotCloseItsClause_cuesNobody() {
        let clause = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["Ray Dunmore lashed out at the \"fake polls\" on Monday."])
        #expect(clause == nil)
    }
}
