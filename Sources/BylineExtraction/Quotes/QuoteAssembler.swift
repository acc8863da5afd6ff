/// Turns the sieve's decisions and the reported clauses into `ExtractedQuote`s. Speakers are
/// resolved in text order, direct and reported together, so that a pronoun can find a
/// speaker named (and added to the entities) a sentence earlier.
struct QuoteAssembler {
    let context: AttributionContext
    let decided: [Int: QuoteAttribution]
    let reported: [ReportedClause]
    var index: EntityIndex

    private enum Source: Hashable { case direct(Int), reported(Int) }

    mutating func assemble() -> [ExtractedQuote] {
        var resolver = SpeakerResolver(context: context, index: index)
        var cues: [(position: Int, source: Source, cue: Cue)] = []
        for (quote, attribution) in decided where attribution.continues == nil {
            if let cue = attribution.cue { cues.append((cue.speaker.tokens.lowerBound, .direct(quote), cue)) }
        }
        for (clause, found) in reported.enumerated() {
            cues.append((found.cue.speaker.tokens.lowerBound, .reported(clause), found.cue))
        }
        cues.sort { $0.position < $1.position }
        var resolved: [Source: ResolvedSpeaker] = [:]
        for item in cues { resolved[item.source] = resolver.resolve(item.cue.speaker) }
        index = resolver.index

        var direct: [ExtractedQuote] = []
        for quote in context.quotes.indices {
            let site = QuoteSite(quote: quote, in: context)
            let attribution = decided[quote]
            var extracted = ExtractedQuote(
                span: context.quotes[quote].content,
                kind: QuoteKindClassifier().kind(of: site, attribution: attribution, in: context))
            if let previous = attribution?.continues {
                copySpeaker(from: direct[previous], to: &extracted)
            } else if let cue = attribution?.cue, let speaker = resolved[.direct(quote)] {
                apply(speaker, cue, to: &extracted)
            } else if let clause = reportedBefore(site) {
                apply(resolved[.reported(clause)], reported[clause].cue, to: &extracted)
            }
            direct.append(extracted)
        }
        let indirect = reported.enumerated().map { clause, found in
            var extracted = ExtractedQuote(span: found.content, kind: .indirect)
            apply(resolved[.reported(clause)], found.cue, to: &extracted)
            return extracted
        }
        return (direct + indirect).sorted { $0.span < $1.span }
    }

    private func apply(_ speaker: ResolvedSpeaker?, _ cue: Cue, to quote: inout ExtractedQuote) {
        quote.speaker = speaker?.entity
        quote.speakerText = speaker?.text
        quote.speakerSpan = speaker?.span
        let cueSpan = context.span(of: cue.verbTokens)
        quote.cue = context.text[cueSpan]
        quote.cueSpan = cueSpan
    }

    private func copySpeaker(from earlier: ExtractedQuote, to quote: inout ExtractedQuote) {
        quote.speaker = earlier.speaker
        quote.speakerText = earlier.speakerText
        quote.speakerSpan = earlier.speakerSpan
        quote.cue = earlier.cue
        quote.cueSpan = earlier.cueSpan
    }

    /// Continuation from reported speech: `..., Schiff said. "The administration ..."` keeps
    /// the speaker of the sentence just before, in the same paragraph, with no quotation between.
    private func reportedBefore(_ site: QuoteSite) -> Int? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, site.openToken == site.lowerBound, site.lowerBound > 0 else { return nil }
        let previousSentence = context.sentences[context.sentenceIndex(ofToken: site.lowerBound - 1)]
        guard previousSentence.paragraph == quote.paragraph else { return nil }
        return reported.lastIndex { clause in
            previousSentence.span.contains(context.span(of: clause.cue.verbTokens))
                && !context.quotes.contains { !$0.isNested && previousSentence.span.overlaps($0.content) }
        }
    }
}
