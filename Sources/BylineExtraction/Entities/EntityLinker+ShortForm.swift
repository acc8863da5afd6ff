/// Short forms: a person's last name(s) or first name, or an acronym of a longer name.
extension EntityLinker {
    /// The cluster a short form belongs to, or nil when nothing fits.
    func shortFormTarget(_ position: Int, gender: RecognizedEntity.Gender?, clusters: Clusters) -> Int? {
        let words = vocabulary.keyWords[position]
        guard !words.isEmpty else { return nil }
        // People whose name ends with these words (`Putin`, `Assad` for `Bashar al-Assad`).
        if !clusters.byWord.isEmpty {
            let last = Int(vocabulary.withoutParticle[Int(vocabulary.words[words.upperBound - 1])])
            var only = -1
            var count = 0
            var person = clusters.byWord[last].lastHead
            while person >= 0 {
                if endsWith(clusters.all[person], words), allows(gender, person, in: clusters) {
                    only = person
                    count += 1
                }
                person = clusters.next[person].byLast
            }
            if count == 1 { return only }
            if count > 1 { return nearestBefore(position, gender: gender, last: last, clusters: clusters) }
        }
        guard words.count == 1 else { return nil }
        // `Jansher` for `Jansher Khan`, `Wang` for `Wang Junxia` (family name first).
        // Not `Trump` (read as a person) for `Trump Train`: a name ending in a common word is a
        // thing named after someone, and the person keeps the name.
        let first = Int(vocabulary.words[words.lowerBound])
        if !clusters.byWord.isEmpty, case let byFirst = clusters.byWord[first].firstHead, byFirst >= 0,
            clusters.next[byFirst].byFirst < 0, candidates[position].votes.strongest() < 3,
            !isCommonLastWord(of: clusters.all[byFirst]) || !isPersonWord(position)
        {
            return byFirst
        }
        return clusters.byInitials.isEmpty ? nil : acronymTarget(position, clusters: clusters)
    }

    /// Shared surname: of the people `last` names whose name ends with the mention's words,
    /// the one most recently named before the mention (the first such on a tie).
    private func nearestBefore(
        _ position: Int, gender: RecognizedEntity.Gender?, last: Int, clusters: Clusters
    ) -> Int? {
        let words = vocabulary.keyWords[position]
        let start = candidates[position].span.start
        var best: (cluster: Int, start: Int)?
        var person = clusters.byWord[last].lastHead
        while person >= 0 {
            if endsWith(clusters.all[person], words), allows(gender, person, in: clusters) {
                var latest: Int?
                var member = clusters.all[person].firstMember
                while member >= 0 {
                    let memberStart = candidates[member].span.start
                    if memberStart < start, latest.map({ memberStart > $0 }) ?? true { latest = memberStart }
                    member = clusters.next[member].member
                }
                if let latest, best.map({ latest > $0.start }) ?? true { best = (person, latest) }
            }
            person = clusters.next[person].byLast
        }
        return best?.cluster
    }

    /// `NPR` or `N.P.R.` for a name whose initials those are: a one-token form of capitals
    /// and periods, at least two letters.
    private func acronymTarget(_ position: Int, clusters: Clusters) -> Int? {
        let span = context.tokens[candidates[position].tokens.lowerBound].span
        let word = context.units[span.start..<span.end]
        guard word.allSatisfy({ $0 == 0x2E || $0 &- 0x41 < 26 }) else { return nil }
        let letters = InitialsKey.of(word.lazy.filter { $0 != 0x2E }.map { UInt8(truncatingIfNeeded: $0) })
        guard letters.count >= 2 else { return nil }
        return clusters.byInitials.first { $0.initials == letters.key }?.cluster
    }

    /// Whether `words` (a candidate's) are the last words of `cluster`'s name, ignoring a
    /// particle prefix (`Assad` for `Bashar al-Assad`, `Juncker` for `Jean-Claude Juncker`).
    func endsWith(_ cluster: EntityCluster, _ words: Range<Int>) -> Bool {
        guard words.count < cluster.words.count else { return false }
        let offset = cluster.words.upperBound - words.upperBound
        for index in words {
            let word = vocabulary.words[index]
            let mine = vocabulary.words[index + offset]
            if mine != word, vocabulary.withoutParticle[Int(mine)] != vocabulary.withoutParticle[Int(word)] {
                return false
            }
        }
        return true
    }

    /// Whether `cluster`'s last word ends one of the article's longer names and is a common
    /// word no list knows as a name (`Train` in `Trump Train`). Asked rarely (a first name
    /// matching one cluster), so answered on demand rather than gathered for every article.
    func isCommonLastWord(of cluster: EntityCluster) -> Bool {
        let last = vocabulary.words[cluster.words.upperBound - 1]
        let ends = candidates.indices.contains {
            candidates[$0].tokenCount >= 2 && vocabulary.words[vocabulary.keyWords[$0].upperBound - 1] == last
        }
        guard ends else { return false }
        let word = wordText(of: cluster, at: cluster.words.count - 1)
        return givenNames[word] == nil && context.lexicon.isCommonWord(word.lowercased())
            && !context.lexicon.isKnownName(word)
    }

    /// Whether candidate `position`'s one-word name reads as a person somewhere in the article
    /// (`Trump told`). Asked rarely: a scan costs less than a set built for every article.
    func isPersonWord(_ position: Int) -> Bool {
        let key = vocabulary.keyName[position]
        return candidates.indices.contains {
            candidates[$0].tokenCount == 1 && candidates[$0].votes.best == .person && vocabulary.keyName[$0] == key
        }
    }
}
