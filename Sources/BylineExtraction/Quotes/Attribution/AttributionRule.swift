/// One rule of the attribution sieve: finds the cue for a quotation, or passes.
protocol AttributionRule: Sendable {
    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue?
}
