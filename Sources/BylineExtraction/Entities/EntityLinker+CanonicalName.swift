import BylineModel

/// The name an entity is reported under. A person keeps the fullest name the article gives
/// (`Vladimir Putin`, not the `Putin` of most mentions). An organisation written more often as
/// its acronym is named by it: news introduces `the Democratic National Committee (DNC)` once
/// and says `the DNC` from then on, so a quotation's cue (`the DNC said`) and its speaker's
/// name agree. A tie keeps the fullest form. Spellings of one name that the linker keeps
/// apart (`Politi’fact` beside ten `PolitiFact`: two keys, two clusters) meet in the corpus,
/// which names them by the form the text writes most (`EntityBuilder+WrittenSpelling.swift`).
extension EntityLinker {
    /// `members` are the cluster's candidate positions in text order. Nil keeps the cluster's
    /// name; else the form and its name id. Forms are counted by name id, and made into
    /// `String`s only when they differ from the name.
    func writtenName(of cluster: EntityCluster, type: EntityType, members: [Int]) -> (text: String, id: Int32)? {
        guard type == .organization, members.count >= 2 else { return nil }
        var counts: [(key: Int32, position: Int, count: Int)] = []
        for position in members {
            // A form the acronym table expands (`U.N.` -> `United Nations`) keeps the listed name.
            guard candidates[position].expansion == nil else { return nil }
            let key = vocabulary.keyName[position]
            if let known = counts.firstIndex(where: { $0.key == key }) {
                counts[known].count += 1
            } else {
                counts.append((key, position, 1))
            }
        }
        let own = counts.first { $0.key == cluster.name }?.count ?? 0
        // Only a form written more often than the name can win: no `String`s otherwise.
        guard counts.contains(where: { $0.key != cluster.name && $0.count > own }) else { return nil }
        let name = nameText(of: cluster)
        let initials = initialBytes(of: cluster)
        // Only another spelling of the same name qualifies: a shorter name that joined the
        // cluster (`White House` in `Obama White House`) names something else as often.
        // A form written no more often than the name cannot be the top one above it.
        let forms = Array(counts.lazy.filter { $0.key != cluster.name && $0.count > own }.map {
            (text: self.context.key(self.candidates[$0.position].tokens), id: $0.key, count: $0.count)
        }.filter {
            Self.spellsSameName($0.text, asName: name, initials: initials, wordCount: cluster.words.count)
        })
        // Among forms written equally often, the first in text order.
        guard let top = forms.map(\.count).max(), top > own else { return nil }
        return forms.first { $0.count == top }.map { ($0.text, $0.id) }
    }

    /// `FBI` or `F.B.I.` for `Federal Bureau of Investigation` (its initials), `PolitiFact` for
    /// `Politi’fact` (the same letters in another case or with other punctuation).
    static func spellsSameName(_ form: String, asName name: String, initials: [UInt8], wordCount: Int) -> Bool {
        if NameSpelling.isAcronym(form, of: initials), wordCount >= 2 { return true }
        let spelled = NameSpelling.folded(form)
        return spelled.count >= 3 && spelled == NameSpelling.folded(name)
    }

    /// `spellsSameName` for a name written as these words.
    static func spellsSameName(_ form: String, asName name: String, words: [String]) -> Bool {
        spellsSameName(form, asName: name, initials: EntityCluster.initials(of: words), wordCount: words.count)
    }
}
