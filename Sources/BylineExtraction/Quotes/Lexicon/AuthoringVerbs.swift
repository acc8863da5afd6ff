/// Verbs by which a subject puts out a work whose title or text a quotation gives: `Hale
/// published "Harbor Days"`, `Lee released a memo titled "Where the Race Stands"`.
enum AuthoringVerbs {
    static let lemmas: Set<String> = [
        "publish", "release", "write", "pen", "author", "post", "issue", "unveil", "launch", "tweet",
        "send", "forward", "share", "circulate", "air", "file", "sign", "distribute",
    ]
    /// Participles that hang a title or text on the work: `a memo titled`, `a sign reading`.
    static let titling: Set<String> = ["titled", "entitled", "headlined", "reading", "subtitled"]
    private static let irregular: [String: [String]] = [
        "write": ["writes", "wrote", "writing", "written"], "pen": ["pens", "penned", "penning"],
        "send": ["sends", "sent", "sending"], "forward": ["forwards", "forwarded", "forwarding"],
    ]

    /// Lemma of every form, built once.
    static let forms = VerbForms.lemmaTable(lemmas, irregular: irregular)
}
