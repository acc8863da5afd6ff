import BylineExtraction

/// Spellings of one name (the same letters and digits once case and punctuation are set
/// aside: `PolitiFact`, `Politifact`, `Politi’fact`; `BRUSSELS` and `Brussels`) are one name
/// to the canonical pick, written the way the text writes it most often. Without this, the
/// longest form won a tie of article counts: one article's typo `Politi’fact’` (nine
/// `PolitiFact` beside it) named the entity and every quotation credited to it, and a
/// dateline's capitals (`BRUSSELS`) named a city the text writes `Brussels` three times.
extension EntityBuilder {
    typealias NamedForm = (name: String, articles: Int, first: Int)

    /// `names` with each name replaced by the most written of its spellings among `forms`
    /// (names and aliases), and names that become equal merged (articles summed, first seen
    /// kept). `written` counts the mentions that write a form exactly. Ties: a form with
    /// lower-case letters over one in capitals only (a headline's or dateline's layout), then
    /// the name itself, then the form seen first.
    static func pooledSpellings(_ names: [NamedForm], forms: [String], written: (String) -> Int) -> [NamedForm] {
        guard forms.count >= 2 else { return names }
        // Most entities have no two forms spelled alike: a hash of each form's folded letters
        // (no array made per form) finds that before anything is folded or counted.
        let hashes = forms.map(foldedHash)
        let alikeSomewhere = hashes.indices.contains { index in
            hashes[index] != 0 && hashes[(index + 1)...].contains(hashes[index])
        }
        guard alikeSomewhere else { return names }
        let folded = forms.map(NameSpelling.folded)
        var writtenCounts: [Int?] = Array(repeating: nil, count: forms.count)
        func count(_ index: Int) -> Int {
            if let known = writtenCounts[index] { return known }
            let counted = written(forms[index])
            writtenCounts[index] = counted
            return counted
        }
        var pooled: [NamedForm] = []
        for named in names {
            let spelling = NameSpelling.folded(named.name)
            var best = named.name
            if spelling.count >= 3 {
                let alike = forms.indices.filter { folded[$0] == spelling }
                if alike.contains(where: { forms[$0] != named.name }) {
                    var bestRank = rank(named.name, written: forms.firstIndex(of: named.name).map(count) ?? written(named.name))
                    for index in alike where forms[index] != named.name {
                        let candidate = rank(forms[index], written: count(index))
                        if candidate > bestRank {
                            best = forms[index]
                            bestRank = candidate
                        }
                    }
                }
            }
            if let known = pooled.firstIndex(where: { $0.name == best }) {
                pooled[known].articles += named.articles
                pooled[known].first = min(pooled[known].first, named.first)
            } else {
                pooled.append((best, named.articles, named.first))
            }
        }
        return pooled
    }

    /// FNV-1a over the bytes `NameSpelling.folded` keeps, or 0 for fewer than three of them
    /// (too few to call two forms one name).
    static func foldedHash(_ form: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var count = 0
        for byte in form.utf8 {
            guard let kept = NameSpelling.foldedByte(byte) else { continue }
            hash = (hash ^ UInt64(kept)) &* 0x0000_0100_0000_01B3
            count += 1
        }
        return count >= 3 ? hash | 1 : 0
    }

    /// Larger is better: how often the text writes the form, then lower case over capitals
    /// only.
    private static func rank(_ form: String, written: Int) -> (Int, Int) {
        (written, form.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } ? 1 : 0)
    }
}
