/// Sieve rule: a quotation that is the predicate of a relative clause hanging on an earlier
/// quotation of the sentence continues that quotation's speaker: `Hale launched into a lament
/// for the "forgotten families" who are "victims of the recession"`, `Lee called it a
/// "giveaway" that was "written by lobbyists"`. The clause (`who`, `that` or `which`, then `is`,
/// `are`, `was` or `were`) must follow the earlier closing mark within a few plain words (`by
/// illegal immigrants who are "..."`), with no punctuation, verb of saying or other link on the
/// way; the earlier quotation must have a cue of its own (asked of the sieve, once per link).
/// Tried last among the cues: a quotation with its own cue keeps it.
struct RelativePredicateRule: AttributionRule {
    /// Most plain words between the earlier closing mark and the relative word.
    static let gap = 5
    /// How many quotations back a chain of such clauses is followed.
    static let chain = 3

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        cue(for: site, in: context, depth: 0)
    }

    private func cue(for site: QuoteSite, in context: AttributionContext, depth: Int) -> Cue? {
        guard depth < Self.chain, context.quotes[site.quote].parent == nil, let previous = earlierQuotation(site, context)
        else { return nil }
        let earlier = context.sites[previous]
        guard earlier.lowerBound == site.lowerBound else { return nil }
        return AttributionSieve.rules.lazy.compactMap { entry -> Cue? in
            if entry.rule is RelativePredicateRule { return self.cue(for: earlier, in: context, depth: depth + 1) }
            return entry.rule.cue(for: earlier, in: context)
        }.first
    }

    /// The quotation whose closing mark opens the gap before `who are "..."`, or nil.
    private func earlierQuotation(_ site: QuoteSite, _ context: AttributionContext) -> Int? {
        var index = site.openToken - 1
        if context.isWord(index, in: WordSets.articles) { index -= 1 }
        guard context.isWord(index, in: WordSets.isAreWasEtc), context.isWord(index - 1, in: RelativePredicateWords.relatives)
        else { return nil }
        index -= 2
        var words = 0
        while index > site.lowerBound, words <= Self.gap, !context.isQuoteMark(index) {
            let token = context.tokens[index]
            guard token.kind == .word || token.kind == .number, !context.isWord(index, in: RelativePredicateWords.stops),
                context.speechVerb(at: index) == nil
            else { return nil }
            words += 1
            index -= 1
        }
        guard context.isQuoteMark(index), site.quote > 0 else { return nil }
        let start = context.tokens[index].span.start
        let previous = site.quote - 1
        guard !context.quotes[previous].isNested, let close = context.quotes[previous].closeMark,
            close.start <= start, start < close.end
        else { return nil }
        return previous
    }
}
