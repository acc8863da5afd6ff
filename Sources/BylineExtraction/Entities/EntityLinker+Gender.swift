/// Gender as a linking constraint: `Mr. Obama` is not `Michelle Obama`. News titles a
/// surname with Mr./Mrs./Ms. throughout a story, so a title's gender is strong evidence of
/// which of two people sharing a surname a mention means, and a full name's given name
/// (or its own titles) says which gender that person has.
extension EntityLinker {
    /// For each single-word name, the gender its titled mentions agree on (`Mr. Obama`
    /// everywhere gives `Obama` -> male, which then also holds for a bare `President Obama`).
    /// Names whose titles disagree (`Mr. Clinton` and `Mrs. Clinton`) get no entry: each
    /// titled mention then speaks for itself and an untitled one is left unconstrained.
    static func surnameGenders(of candidates: [Candidate]) -> [String: RecognizedEntity.Gender] {
        var genders: [String: RecognizedEntity.Gender] = [:]
        var mixed: Set<String> = []
        for candidate in candidates where candidate.tokenCount == 1 && candidate.expansion == nil {
            guard let gender = candidate.titleGender, !mixed.contains(candidate.key) else { continue }
            if let known = genders[candidate.key], known != gender {
                genders[candidate.key] = nil
                mixed.insert(candidate.key)
            } else {
                genders[candidate.key] = gender
            }
        }
        return genders
    }

    /// The gender cluster `cluster` is known to have: from its members' titles, else from
    /// the given name of a full name. Nil when nothing says. The cluster is read in place
    /// from `clusters`: passing a copy retained its name, words and members.
    func knownGender(of cluster: Int, in clusters: [EntityCluster]) -> RecognizedEntity.Gender? {
        for member in clusters[cluster].members {
            if let gender = candidates[member].titleGender { return gender }
        }
        guard clusters[cluster].nameWords.count >= 2, let first = clusters[cluster].nameWords.first else { return nil }
        return givenNames[first] ?? nil
    }

    /// Whether a mention wanting `gender` may join cluster `cluster`.
    func allows(_ gender: RecognizedEntity.Gender?, _ cluster: Int, in clusters: [EntityCluster]) -> Bool {
        guard let gender, let known = knownGender(of: cluster, in: clusters) else { return true }
        return known == gender
    }
}
