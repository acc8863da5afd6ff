import BylineModel

/// A person whose surname is also a town the gazetteer lists (`Warren`, `Dayton`, `Madison`,
/// `Bush`): every bare `Warren said` votes for a place, so `Elizabeth Warren`, named in full
/// once and by surname ten times, came out a place, and `PronounResolver`, which takes only
/// people, skipped her for `she said`. The gazetteer is weak evidence for a surname; two
/// things a place never has are stronger.
extension EntityLinker {
    /// Whether a cluster the votes make a place is a person after all:
    /// - a mention carries a personal title or an honorific (`Gov. Bush`, `Mr. Dayton`);
    /// - or the cluster is named by a full personal name ending in a listed place and itself no
    ///   listed place, opening
    ///   with a given name (`Elizabeth Warren`, but not `Santa Clara`, `Virginia Beach`) or with
    ///   a first name that also stands alone for it (`Jeb Bush` ... `Jeb`).
    func isPersonNamedLikePlace(_ cluster: EntityCluster, members: [Int]) -> Bool {
        if members.contains(where: { hasPersonalTitle(candidates[$0]) }) { return true }
        guard cluster.isPersonName, !cluster.isExpansion else { return false }
        let range = candidates[cluster.namer].tokens
        // Only the case at hand: the last word alone is a listed place (`Orlando Sentinel`,
        // `Denver Broncos`, `Gallup Poll` keep their votes).
        guard range.count >= 2, context.facts[range.upperBound - 1].contains(.place), context.place(range) == nil
        else { return false }
        let firstFacts = context.facts[range.lowerBound]
        if firstFacts.contains(.givenName) { return true }
        // `Jeb Bush` ... `Jeb said`: a first name no list knows, standing alone as a mention of
        // the cluster (a place is not called by its first word; `Weimar` of `Weimar Germany`
        // is a place itself).
        guard firstFacts.isDisjoint(with: [.place, .surface, .common]) else { return false }
        let first = context.tokens[range.lowerBound].text
        return members.contains { candidates[$0].tokenCount == 1 && context.tokens[candidates[$0].tokens.lowerBound].text == first }
    }

    private func hasPersonalTitle(_ candidate: Candidate) -> Bool {
        if candidate.titleGender != nil { return true }
        guard let title = candidate.title else { return false }
        return !title.isEmpty
    }
}
