import BylineModel

/// Groups an article's candidates into entities: full names first, then the short forms
/// that stand for them (`Putin` -> `Vladimir Putin`, `U.S.` -> `United States`, `NPR` ->
/// `National Public Radio`). Each entity is typed by the sum of its mentions' evidence.
/// When two people share a surname, a bare surname goes to the nearest one named before it,
/// and a title's gender rules out the other one (`Mr. Obama` is not `Michelle Obama`).
struct EntityLinker {
    let candidates: [Candidate]
    /// Only the given names of the lexicon: the linker is copied into closures, and a
    /// whole `Lexicon` made each copy retain a dozen tables.
    let givenNames: Lexicon.GivenNames
    /// The article, for its lexicon (one reference to retain, not a dozen tables).
    let context: RecognitionContext

    init(candidates: [Candidate], context: RecognitionContext) {
        self.candidates = candidates
        self.givenNames = context.lexicon.givenNames
        self.context = context
    }

    /// Whether `word` is the last word of one of the article's longer names and a common word
    /// no list knows as a name (`Train` in `Trump Train`). Asked rarely (a first name matching
    /// one cluster), so answered on demand rather than gathered for every article.
    func isCommonLastWord(_ word: String) -> Bool {
        candidates.contains { $0.words.count >= 2 && $0.words.last == word } && givenNames[word] == nil
            && context.lexicon.isCommonWord(word.lowercased()) && !context.lexicon.isKnownName(word)
    }

    /// Whether the one-word name `key` reads as a person somewhere in the article (`Trump
    /// told`). Asked rarely (a first name matching one cluster, with a common last word
    /// listed): a scan then costs less than a set built for every article.
    func isPersonWord(_ key: String) -> Bool {
        candidates.contains { $0.words.count == 1 && $0.votes.best == .person && $0.key == key }
    }

    /// Lookup tables over the clusters made so far, so linking stays linear in mentions.
    private struct Index {
        var byName: [String: Int] = [:]
        var byLastWord: [String: [Int]] = [:]
        var byFirstWord: [String: [Int]] = [:]
        var byInitials: [String: Int] = [:]
    }

    func link() -> [RecognizedEntity] {
        var clusters: [EntityCluster] = []
        clusters.reserveCapacity(candidates.count)
        var index = Index()
        // Sized once (the initializer, not `reserveCapacity`, which ran unspecialised).
        index.byName = Dictionary(minimumCapacity: candidates.count * 2)
        // Sorted on (length, span) pairs: comparing whole candidates copied their strings.
        let keys = candidates.map { (length: $0.tokenCount, span: $0.span) }
        let order = keys.indices.sorted {
            let (a, b) = (keys[$0], keys[$1])
            return a.length != b.length ? a.length > b.length : a.span < b.span
        }
        let surnameGenders = Self.surnameGenders(of: candidates)
        for position in order {
            // Fields read one by one: a copy of the whole candidate retained all its strings.
            let expansion = candidates[position].expansion
            let key = candidates[position].key
            let name = expansion ?? key
            // Most articles title no surname: no dictionary to ask, no key to hash.
            let gender = candidates[position].titleGender ?? (surnameGenders.isEmpty ? nil : surnameGenders[key])
            let target: Int
            // Without an expansion `name` is the key: one lookup, not the same one twice.
            let named = index.byName[name]
            // Whether the key is still unnamed once the mention has its cluster (nil: ask).
            var keyUnnamed: Bool? = expansion == nil ? named == nil : nil
            if let existing = named ?? (expansion == nil ? nil : index.byName[key]),
                allows(gender, existing, in: clusters)
            {
                target = existing
            } else if expansion == nil,
                let existing = shortFormTarget(position, gender: gender, clusters: clusters, index: index)
            {
                target = existing
            } else {
                // `register` names the new cluster by `name`, which is the key without an expansion.
                if expansion == nil { keyUnnamed = false }
                target = clusters.count
                let words = expansion.map { $0.split(separator: " ").map(String.init) } ?? candidates[position].words
                var cluster = EntityCluster(name: name, words: words)
                cluster.isPersonName = cluster.nameWords.count >= 2 && candidates[position].votes.best == .person
                clusters.append(cluster)
                register(cluster, at: target, in: &index)
            }
            clusters[target].members.append(position)
            clusters[target].votes += candidates[position].votes
            if keyUnnamed ?? (index.byName[key] == nil) { index.byName[key] = target }
        }
        return clusters.compactMap(entity(from:)).sorted {
            ($0.mentions.first?.start ?? 0) < ($1.mentions.first?.start ?? 0)
        }
    }

