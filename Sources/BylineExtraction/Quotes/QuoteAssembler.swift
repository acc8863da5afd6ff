import BylineModel

/// Turns the sieve's decisions and the reported clauses into `ExtractedQuote`s. Speakers are
/// resolved in text order, direct and reported together, so that a pronoun can find a
/// speaker named (and added to the entities) a sentence earlier.
struct QuoteAssembler {
    let context: AttributionContext
    /// By quotation index: what the sieve decided (nil: no speaker).
    let decided: [QuoteAttribution?]
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
        cues.reserveCapacity(context.quotes.count + reported.count)
        // In quote order: cues at one position resolve in a fixed order.
        for quote in context.quotes.indices {
            guard let attribution = decided[quote], attribution.continues == nil, let cue = attribution.cue else { continue }
            cues.append((cue.speaker.tokens.lowerBound, .direct(quote), cue))
        }
        for (clause, found) in reported.enumerated() {
            cues.append((found.cue.speaker.tokens.lowerBound, .reported(clause), found.cue))
        }
        cues.sort { $0.position < $1.position }
        // By quote and by clause: arrays, where a dictionary keyed by the source hashed each.
        var resolvedDirect = Self.unresolved(context.quotes.count)
        var resolvedReported = Self.unresolved(reported.count)
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
        // Each quotation is made whole in the expression it is appended from: made first and
        // filled in after, it was copied into the array (its strings retained) and the
        // original destroyed, twice a quotation.
        for quote in context.quotes.indices {
            let site = context.sites[quote]
            let attribution = decided[quote]
            let span = context.quotes[quote].content
            let kind = QuoteKindClassifier().kind(of: site, attribution: attribution, in: context)
            if let previous = attribution?.continues {
                direct.append(Self.quote(span, kind, speakerOf: direct[previous]))
            } else if let cue = attribution?.cue, let speaker = resolvedDirect[quote] {
                direct.append(Self.quote(span, kind, speaker, cue, context))
            } else if let clause = Self.reportedBefore(site, reported, context) {
                direct.append(Self.quote(span, kind, resolvedReported[clause], reported[clause].cue, context))
            } else {
                direct.append(ExtractedQuote(span: span, kind: kind))
            }
        }
        fillBetweenQuotesOfOneSpeaker(&direct, reportedSpeakers: resolvedReported)
        for clause in reported.indices {
            let found = reported[clause]
            direct.append(Self.quote(found.content, .indirect, resolvedReported[clause], found.cue, context))
        }
        // `sort` is `sorted`'s algorithm in place: ties keep the same order.
        direct.sort { $0.span < $1.span }
        return direct
    }

    /// `count` speakers not resolved yet. `Array(repeating: nil, count:)` allocated through
    /// the unspecialised path and copied its `nil` into each element by an outlined copy
    /// (about 1,300 instructions an array, two arrays an article); here each is stored in place.
    static func unresolved(_ count: Int) -> [ResolvedSpeaker?] {
        [ResolvedSpeaker?](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0, let base = buffer.baseAddress {
                for offset in 0..<count { (base + offset).initialize(to: nil) }
            }
            initialized = count
        }
    }

    /// A quotation with its speaker (if resolved) and its cue.
    static func quote(
        _ span: TextSpan, _ kind: Quote.Kind, _ speaker: ResolvedSpeaker?, _ cue: Cue, _ context: AttributionContext
    ) -> ExtractedQuote {
        let cueSpan = context.span(of: cue.verbTokens)
        return ExtractedQuote(
            span: span, kind: kind, speaker: speaker?.entity, speakerText: speaker?.text, speakerSpan: speaker?.span,
            cue: context.text[cueSpan], cueSpan: cueSpan)
    }

    /// A quotation that continues an earlier one: the earlier one's speaker and cue.
    static func quote(_ span: TextSpan, _ kind: Quote.Kind, speakerOf earlier: ExtractedQuote) -> ExtractedQuote {
        ExtractedQuote(
            span: span, kind: kind, speaker: earlier.speaker, speakerText: earlier.speakerText,
            speakerSpan: earlier.speakerSpan, cue: earlier.cue, cueSpan: earlier.cueSpan)
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
