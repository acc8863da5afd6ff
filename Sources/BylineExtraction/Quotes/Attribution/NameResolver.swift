import BylineModel

/// Resolves a written name to an entity: one the recognizer found at that place, else one
/// with that name, alias or surname, else a new entity for the speaker it missed.
struct NameResolver {
    let context: AttributionContext

    static let organizationWords: Set<String> = [
        "news", "times", "post", "journal", "agency", "ministry", "department", "committee",
        "party", "council", "institute", "university", "inc.", "corp.", "group", "network",
        "press", "tass", "interfax", "reuters", "house", "kremlin", "pentagon", "campaign",
        "association", "foundation", "center", "centre", "office", "bureau", "commission",
        "company", "bank", "fund", "service", "administration", "court", "congress", "senate",
        "government", "union", "board", "review", "magazine", "tribune", "herald", "daily",
        "observer", "guardian", "telegraph", "cnn", "nbc", "abc", "cbs", "fox", "bbc", "npr",
        "msnbc", "politico", "breitbart", "wikileaks", "poll", "coalition",
    ]

    mutating func resolve(_ phrase: SpeakerPhrase, in index: inout EntityIndex) -> Int? {
        let nameRange = phrase.nameTokens ?? phrase.tokens
        let span = context.span(of: nameRange)
        // An entity found here counts when its mention reaches the surname: a recognizer that
        // kept only `Charlie` of `Charlie King` names someone else.
        if let found = index.entity(covering: span) { return found }
        let name = context.text[span]
        if let found = index.entity(named: name) { return found }
        // `I'm old enough to remember ..., declaring`: a contraction opening a sentence is
        // capitalized, but it is nobody's name.
        if Self.isContraction(name) { return nil }
        if nameRange.count == 1, isOpeningWord(nameRange.lowerBound) { return nil }
        let titleRange = phrase.tokens.lowerBound..<nameRange.lowerBound
        let titles = titleRange.isEmpty ? [] : [context.text[context.span(of: titleRange)]]
        let entity = RecognizedEntity(
            name: name, type: guessType(nameRange, name: name), titles: titles, mentions: [span],
            gender: phrase.gender)
        return index.append(entity)
    }

    /// `I'm`, `Don't`, `We'll`: a word ending in a contracted auxiliary or `not`.
    static func isContraction(_ name: String) -> Bool {
        guard !name.contains(" ") else { return false }
        let lowered = ASCIICase.lowercased(name)
        return ["'m", "n't", "'re", "'ve", "'ll", "\u{2019}m", "n\u{2019}t", "\u{2019}re", "\u{2019}ve", "\u{2019}ll"]
            .contains { lowered.hasSuffix($0) }
    }

    /// A person unless the words say institution: `the Kremlin`, `Interfax`, `The New York Times`.
    private func guessType(_ range: Range<Int>, name: String) -> EntityType {
        let words = name.lowercased().split(separator: " ").map(String.init)
        if words.contains(where: Self.organizationWords.contains) { return .organization }
        // `cables giant Pirelli`, `the drug maker Valeant`: a company noun right before the name.
        if range.lowerBound > 0, context.isWord(range.lowerBound - 1, in: OrganizationCues.precedingNouns) { return .organization }
        if range.count == 1, range.lowerBound > 0, context.isWord(range.lowerBound - 1, in: WordSets.the) {
            return .organization
        }
        if range.count == 1, context.tokens[range.lowerBound].isAllCaps { return .organization }
        return .person
    }
}
