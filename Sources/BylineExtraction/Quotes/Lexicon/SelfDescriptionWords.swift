/// Words of `SelfDescriptionRule`.
enum SelfDescriptionWords {
    static let articles: WordClass = ["a", "an", "the"]
    static let by: WordClass = ["by"]
    static let goForms: WordClass = ["go", "goes", "went", "going", "gone"]
    static let reflexives: WordClass = ["himself", "herself", "itself", "themselves", "myself", "ourselves"]
    /// Verbs by which a subject presents itself (the naming verbs count too: `calls himself`).
    static let presentingVerbs: WordClass = [
        "bill", "bills", "billed", "billing", "position", "positions", "positioned", "positioning",
        "style", "styles", "styled", "styling", "market", "markets", "marketed", "marketing",
        "pitch", "pitches", "pitched", "pitching", "present", "presents", "presented", "presenting",
        "fashion", "fashions", "fashioned", "fashioning", "promote", "promotes", "promoted", "promoting",
        "advertise", "advertises", "advertised", "advertising", "sell", "sells", "sold", "selling",
        "proclaim", "proclaims", "proclaimed", "proclaiming", "declare", "declares", "declared", "declaring",
        "identify", "identifies", "identified", "identifying",
    ]
}