    private func register(_ cluster: EntityCluster, at position: Int, in index: inout Index) {
        index.byName[cluster.name] = position
        guard let first = cluster.nameWords.first, let last = cluster.nameWords.last,
            cluster.nameWords.count >= 2
        else { return }
        // Room for every mention at the first entry: growing a dictionary one doubling at a
        // time moved its strings again at each step.
        if cluster.isPersonName {
            if index.byLastWord.isEmpty {
                index.byLastWord = Dictionary(minimumCapacity: candidates.count)
                index.byFirstWord = Dictionary(minimumCapacity: candidates.count)
            }
            index.byLastWord[EntityCluster.withoutParticle(last), default: []].append(position)
            index.byFirstWord[first, default: []].append(position)
        } else if !EntityCluster.containsByte(cluster.name, 0x2E) {
            let initials = cluster.initials
            if initials.utf8.count >= 2, index.byInitials[initials] == nil {
                if index.byInitials.isEmpty { index.byInitials = Dictionary(minimumCapacity: candidates.count) }
                index.byInitials[initials] = position
            }
        }
    }

    /// The cluster a short form belongs to: a person's last name(s) or first name, or an
    /// acronym of a longer name. Nil when nothing fits.
    private func shortFormTarget(
        _ position: Int, gender: RecognizedEntity.Gender?, clusters: [EntityCluster], index: Index
    ) -> Int? {
        let words = candidates[position].words
        guard let last = words.last, let first = words.first else { return nil }
        // Empty tables are not asked: no key to build or hash.
        let people =
            (index.byLastWord.isEmpty ? [] : index.byLastWord[EntityCluster.withoutParticle(last)] ?? []).filter {
            clusters[$0].endsWith(words) && allows(gender, $0, in: clusters)
        }
        if people.count == 1 { return people[0] }
        if people.count > 1 {
            // Shared surname: the person most recently named before this mention.
            let before = people.compactMap { cluster -> (Int, Int)? in
                let starts = clusters[cluster].members.map { candidates[$0].span.start }
                    .filter { $0 < candidates[position].span.start }
                return starts.max().map { (cluster, $0) }
            }
            return before.max { $0.1 < $1.1 }?.0
        }
        guard words.count == 1 else { return nil }
        // `Jansher` for `Jansher Khan`, `Wang` for `Wang Junxia` (family name first).
        // Not `Trump` (read as a person) for `Trump Train`: a name ending in a common word is a
        // thing named after someone, and the person keeps the name.
        if !index.byFirstWord.isEmpty, let byFirst = index.byFirstWord[first], byFirst.count == 1,
            candidates[position].votes.strongest() < 3,
            !isCommonLastWord(clusters[byFirst[0]].nameWords.last ?? "") || !isPersonWord(candidates[position].key)
        {
            return byFirst[0]
        }
        guard first.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2E }) else { return nil }
        let letters = first.filter { $0 != "." }
        return letters.count >= 2 && !index.byInitials.isEmpty ? index.byInitials[letters] : nil
    }

    private func entity(from cluster: EntityCluster) -> RecognizedEntity? {
        guard let type = cluster.votes.best else { return nil }
        let candidates = self.candidates
        let members =
            cluster.members.count < 2 ? cluster.members : cluster.members.sorted { candidates[$0].span < candidates[$1].span }
        let name = writtenName(of: cluster, type: type, members: members) ?? cluster.name
        var aliases: [String] = []
        var titles: [String] = []
        var mentions: [TextSpan] = []
        mentions.reserveCapacity(members.count)
        // Fields read in place: a copy of each member retained all its strings.
        for position in members {
            if candidates[position].key != name, !aliases.contains(candidates[position].key) {
                aliases.append(candidates[position].key)
            }
            if let title = candidates[position].title, !titles.contains(title) { titles.append(title) }
            let span = candidates[position].span
            if mentions.last != span { mentions.append(span) }
        }
        var gender: RecognizedEntity.Gender?
        if type == .person {
            gender = members.lazy.compactMap { candidates[$0].titleGender }.first
            if gender == nil, cluster.nameWords.count >= 2, let first = cluster.nameWords.first {
                gender = givenNames[String(first)] ?? nil
            }
        }
        return RecognizedEntity(
            name: name, type: type, aliases: aliases, titles: type == .person ? titles : [],
            mentions: mentions, gender: gender)
    }
}
