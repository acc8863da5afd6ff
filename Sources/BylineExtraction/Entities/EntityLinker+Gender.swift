/// Gender as a linking constraint: `Mr. Obama` is not `Michelle Obama`. News titles a
/// surname with Mr./Mrs./Ms. throughout a story, so a title's gender is strong evidence of
/// which of two people sharing a surname a mention means, and a full name's given name
/// (or its own titles) says which gender that person has.
extension EntityLinker {
    /// Codes of `surnameGenders(of:_:)`.
    private static let male: UInt8 = 1, female: UInt8 = 2, mixed: UInt8 = 3

    /// For each single-word name, by name id, the gender its titled mentions agree on
    /// (`Mr. Obama` everywhere gives `Obama` -> male, which then also holds for a bare
    /// `President Obama`), as a code (`gender(_:)`). Names whose titles disagree
    /// (`Mr. Clinton` and `Mrs. Clinton`) get none: each titled mention then speaks for
    /// itself and an untitled one is left unconstrained. Empty when no such name is titled.
    static func surnameGenders(of candidates: [Candidate], _ vocabulary: LinkVocabulary) -> [UInt8] {
        var genders: [UInt8] = []
        for position in candidates.indices where candidates[position].tokenCount == 1 {
            guard candidates[position].expansion == nil, let gender = candidates[position].titleGender else { continue }
            if genders.isEmpty { genders = [UInt8](repeating: 0, count: vocabulary.nameCount) }
            let key = Int(vocabulary.keyName[position])
            let code = gender == .male ? male : female
            if genders[key] == 0 {
                genders[key] = code
            } else if genders[key] != code {
                genders[key] = mixed
            }
        }
        return genders
    }

    /// The gender a code of `surnameGenders(of:_:)` stands for.
    static func gender(_ code: UInt8) -> RecognizedEntity.Gender? {
        code == male ? .male : code == female ? .female : nil
    }

    /// The gender cluster `cluster` is known to have: from its members' titles, else from
    /// the given name of a full name. Nil when nothing says.
    func knownGender(of cluster: Int, in clusters: Clusters) -> RecognizedEntity.Gender? {
        var member = clusters.all[cluster].firstMember
        while member >= 0 {
            if let gender = candidates[member].titleGender { return gender }
            member = clusters.next[member].member
        }
        guard clusters.all[cluster].words.count >= 2 else { return nil }
        return firstNameGender(of: clusters.all[cluster])
    }

    /// Whether a mention wanting `gender` may join cluster `cluster`.
    func allows(_ gender: RecognizedEntity.Gender?, _ cluster: Int, in clusters: Clusters) -> Bool {
        guard let gender, let known = knownGender(of: cluster, in: clusters) else { return true }
        return known == gender
    }

    /// `givenNames[first word of the name] ?? nil`. A token's word is found by its id in the
    /// fact table (the same word table `givenNames` asks, by the same code units), without
    /// hashing its `String` again.
    func firstNameGender(of cluster: EntityCluster) -> RecognizedEntity.Gender? {
        if !cluster.isExpansion {
            let index = candidates[cluster.namer].tokens.lowerBound
            guard context.tokens[index].kind == .word else { return givenNames[context.tokens[index].text] ?? nil }
            guard let id = context.facts.wordID(index) else { return nil }
            switch context.lexicon.givenNameByID[Int(id)] {
            case 0, 1: return nil
            case 2: return .male
            default: return .female
            }
        }
        return givenNames[wordText(of: cluster, at: 0)] ?? nil
    }
}
