/// What the sieve decided for one quotation: the cue it found (with the speaker phrase), or
/// the earlier quotation whose speaker it continues, or neither.
struct QuoteAttribution: Sendable {
    var cue: Cue?
    var continues: Int?
    /// The rule that decided, for tests and debugging.
    var rule: String
}
