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

    /// The clusters made so far and the tables that find them, so linking stays linear in
    /// mentions. Lists of clusters are threaded through arrays (a head and a tail per key, a
    /// next per cluster) instead of an array per key.
    struct Clusters {
        var all: [EntityCluster] = []
        /// By name id: the cluster of that name, or -1.
        var byName: [Int]
        /// By candidate: the member that joined its cluster after it, or -1.
        var nextMember: [Int]
        /// By word id: the first and last person cluster whose last word (without a particle)
        /// is that word; empty until the first person of two words or more.
        var lastHead: [Int] = [], lastTail: [Int] = []
        /// The same by first word.
        var firstHead: [Int] = [], firstTail: [Int] = []
        /// By cluster: the next cluster in its last-word and first-word lists, or -1.
        var nextByLast: [Int] = [], nextByFirst: [Int] = []
        /// Organisations and places of two words or more by their initials (`NPR`), first
        /// come first: a handful an article, searched in turn (a dictionary cost more to build).
        var byInitials: [(initials: InitialsKey, cluster: Int)] = []

        init(candidates: Int, names: Int) {
            all.reserveCapacity(candidates)
            byName = [Int](repeating: -1, count: names)
            nextMember = [Int](repeating: -1, count: candidates)
        }

        /// Adds candidate `position` to cluster `cluster`'s members.
        mutating func add(_ position: Int, to cluster: Int) {
            if all[cluster].lastMember >= 0 {
                nextMember[all[cluster].lastMember] = position
            } else {
                all[cluster].firstMember = position
            }
            all[cluster].lastMember = position
            all[cluster].memberCount += 1
        }

        /// Cluster `cluster`'s members in the order they joined.
        func members(of cluster: Int) -> [Int] {
            var members: [Int] = []
            members.reserveCapacity(all[cluster].memberCount)
            var member = all[cluster].firstMember
            while member >= 0 {
                members.append(member)
                member = nextMember[member]
            }
            return members
        }
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
        return clusters.all.indices.compactMap { entity(from: $0, in: clusters) }.sorted {
            ($0.mentions.first?.start ?? 0) < ($1.mentions.first?.start ?? 0)
        }
    }

    private func register(_ position: Int, in clusters: inout Clusters) {
        let cluster = clusters.all[position]
        clusters.byName[Int(cluster.name)] = position
        guard cluster.words.count >= 2 else { return }
        if cluster.isPersonName {
            if clusters.lastHead.isEmpty {
                // Made at the first person: by word id, and by cluster (never more than candidates).
                let words = vocabulary.withoutParticle.count
                clusters.lastHead = [Int](repeating: -1, count: words)
                clusters.lastTail = clusters.lastHead
                clusters.firstHead = clusters.lastHead
                clusters.firstTail = clusters.lastHead
                clusters.nextByLast = [Int](repeating: -1, count: candidates.count)
                clusters.nextByFirst = clusters.nextByLast
            }
            let last = Int(vocabulary.withoutParticle[Int(vocabulary.words[cluster.words.upperBound - 1])])
            Self.append(position, at: last, heads: &clusters.lastHead, tails: &clusters.lastTail, next: &clusters.nextByLast)
            let first = Int(vocabulary.words[cluster.words.lowerBound])
            Self.append(
                position, at: first, heads: &clusters.firstHead, tails: &clusters.firstTail, next: &clusters.nextByFirst)
        } else if !nameHasPeriod(cluster) {
            let initials = initials(of: cluster)
            if initials.count >= 2, !clusters.byInitials.contains(where: { $0.initials == initials.key }) {
                clusters.byInitials.append((initials.key, position))
            }
        }
    }

    /// Appends cluster `position` to the list of key `key`.
    private static func append(_ position: Int, at key: Int, heads: inout [Int], tails: inout [Int], next: inout [Int]) {
        if tails[key] >= 0 {
            next[tails[key]] = position
        } else {
            heads[key] = position
        }
        tails[key] = position
    }
}

/// Initials (`NPR`, capitals only) as a key: five bits a letter (`A` is 1) for up to twelve
/// letters, so no two such strings share a key and none is allocated; longer ones as bytes.
enum InitialsKey: Equatable {
    case packed(UInt64)
    case bytes([UInt8])

    /// The key of `letters` (each `A`...`Z`) and their count.
    static func of<C: Collection>(_ letters: C) -> (key: InitialsKey, count: Int) where C.Element == UInt8 {
        var packed: UInt64 = 0
        var count = 0
        for letter in letters {
            count += 1
            if count <= 12 { packed = packed << 5 | UInt64(letter &- 0x40) }
        }
        return (count <= 12 ? .packed(packed) : .bytes(Array(letters)), count)
    }
}
