import BylineModel
import Testing

@testable import BylineExtraction

/// Session 11's allocation cuts in the quote pipeline: arrays made once at their size (or
/// with room for most articles) and handed over instead of copied. Each test proves the
/// array holds what it held before and has the room that saves the regrowth.
@Suite struct ArrayRoomTests {
    static func span(_ start: Int, _ end: Int, parent: Int? = nil) -> QuotedSpan {
        QuotedSpan(
            content: TextSpan(start: start, end: end), openMark: TextSpan(start: start - 1, end: start),
            closeMark: TextSpan(start: end, end: end + 1), paragraph: 0, endParagraph: 0, parent: parent)
    }

    @Test func outerContents_areTheContentsOfTheQuotesNotNested_inOrder() {
        let quotes = [
            Self.span(1, 40), Self.span(5, 12, parent: 0), Self.span(50, 60), Self.span(52, 55, parent: 2),
            Self.span(70, 90),
        ]
        let contents = ReportedSpeechFinder.outerContents(of: quotes)
        #expect(contents == quotes.filter { !$0.isNested }.map(\.content))
        #expect(contents.capacity >= quotes.count)
        #expect(ReportedSpeechFinder.outerContents(of: []).isEmpty)
        #expect(ReportedSpeechFinder.outerContents(of: [Self.span(3, 9, parent: 0)]).isEmpty)
    }

    @Test func takeFound_handsTheSpansOverAndLeavesTheStateEmpty() {
        var state = ScanState(units: [])
        state.found = [Self.span(1, 10), Self.span(20, 30)]
        let taken = state.takeFound()
        #expect(taken == [Self.span(1, 10), Self.span(20, 30)])
        #expect(state.found.isEmpty)
    }

    @Test func scanState_reservesRoomForQuotesAtTheFirst() {
        let found = QuoteScanner().scan(ArticleText(paragraphs: ["He said \"one\" and \"two\" and \"three\"."]))
        #expect(found.map(\.content) == [TextSpan(start: 9, end: 12), TextSpan(start: 19, end: 22), TextSpan(start: 29, end: 34)])
        #expect(found.capacity >= ScanState.quoteRoom)
    }

    @Test func noteSpeaker_keepsEachSpeakerOnceInOrder_withRoomAtTheFirst() {
        var index = EntityIndex([
            RecognizedEntity(name: "Rex Tillerson", type: .person, mentions: [TextSpan(start: 0, end: 13)]),
            RecognizedEntity(name: "Tass", type: .organization, mentions: [TextSpan(start: 20, end: 24)]),
        ])
        #expect(index.spoken.capacity == 0)
        for entity in [1, 0, 1, 1, 0] { index.noteSpeaker(entity) }
        #expect(index.spoken == [1, 0])
        #expect(index.spoken.capacity >= EntityIndex.speakerRoom)
        for entity in 2..<40 { index.noteSpeaker(entity) }
        #expect(index.spoken == [1, 0] + Array(2..<40))
    }

    @Test func blockRanges_haveRoomForEveryBlockAtOnce() {
        let lines = TextBlocksTests.lines(["a", "", "b", "", "c", "", "d"])
        let blocks = TextBlocks.ranges(lines)
        #expect(blocks == [0..<1, 2..<3, 4..<5, 6..<7])
        #expect(blocks.capacity >= 4)
    }

    /// The nesting walk keeps only the innermost open span and climbs its parents: three
    /// levels, then a sibling of the middle one, then a quotation outside them all (a climb
    /// of three).
    @Test func nestedSpans_linkToTheNearestSpanHoldingThem() {
        let text = ArticleText(paragraphs: [
            "“He said \"the 'best' plan\" and \"a 'good' one\" today,” she said. Then \"another\" came."
        ])
        let found = QuoteScanner().scan(text)
        // A single-quoted word is read inside each double quotation that holds it (the outer
        // one and its nested one), as the scanner always has: two spans, the second nested in
        // the middle quotation, not in its twin.
        #expect(found.map { text[$0.content] } == [
            "He said \"the 'best' plan\" and \"a 'good' one\" today,", "the 'best' plan", "best", "best",
            "a 'good' one", "good", "good", "another",
        ])
        #expect(found.map(\.parent) == [nil, 0, 1, 1, 0, 4, 4, nil])
    }

    @Test func reportedClauses_haveRoomAtOnce_whenTheArticleHasACue() {
        let context = QuoteTestSupport.context(["Lavrov said the two nations agreed on a plan. Nothing else happened here."])
        let found = ReportedSpeechFinder().find(in: context)
        #expect(found.count == 1)
        #expect(found.capacity >= ReportedSpeechFinder.clauseRoom)
        let none = ReportedSpeechFinder().find(in: QuoteTestSupport.context(["The bridge opened on a sunny Monday morning."]))
        #expect(none.isEmpty && none.capacity == 0)
    }

    /// The assembler makes each quotation whole at once: the fields it filled in one by one.
    @Test func assembledQuote_carriesTheSpeakerAndCue_orTheEarlierQuotesOnes() {
        let context = QuoteTestSupport.context(["\"We will win,\" Rex Tillerson said on Monday."])
        let speaker = ResolvedSpeaker(entity: 3, text: "Rex Tillerson", span: TextSpan(start: 15, end: 28))
        let cue = Cue(verbTokens: 8..<9, speaker: SpeakerPhrase(kind: .name, tokens: 6..<8, nameTokens: 6..<8))
        let span = TextSpan(start: 1, end: 12)
        let quote = QuoteAssembler.quote(span, .full, speaker, cue, context)
        let cueSpan = context.span(of: 8..<9)
        #expect(quote == ExtractedQuote(
            span: span, kind: .full, speaker: 3, speakerText: "Rex Tillerson", speakerSpan: speaker.span,
            cue: context.text[cueSpan], cueSpan: cueSpan))
        #expect(quote.cue == "said")
        let unresolved = QuoteAssembler.quote(span, .partial, nil, cue, context)
        #expect(unresolved.speaker == nil && unresolved.speakerText == nil && unresolved.speakerSpan == nil)
        #expect(unresolved.cue == "said" && unresolved.cueSpan == cueSpan)
        let next = QuoteAssembler.quote(TextSpan(start: 40, end: 50), .full, speakerOf: quote)
        #expect(next == ExtractedQuote(
            span: TextSpan(start: 40, end: 50), kind: .full, speaker: 3, speakerText: "Rex Tillerson",
            speakerSpan: speaker.span, cue: "said", cueSpan: cueSpan))
    }

    /// `QuoteAssembler.unresolved`: the speakers not resolved yet, one nil per slot, made in
    /// place at their count.
    @Test func unresolvedSpeakers_areNilsOfTheCount() {
        #expect(QuoteAssembler.unresolved(0).isEmpty)
        let three = QuoteAssembler.unresolved(3)
        #expect(three.count == 3)
        #expect(three.allSatisfy { $0 == nil })
        #expect(three.capacity >= 3)
    }
}
