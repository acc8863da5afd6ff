import BylineModel

/// The name an entity is reported under. A person keeps the fullest name the article gives
/// (`Vladimir Putin`, not the `Putin` of most mentions). An organisation written more often as
/// its acronym is named by it: news introduces `the Democratic National Committee (DNC)` once
/// and says `the DNC` from then on, so a quotation's cue (`the DNC said`) and its speaker's
/// name agree. A one-off misspelling (`Politi’fact` among ten `PolitiFact`) no longer names
/// the entity because the tokenizer made it the longest form. A tie keeps the fullest form.
extension EntityLinker {
    /// `members` are the cluster's candidate positions in text order. Nil keeps the cluster's name.
    func writtenName(of cluster: EntityCluster, type: EntityType, members: [Int]) -> String? {
        guard type == .organization, members.count >= 2 else { return nil }
        var counts: [(key: String, count: Int)] = []
        for position in members {
            let member = candidates[position]
            // A form the acronym table expands (`U.N.` -> `United Nations`) keeps the listed name.
            guard member.expansion == nil else { return nil }
            if let known = counts.firstIndex(where: { $0.key == member.key }) {
                counts[known].count += 1
            } else {
                counts.append((member.key, 1))
            }
        }
        let own = counts.first { $0.key == cluster.name }?.count ?? 0
        // Only another spelling of the same name qualifies: a shorter name that joined the
        // cluster (`White House` in `Obama White House`) names something else as often.
        let forms = counts.filter { $0.key != cluster.name && Self.spellsSameName($0.key, as: cluster) }
        // Among forms written equally often, the first in text order.
        guard let top = forms.lazy.map(\.count).max(), top > own else { return nil }
        return forms.first { $0.count == top }?.key
    }

    /// `FBI` or `F.B.I.` for `Federal Bureau of Investigation` (its initials), `PolitiFact` for
    /// `Politi’fact` (the same letters in another case or with other punctuation).
    static func spellsSameName(_ form: String, as cluster: EntityCluster) -> Bool {
        if NameSpelling.isAcronym(form, of: cluster.initials.utf8), cluster.nameWords.count >= 2 { return true }
        let spelled = NameSpelling.folded(form)
        return spelled.count >= 3 && spelled == NameSpelling.folded(cluster.name)
    }
}
