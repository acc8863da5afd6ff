/// The attribution rules in order, most precise first: a cue beside the quotation, a
/// journalist's report, a reported clause around it, a colon introduction, then continuation
/// of the previous quotation's speaker. Whatever none of them claims has no speaker.
struct AttributionSieve: Sendable {
    let rules: [(name: String, rule: any AttributionRule)] = [
        ("adjacent cue", AdjacentCueRule()),
        ("journalist report", JournalistReportRule()),
        ("reporting clause", ReportingClauseRule()),
        ("colon introduction", ColonIntroductionRule()),
    ]

    func attribute(_ context: AttributionContext) -> [Int: QuoteAttribution] {
        var decided: [Int: QuoteAttribution] = [:]
        for index in context.quotes.indices {
            let site = QuoteSite(quote: index, in: context)
            if let (name, cue) = firstCue(site, context) {
                decided[index] = QuoteAttribution(cue: cue, continues: nil, rule: name)
            } else if let previous = ContinuationRule().source(for: site, in: context, attributed: decided) {
                decided[index] = QuoteAttribution(cue: decided[previous]?.cue, continues: previous, rule: "continuation")
            }
        }
        return decided
    }

    private func firstCue(_ site: QuoteSite, _ context: AttributionContext) -> (String, Cue)? {
        for (name, rule) in rules {
            if let cue = rule.cue(for: site, in: context) { return (name, cue) }
        }
        return nil
    }
}
