/// Turns the sieve's decisions and the reported clauses into `ExtractedQuote`s. Speakers are
/// resolved in text order, direct and reported together, so that a pronoun can find a
/// speaker named (and added to the entities) a sentence earlier.
struct QuoteAssembler {
    let context: AttributionContext
    let decided: [Int: QuoteAttribution]
    let reported: [ReportedClause]
    var index: EntityIndex

    private enum Source { case direct(Int), reported(Int) }

    mutating func assemble() -> [ExtractedQuote] {
        // Read into locals: calling a method of `self` from this mutating method copied the
        // whole assembler (its context, tables and entity index) for every quotation.
        let context = self.context
        let decided = self.decided
        let reported = self.reported
        var resolver = SpeakerResolver(context: context, index: index)
        var cues: [(position: Int, source: Source, cue: Cue)] = []
        cues.reserveCapacity(decided.count + reported.count)
        // In quote order (not the dictionary's): cues at one position resolve in a fixed order.
        for quote in context.quotes.indices {
            guard let attribution = decided[quote], attribution.continues == nil, let cue = attribution.cue else { continue }
            cues.append((cue.speaker.tokens.lowerBound, .direct(quote), cue))
        }
        for (clause, found) in reported.enumerated() {
            cues.append((found.cue.speaker.tokens.lowerBound, .reported(clause), found.cue))
        }
        cues.sort { $0.position < $1.position }
        // By quote and by clause: arrays, where a dictionary keyed by the source hashed each.
        var resolvedDirect = [ResolvedSpeaker?](repeating: nil, count: context.quotes.count)
        var resolvedReported = [ResolvedSpeaker?](repeating: nil, count: reported.count)
        for item in cues {
            let speaker = resolver.resolve(item.cue.speaker)
            switch item.source {
            case .direct(let quote): resolvedDirect[quote] = speaker
            case .reported(let clause): resolvedReported[clause] = speaker
            }
        }
        index = resolver.index

        var direct: [ExtractedQuote] = []
        // Room for the reported clauses too: they are appended below and all sorted in place
        // (`(direct + indirect).sorted` copied every quote twice).
        direct.reserveCapacity(context.quotes.count + reported.count)
        for quote in context.quotes.indices {
            let site = QuoteSite(quote: quote, in: context)
            let attribution = decided[quote]
            var extracted = ExtractedQuote(
                span: context.quotes[quote].content,
                kind: QuoteKindClassifier().kind(of: site, attribution: attribution, in: context))
            if let previous = attribution?.continues {
                Self.copySpeaker(from: direct[previous], to: &extracted)
            } else if let cue = attribution?.cue, let speaker = resolvedDirect[quote] {
                Self.apply(speaker, cue, to: &extracted, context)
            } else if let clause = Self.reportedBefore(site, reported, context) {
                Self.apply(resolvedReported[clause], reported[clause].cue, to: &extracted, context)
            }
            direct.append(extracted)
        }
        fillBetweenQuotesOfOneSpeaker(&direct, reportedSpeakers: resolvedReported)
        for (clause, found) in reported.enumerated() {
            var extracted = ExtractedQuote(span: found.content, kind: .indirect)
            Self.apply(resolvedReported[clause], found.cue, to: &extracted, context)
            direct.append(extracted)
        }
        // `sort` is `sorted`'s algorithm in place: ties keep the same order.
        direct.sort { $0.span < $1.span }
        return direct
    }

    private static func apply(_ speaker: ResolvedSpeaker?, _ cue: Cue, to quote: inout ExtractedQuote, _ context: AttributionContext) {
        quote.speaker = speaker?.entity
        quote.speakerText = speaker?.text
        quote.speakerSpan = speaker?.span
        let cueSpan = context.span(of: cue.verbTokens)
        quote.cue = context.text[cueSpan]
        quote.cueSpan = cueSpan
    }

    private static func copySpeaker(from earlier: ExtractedQuote, to quote: inout ExtractedQuote) {
        quote.speaker = earlier.speaker
        quote.speakerText = earlier.speakerText
        quote.speakerSpan = earlier.speakerSpan
        quote.cue = earlier.cue
        quote.cueSpan = earlier.cueSpan
    }

    /// Continuation from reported speech: `..., Schiff said. "The administration ..."` keeps
    /// the speaker of the sentence just before, in the same paragraph, with no quotation between.
    private static func reportedBefore(_ site: QuoteSite, _ reported: [ReportedClause], _ context: AttributionContext) -> Int? {
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
