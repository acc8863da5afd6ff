/// What the lists know about one written word, gathered into one dictionary at load time
/// so the recognizer hashes each token once instead of asking a dozen sets.
public struct WordFacts: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The word in lower case is a common word (`Instead`, `INSTEAD`, `instead`).
    static let common = WordFacts(rawValue: 1 << 0)
    static let titleHead = WordFacts(rawValue: 1 << 1)
    static let titleModifier = WordFacts(rawValue: 1 << 2)
    static let listedDemonym = WordFacts(rawValue: 1 << 3)
    static let calendar = WordFacts(rawValue: 1 << 4)
    static let pronoun = WordFacts(rawValue: 1 << 5)
    static let particle = WordFacts(rawValue: 1 << 6)
    static let givenName = WordFacts(rawValue: 1 << 7)
    static let place = WordFacts(rawValue: 1 << 8)
    static let country = WordFacts(rawValue: 1 << 9)
    /// CoNLL eng.train typed it as an entity (or part of one) on its own.
    static let surface = WordFacts(rawValue: 1 << 10)
    static let organizationSuffix = WordFacts(rawValue: 1 << 11)
    static let placeSuffix = WordFacts(rawValue: 1 << 12)
    static let ofHead = WordFacts(rawValue: 1 << 13)
    static let speechVerb = WordFacts(rawValue: 1 << 14)
    static let organizationNoun = WordFacts(rawValue: 1 << 15)
    static let placeNoun = WordFacts(rawValue: 1 << 16)
    static let personNoun = WordFacts(rawValue: 1 << 17)
    static let placePreposition = WordFacts(rawValue: 1 << 18)
    static let placePrecedingNoun = WordFacts(rawValue: 1 << 19)
    static let acronym = WordFacts(rawValue: 1 << 20)
    static let metonym = WordFacts(rawValue: 1 << 21)
    /// Demonym-looking by its ending and unknown to the name lists (`Syrian`).
    static let demonymShaped = WordFacts(rawValue: 1 << 22)
    /// Its counts in eng.train are mostly MISC (`Russian`, `Olympic`).
    static let mostlyMisc = WordFacts(rawValue: 1 << 23)

    /// Nationality adjective by any of the three tests.
    var isDemonym: Bool { !intersection([.listedDemonym, .mostlyMisc, .demonymShaped]).isEmpty }
    /// Known as (part of) a name by some list.
    var isKnownName: Bool { !intersection([.place, .surface, .givenName]).isEmpty }
}
