extension Lexicon {
    /// Whether any list knows `name` as a name (as written, or title-cased from capitals).
    func isKnownName(_ name: String) -> Bool {
        if names.entry(name)?.isName == true { return true }
        guard let titled = Self.titleCasedIfCapitals(name) else { return false }
        return names.entry(titled)?.isName == true
    }

    /// The counts for a surface form, trying its title-cased form for capitals (`LONDON`).
    func counts(_ name: String) -> TypeCounts? {
        if let counts = names.entry(name)?.counts { return counts }
        return Self.titleCasedIfCapitals(name).flatMap { names.entry($0)?.counts }
    }

    func place(_ name: String) -> PlaceKind? {
        if let kind = names.entry(name)?.place { return kind }
        return Self.titleCasedIfCapitals(name).flatMap { names.entry($0)?.place }
    }

    /// The title-cased form of a name written in capitals, nil for any other name.
    static func titleCasedIfCapitals(_ name: String) -> String? {
        let titled = titleCased(name)
        return titled == name ? nil : titled
    }

    /// `NEW YORK` -> `New York`; names with lower-case letters are returned unchanged.
    static func titleCased(_ name: String) -> String {
        var upper = false
        for byte in name.utf8 {
            if byte >= 0x61 && byte <= 0x7A { return name }  // has lower case: unchanged
            if byte >= 0x41 && byte <= 0x5A { upper = true }
            if byte >= 0x80 {  // non-ASCII: the slow, exact check
                guard name.contains(where: \.isUppercase), !name.contains(where: \.isLowercase)
                else { return name }
                upper = true
                break
            }
        }
        guard upper else { return name }
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(name.utf8)
            var wordStart = true
            for i in bytes.indices {
                let b = bytes[i]
                if b >= 0x41 && b <= 0x5A, !wordStart { bytes[i] = b | 0x20 }
                wordStart = b == 0x20
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return name.split(separator: " ", omittingEmptySubsequences: false).map { word in
            guard let first = word.first else { return "" }
            return String(first) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
