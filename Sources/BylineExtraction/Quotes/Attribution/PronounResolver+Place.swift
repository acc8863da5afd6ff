extension PronounResolver {
    /// Whether a location entity that has spoken is a place the gazetteer lists (`Russia`,
    /// `Vermont`, `New York`), so that `he` or `she` never stands for it. A country or a
    /// state speaks in news writing (`Russia said`, `California argued`) through its
    /// government; a gendered pronoun only ever stands for a person. A name whose first word
    /// is a given name (`Warren`, `Jeb Bush`) stays a person the recognizer mistyped.
    static func isListedPlace(_ name: String) -> Bool {
        guard Lexicon.shared.place(name) != nil else { return false }
        let first = name.split(separator: " ", maxSplits: 1).first.map(String.init) ?? name
        return Lexicon.shared.givenName(first) == nil
    }
}
