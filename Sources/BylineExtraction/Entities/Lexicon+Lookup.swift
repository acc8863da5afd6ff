extension Lexicon {
    /// Whether any list knows `name` as a name (as written, or title-cased from capitals).
    func isKnownName(_ name: String) -> Bool {
        places[name] != nil || surfaces[name] != nil || places[Self.titleCased(name)] != nil
            || surfaces[Self.titleCased(name)] != nil
    }

    /// The counts for a surface form, trying its title-cased form for capitals (`LONDON`).
    func counts(_ name: String) -> TypeCounts? {
        surfaces[name] ?? surfaces[Self.titleCased(name)]
    }

    func place(_ name: String) -> PlaceKind? {
        places[name] ?? places[Self.titleCased(name)]
    }

    /// `NEW YORK` -> `New York`; names with lower-case letters are returned unchanged.
    static func titleCased(_ name: String) -> String {
        guard name.contains(where: \.isUppercase), !name.contains(where: \.isLowercase) else { return name }
        return name.split(separator: " ", omittingEmptySubsequences: false).map { word in
            guard let first = word.first else { return "" }
            return String(first) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
