/// Sieve rule: in a digest, a dash and a name before the colon sign the quotation that
/// follows: `But polls did predict the Democratic race - HuffPollster: "..."`, `TURNOUT WAS LOW
/// - Carl Bialik: "..."`. The label wins over a verb earlier in the headline-like lead-in,
/// whose subject (`polls`) is the digest's topic, not the quotation's author; `ColonCueRule`
/// reads the same label, but only after the stance and reporting rules have claimed such a
/// quotation for the lead-in's subject.
struct DashLabelRule: AttributionRule {
    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, site.openToken > site.lowerBound + 2, context.isMark(site.openToken - 1, 0x3A) else { return nil }
        let colon = site.openToken - 1
        let reader = SpeakerPhraseReader(context: context)
        guard let named = reader.phrase(endingAt: colon - 1, from: site.lowerBound), named.kind == .name,
            named.tokens.lowerBound > site.lowerBound,
            context.isPunctuation(named.tokens.lowerBound - 1, ColonCueRule.dashes)
        else { return nil }
        return Cue(verbTokens: colon..<(colon + 1), speaker: named)
    }
}
