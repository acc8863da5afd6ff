/// Words of `RelativePredicateRule`.
enum RelativePredicateWords {
    static let articles: WordClass = ["a", "an", "the"]
    static let relatives: WordClass = ["who", "that", "which"]
    /// Words the gap never crosses: another link, auxiliary or negation opens a clause of its own.
    static let stops: WordClass = [
        "and", "but", "or", "that", "which", "who", "whom", "whose", "when", "while", "because", "if",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "not", "said", "says",
    ]
}
