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
        guard !name.isEmpty else { return nil }
        if let form = ScalarText.withSimpleBytes(name, Self.simpleForm) {
            switch form {
            case .noLetter: return nil
            case .whole: self.init(short: name)
            case .part(let short): self.init(short: short, full: name)
            }
            return
        }
        guard name.contains(where: \.isLetter) else { return nil }
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

extension OutletName {
    enum SimpleForm {
        case noLetter
        /// The whole name is the short form.
        case whole
        /// The short form, a part of the name.
        case part(String)
    }

    /// `init?(_:)`'s reading of a trimmed, non-empty name of simple text (`ScalarText`: a
    /// character is one scalar), from the bytes: a bracketed acronym at the end, else a
    /// leading acronym followed by more words (a trimmed name has a word after any space).
    static func simpleForm(_ bytes: UnsafeBufferPointer<UInt8>) -> SimpleForm {
        var index = 0
        var hasLetter = false
        while index < bytes.count, !hasLetter {
            hasLetter = ScalarText.isLetter(at: index, in: bytes)
            index += ScalarText.scalar(at: index, in: bytes).length
        }
        guard hasLetter else { return .noLetter }
        let count = bytes.count
        if bytes[count - 1] == UInt8(ascii: ")"),
            let open = (0..<(count - 1)).last(where: { bytes[$0] == UInt8(ascii: "(") }),
            isAcronym(simple: bytes, (open + 1)..<(count - 1))
        {
            return .part(ScalarText.string(bytes, (open + 1)..<(count - 1)))
        }
        if let space = (0..<count).first(where: { bytes[$0] == UInt8(ascii: " ") }), isAcronym(simple: bytes, 0..<space) {
            return .part(ScalarText.string(bytes, 0..<space))
        }
        return .whole
    }
}
