/// Sieve rule: `"...," Waller said, but "..."`: a quotation joined by `but` (or `yet`) to the
/// cue of the quotation before it goes on in the same speaker's words (`"You know, I love
/// Larry," he said, but "when it comes to energy, ..."`). `and` is read by the reporting
/// clause already; `but` opens a new clause there, whose subject is the writer's own unless,
/// as here, the link follows the earlier quotation's cue directly.
///
/// The earlier quotation closes at most eight tokens before the comma, and what stands
/// between is its cue: a verb of reporting and its subject, no other punctuation. The cue is
/// asked of the sieve for the earlier quotation and must be that verb.
struct ContrastedQuoteRule: AttributionRule {
    static let links: WordClass = ["but", "yet"]
    /// Most tokens between the earlier closing mark and the comma before the link.
    static let cueReach = 8

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let link = site.openToken - 1
        guard site.quote > 0, context.quotes[site.quote].parent == nil, context.isWord(link, in: Self.links),
            context.isMark(link - 1, 0x2C)
        else { return nil }
        let previous = site.quote - 1
        guard !context.quotes[previous].isNested, let close = context.quotes[previous].closeMark else { return nil }
        let closeToken = context.tokenIndex(atOrAfter: close.start)
        let comma = link - 1
        guard closeToken < comma, comma - closeToken <= Self.cueReach else { return nil }
        var verb: Int?
        for index in (closeToken + 1)..<comma {
            if context.isMark(index, 0x2C), index == closeToken + 1 { continue }  // `",` outside the mark
            guard context.tokens[index].kind == .word else { return nil }
            if let facts = context.verbFacts(at: index), facts.traits.contains(.speech) {
                guard verb == nil else { return nil }
                verb = index
            }
        }
        guard let verb else { return nil }
        let earlier = context.sites[previous]
        guard let cue = AttributionSieve.rules.lazy.compactMap({ entry -> Cue? in
            entry.rule is ContrastedQuoteRule ? nil : entry.rule.cue(for: earlier, in: context)
        }).first, cue.verbTokens.contains(verb)
        else { return nil }
        return cue
    }
}
