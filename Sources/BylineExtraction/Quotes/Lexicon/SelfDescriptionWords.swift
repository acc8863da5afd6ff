/// Words of `SelfDescriptionRule`.
enum SelfDescriptionWords {
    static let by: WordClass = ["by"]
    static let goForms: WordClass = ["go", "goes", "went", "going", "gone"]
    static let reflexives: WordClass = ["himself", "herself", "itself", "themselves", "myself", "ourselves"]
    /// Verbs by which a subject presents itself (the naming verbs count too: `calls himself`).
    static let presentingVerbs = VerbForms.wordClass(
        [
            "bill", "position", "style", "market", "pitch", "present", "fashion", "promote", "advertise", "sell",
            "proclaim", "declare", "identify",
        ],
        irregular: ["sell": ["sells", "sold", "selling"]])
}
