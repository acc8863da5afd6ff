/// The words `EpithetResolver` reads: titles with their abbreviations, epithets for a
/// person and for an organization, and the links that make a description someone else's.
extension EpithetResolver {
    /// `the senator of Ohio`, `the aide to Mr. Hale`, `the senator and the governor`:
    /// another noun or a second person in the description.
    static let linkWords: WordClass = ["of", "for", "to", "at", "from", "with", "and", "or", "who", "whose", "which", "that"]

    /// Titles whose abbreviation stands before names (`Sen.`, `Gov.`, `Rep.`).
    static let senatorForms: WordClass = ["senator", "sen.", "sen"]
    static let governorForms: WordClass = ["governor", "gov.", "gov"]
    static let representativeForms: WordClass = [
        "representative", "congressman", "congresswoman", "rep.", "rep",
    ]
    static let presidentForms: WordClass = ["president", "pres."]
    /// A journalist's title, which the outlet's own report writes after `our`.
    static let journalistForms: WordClass = ["correspondent", "editor", "reporter"]
    static let our: WordClass = ["our"]

    /// The forms of the title a head word is, or nil (other titles, written out the same way
    /// before the name, are `TitleResolver`'s).
    static func titleForms(_ head: Int, _ context: AttributionContext) -> WordClass? {
        // One test after another: a literal array of the classes was built (and its
        // elements retained) on every call.
        if context.isWord(head, in: senatorForms) { return senatorForms }
        if context.isWord(head, in: governorForms) { return governorForms }
        if context.isWord(head, in: representativeForms) { return representativeForms }
        if context.isWord(head, in: presidentForms) { return presidentForms }
        if context.isWord(head, in: journalistForms) { return journalistForms }
        return nil
    }

    /// Heads that stand for a person named just before (`the billionaire`, `the actor`).
    /// Roles any unnamed person may fill (`the man`, `the source`, `the spokesman`, `the
    /// aide`, `the designer`) are left out: they are often the only words for someone the
    /// article never names. So are offices (`the mayor`, `the minister`, `the coach`): the
    /// holder is often not the person just named (`Varga warned ... . The mayor said`), and
    /// a title written before the name is `TitleResolver`'s or `titleForms`' to match.
    static let personEpithets: WordClass = [
        "businessman", "businesswoman", "billionaire", "millionaire", "mogul", "tycoon", "magnate",
        "entrepreneur", "actor", "actress", "singer", "songwriter", "rapper", "musician", "comedian",
        "star", "superstar", "winner", "champion", "diplomat", "politician", "nominee", "front-runner",
        "frontrunner", "veteran", "novelist", "filmmaker", "striker", "midfielder", "defender",
        "goalkeeper", "batsman", "bowler", "boxer", "golfer", "sprinter", "athlete", "cyclist",
        "swimmer", "candidate", "republican", "democrat",
    ]

    /// Heads that stand for an organization named just before (`the company said`). Not
    /// `the union` or `the club`, often a different body from the company or league named.
    static let organizationEpithets: WordClass = [
        "company", "firm", "group", "bank", "carmaker", "automaker", "retailer", "airline", "giant",
        "maker", "chain", "operator", "broadcaster", "network", "organisation", "organization",
        "agency", "association", "regulator", "watchdog", "charity",
        "insurer", "lender", "supermarket", "publisher", "studio", "label", "manufacturer",
        "conglomerate", "corporation", "business", "provider", "developer", "distributor",
    ]
}
