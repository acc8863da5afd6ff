import BylineModel

/// Groups an article's candidates into entities: full names first, then the short forms
/// that stand for them (`Putin` -> `Vladimir Putin`, `U.S.` -> `United States`, `NPR` ->
/// `National Public Radio`). Each entity is typed by the sum of its mentions' evidence.
/// When two people share a surname, a bare surname goes to the nearest one named before it.
struct EntityLinker {
    let candidates: [Candidate]

    func link() -> [RecognizedEntity] {
        var clusters: [EntityCluster] = []
        var byName: [String: Int] = [:]
        let order = candidates.indices.sorted {
            let (a, b) = (candidates[$0], candidates[$1])
            return a.tokenCount != b.tokenCount ? a.tokenCount > b.tokenCount : a.span < b.span
        }
        for index in order {
            let candidate = candidates[index]
            let target: Int
            if let existing = byName[candidate.expansion ?? candidate.key] ?? byName[candidate.key] {
                target = existing
            } else if candidate.expansion == nil, let existing = shortFormTarget(candidate, in: clusters) {
                target = existing
            } else {
                target = clusters.count
                clusters.append(EntityCluster(name: candidate.expansion ?? candidate.key))
                byName[candidate.expansion ?? candidate.key] = target
            }
            clusters[target].members.append(index)
            clusters[target].votes += candidate.votes
            byName[candidate.key] = byName[candidate.key] ?? target
        }
        return clusters.compactMap(entity(from:)).sorted {
            ($0.mentions.first?.start ?? 0) < ($1.mentions.first?.start ?? 0)
        }
    }

    /// The cluster a short form belongs to: a person's last name(s), or an acronym of a
    /// longer name. Nil when nothing fits.
    private func shortFormTarget(_ candidate: Candidate, in clusters: [EntityCluster]) -> Int? {
        let words = candidate.key.split(separator: " ")
        let people = clusters.indices.filter { clusters[$0].isPersonName && clusters[$0].endsWith(words) }
        if people.count == 1 { return people[0] }
        if people.count > 1 {
            // Shared surname: the person most recently named before this mention.
            let before = people.compactMap { cluster -> (Int, Int)? in
                let starts = clusters[cluster].members.map { candidates[$0].span.start }
                    .filter { $0 < candidate.span.start }
                return starts.max().map { (cluster, $0) }
            }
            return before.max { $0.1 < $1.1 }?.0
        }
        if words.count == 1 {
            // `Jansher` for `Jansher Khan`, `Wang` for `Wang Junxia` (family name first).
            let byFirst = clusters.indices.filter {
                clusters[$0].isPersonName && clusters[$0].nameWords.first == words[0]
            }
            if byFirst.count == 1, candidate.votes.strongest() < 3 { return byFirst[0] }
        }
        let letters = candidate.key.filter { $0 != "." }
        if words.count == 1, letters.count >= 2, letters.allSatisfy(\.isUppercase) {
            return clusters.indices.first {
                clusters[$0].nameWords.count >= 2 && clusters[$0].initials == letters
                    && !clusters[$0].name.contains(".")
                    && clusters[$0].votes.best != .person
            }
        }
        return nil
    }

    private func entity(from cluster: EntityCluster) -> RecognizedEntity? {
        guard let type = cluster.votes.best else { return nil }
        let members = cluster.members.map { candidates[$0] }
        var aliases: [String] = []
        var titles: [String] = []
        for member in members.sorted(by: { $0.span < $1.span }) {
            if member.key != cluster.name, !aliases.contains(member.key) { aliases.append(member.key) }
            if let title = member.title, !titles.contains(title) { titles.append(title) }
        }
        var gender: RecognizedEntity.Gender?
        if type == .person {
            gender = members.lazy.compactMap(\.titleGender).first
            if gender == nil, cluster.nameWords.count >= 2, let first = cluster.nameWords.first {
                gender = Lexicon.shared.givenNames[String(first)] ?? nil
            }
        }
        let mentions = Array(Set(members.map(\.span))).sorted()
        return RecognizedEntity(
            name: cluster.name, type: type, aliases: aliases, titles: type == .person ? titles : [],
            mentions: mentions, gender: gender)
    }
}
