/// The words a rule's walk over a clause must not cross: a link opens another clause, and an
/// auxiliary, a modal or `not` another predicate. Each rule adds its own few (`than`, `as`,
/// `although`, `said`).
enum ClauseStopWords {
    static let links = ["and", "but", "or", "that", "which", "who", "whom", "whose", "when", "while", "because", "if"]
    static let auxiliaries = ["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "not"]
    static let modals = ["can", "could", "should", "may", "might", "must"]

    /// Links, auxiliaries, the modals unless left out, and `extra`.
    static func stops(withModals: Bool = true, adding extra: [String]) -> WordClass {
        WordClass(Set(links + auxiliaries + (withModals ? modals : []) + extra))
    }
}
