/// What a short piece of a byline is: a person's name, an organisation, or a role.
///
/// Names are one to five words, mostly capitalised, with the lowercase particles names carry
/// (de, van, bin...). Organisations carry an acronym or a word news organisations use in their
/// names (Press, News, Broadcasting...). Roles ("Staff Writer") are dropped.
enum NameShape: Equatable {
    case person
    case organization
    case role
    case other

    static let particles: Set<String> = [
        "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "bin", "bint",
        "al", "el", "ibn", "y", "e", "dos", "das", "ter", "ten", "st",
    ]
    static let organizationWords: Set<String> = [
        "press", "news", "times", "post", "agency", "radio", "broadcasting", "network", "journal",
        "herald", "tribune", "service", "services", "wire", "media", "daily", "magazine", "gazette",
        "telegraph", "guardian", "reuters", "bloomberg", "television", "tv", "channel", "corporation",
        "company", "group", "foundation", "institute", "review", "weekly", "observer", "standard",
        "chronicle", "independent", "monitor", "express", "mail", "star", "sun", "globe", "online",
        "associated", "agence", "public", "national",
    ]
    static let roleWords: Set<String> = [
        "staff", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters",
        "editor", "editors", "contributor", "columnist", "bureau", "chief", "senior", "special",
        "political", "economics", "business", "science", "health", "foreign", "diplomatic",
        "desk", "team", "analyst",
    ]

    static func of(_ text: String) -> NameShape {
        ScalarText.withSimpleBytes(text, of(simple:)) ?? of(characters: text)
    }

    /// The rules on `Character`s, for text that is not simple (and for tests to compare with).
    static func of(characters text: String) -> NameShape {
        let words = text.split(separator: " ").map { String($0).trimming(".,") }
            .filter { !$0.isEmpty }
        guard !words.isEmpty, words.count <= 6 else { return .other }
        let lower = words.map { $0.lowercased() }
        if lower.allSatisfy({ roleWords.contains($0) || particles.contains($0) || $0 == "and" || $0 == "of" }) {
            return .role
        }
        if words.contains(where: { OutletName.isAcronym(Substring($0)) })
            || lower.contains(where: organizationWords.contains)
        {
            return .organization
        }
        guard words.count <= 5, words.allSatisfy({ word in
            particles.contains(word.lowercased()) || (word.first?.isUppercase == true && word.contains(where: \.isLetter)
                && word.allSatisfy { $0.isLetter || "'’-.".contains($0) })
        }) else { return .other }
        // One capitalised word is as often an outlet ("Reuters") as a name: call it neither
        // unless the caller knows better.
        return words.count >= 2 ? .person : .organization
    }
}
