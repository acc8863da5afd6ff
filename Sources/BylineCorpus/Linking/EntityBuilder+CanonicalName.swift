import BylineExtraction

/// The corpus-wide name of an entity from the names its articles gave it: the longest ("the
/// longest proper name"; ties: most articles, then first seen), unless another name used by
/// more articles is the same name written better. A one-article form then loses to it:
/// `Crooked Hillary Clinton` (a nickname the recognizer kept) to `Hillary Clinton`,
/// `Vermonter Bernie Sanders` to `Bernie Sanders`, `Federal Bureau of Investigation` to the
/// `FBI` most articles say, `Politi’fact` to `PolitiFact`. A single word never wins this way
/// (`Putin` is the name of many articles, `Vladimir Putin` stays the entity's name).
extension EntityBuilder {
    static func canonicalName(among names: [(name: String, articles: Int, first: Int)]) -> String {
        let ordered = names.sorted { a, b in
            (a.name.count, a.articles, -a.first) > (b.name.count, b.articles, -b.first)
        }
        guard let longest = ordered.first else { return "" }
        for candidate in ordered {
            let dominated = names.contains { other in
                other.articles > candidate.articles && isBetterSpelling(other.name, of: candidate.name)
            }
            if !dominated { return candidate.name }
        }
        return longest.name
    }

    /// `Hillary Clinton` for `Crooked Hillary Clinton` (its last two or more words), `FBI` for
    /// `Federal Bureau of Investigation` (its initials), `PolitiFact` for `Politi’fact` (the
    /// same letters and digits).
    static func isBetterSpelling(_ short: String, of long: String) -> Bool {
        let shortWords = short.split(separator: " ")
        let longWords = long.split(separator: " ")
        if shortWords.count >= 2, shortWords.count < longWords.count, longWords.suffix(shortWords.count).elementsEqual(shortWords) {
            return true
        }
        if shortWords.count == 1, longWords.count >= 2 {
            let initials = longWords.compactMap { $0.utf8.first }.filter { $0 >= 0x41 && $0 <= 0x5A }
            if NameSpelling.isAcronym(short, of: initials) { return true }
        }
        let spelled = NameSpelling.folded(short)
        return spelled.count >= 3 && spelled == NameSpelling.folded(long) && short != long
    }
}
