import BylineModel

/// Groups an article's candidates into entities: full names first, then the short forms
/// that stand for them (`Putin` -> `Vladimir Putin`, `U.S.` -> `United States`, `NPR` ->
/// `National Public Radio`). Each entity is typed by the sum of its mentions' evidence.
/// When two people share a surname, a bare surname goes to the nearest one named before it,
/// and a title's gender rules out the other one (`Mr. Obama` is not `Michelle Obama`).
///
/// Names and words are compared as the article's small integer ids (`LinkVocabulary`), and
/// the tables that find clusters are arrays indexed by them: `String`-keyed dictionaries
/// hashed a key for every lookup, and each key and word list was a heap object to retain
/// and release. `String`s are made only for what is reported.
struct EntityLinker {
    let candidates: [Candidate]
    /// Only the given names of the lexicon: a whole `Lexicon` made each copy retain a dozen tables.
    let givenNames: Lexicon.GivenNames
    /// The article, for its tokens, keys and lexicon (one reference to retain).
    let context: RecognitionContext
    let vocabulary: LinkVocabulary

    init(candidates: [Candidate], context: RecognitionContext) {
        self.candidates = candidates
        self.givenNames = context.lexicon.givenNames
        self.context = context
        self.vocabulary = LinkVocabulary(candidates: candidates, context: context)
    }

    func link() -> [RecognizedEntity] {
        var clusters = Clusters(candidates: candidates.count, names: vocabulary.nameCount)
        // Sorted on (length, span) pairs: comparing whole candidates copied their strings.
        let keys = candidates.map { (length: $0.tokenCount, span: $0.span) }
        let order = keys.indices.sorted {
            let (a, b) = (keys[$0], keys[$1])
            return a.length != b.length ? a.length > b.length : a.span < b.span
        }
        let surnameGenders = Self.surnameGenders(of: candidates, vocabulary)
        for position in order {
            let key = Int(vocabulary.keyName[position])
            let expansion = Int(vocabulary.expansionName[position])
            let name = expansion >= 0 ? expansion : key
            let gender =
                candidates[position].titleGender ?? (surnameGenders.isEmpty ? nil : Self.gender(surnameGenders[key]))
            let target: Int
            let named = clusters.byName[name]
            let existing = named >= 0 || expansion < 0 ? named : clusters.byName[key]
            if existing >= 0, allows(gender, existing, in: clusters) {
                target = existing
            } else if expansion < 0, let shortForm = shortFormTarget(position, gender: gender, clusters: clusters) {
                target = shortForm
            } else {
                target = clusters.all.count
                let words = expansion >= 0 ? vocabulary.expansionWords[position] : vocabulary.keyWords[position]
                var cluster = EntityCluster(name: Int32(name), namer: position, isExpansion: expansion >= 0, words: words)
                cluster.isPersonName = words.count >= 2 && candidates[position].votes.best == .person
                clusters.all.append(cluster)
                register(target, in: &clusters)
            }
            clusters.add(position, to: target)
            clusters.all[target].votes += candidates[position].votes
            if clusters.byName[key] < 0 { clusters.byName[key] = target }
        }
        // Two buffers for every cluster's members and alias ids, not two arrays per cluster.
        var members: [Int] = []
        members.reserveCapacity(candidates.count)
        var aliasIDs: [Int32] = []
        aliasIDs.reserveCapacity(candidates.count)
        // At its exact size: grown by appends it was copied, and it outlives the article's work.
        var entities: [RecognizedEntity] = []
        entities.reserveCapacity(clusters.all.count { $0.votes.best != nil })
        for index in clusters.all.indices {
            if let entity = entity(from: index, in: clusters, members: &members, aliasIDs: &aliasIDs) {
                entities.append(entity)
            }
        }
        // Sorted in place (`sorted` copied every entity, retaining its strings); the same
        // stable sort.
        entities.sort { ($0.mentions.first?.start ?? 0) < ($1.mentions.first?.start ?? 0) }
        return entities
    }

    private func register(_ position: Int, in clusters: inout Clusters) {
        let cluster = clusters.all[position]
        clusters.byName[Int(cluster.name)] = position
        guard cluster.words.count >= 2 else { return }
        if cluster.isPersonName {
            if clusters.byWord.isEmpty {
                // Made at the first person: by word id.
                clusters.byWord = [Clusters.WordLists](
                    repeating: Clusters.WordLists(), count: vocabulary.withoutParticle.count)
            }
            let last = Int(vocabulary.withoutParticle[Int(vocabulary.words[cluster.words.upperBound - 1])])
            clusters.appendByLast(position, word: last)
            clusters.appendByFirst(position, word: Int(vocabulary.words[cluster.words.lowerBound]))
        } else if !nameHasPeriod(cluster) {
            let initials = initials(of: cluster)
            if initials.count >= 2, !clusters.byInitials.contains(where: { $0.initials == initials.key }) {
                clusters.byInitials.append((initials.key, position))
            }
        }
    }
}
