/// An outlet's name in its short and full forms: "NPR Oregon Public Broadcasting" is NPR as
/// carried by a member station; "Agence France-Presse (AFP)" is AFP.
public struct OutletName: Sendable, Hashable {
    /// The short form: a leading acronym, an acronym in brackets, or the whole name.
    public var short: String
    /// The name as printed, when it differs from `short`.
    public var full: String?

    public init(short: String, full: String? = nil) {
        self.short = short
        self.full = full
    }

    public init?(_ printed: String) {
        let name = printed.trimming(" .,;:-")
        guard !name.isEmpty, name.contains(where: \.isLetter) else { return nil }
        if let open = name.lastIndex(of: "("), name.hasSuffix(")") {
            let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
            if Self.isAcronym(inner) {
                self.init(short: String(inner), full: name)
                return
            }
        }
        let words = name.split(separator: " ")
        if words.count > 1, let first = words.first, Self.isAcronym(first) {
            self.init(short: String(first), full: name)
            return
        }
        self.init(short: name)
    }

    /// NPR, BBC, AP, U.S.: two to six capitals, perhaps with periods or `&`.
    static func isAcronym(_ word: Substring) -> Bool {
        let letters = word.filter { $0 != "." && $0 != "&" }
        return (2...6).contains(letters.count) && letters.allSatisfy { $0.isUppercase && $0.isLetter }
    }
}
