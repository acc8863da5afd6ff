/// Words of `RelativePredicateRule`.
enum RelativePredicateWords {
    static let relatives: WordClass = ["who", "that", "which"]
    /// Words the gap never crosses: another link, auxiliary or negation opens a clause of its own.
    static let stops = ClauseStopWords.stops(withModals: false, adding: ["said", "says"])
}
