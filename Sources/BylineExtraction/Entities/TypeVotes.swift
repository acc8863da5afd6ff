import BylineModel

/// Weighted evidence for each reading of a name; a cluster of mentions adds theirs up.
struct TypeVotes: Sendable, Hashable {
    var person = 0.0
    var organization = 0.0
    var location = 0.0
    /// Not a person, organisation or place (`Russian`, `Olympics`): the name is dropped.
    var other = 0.0

    static func += (lhs: inout TypeVotes, rhs: TypeVotes) {
        lhs.person += rhs.person
        lhs.organization += rhs.organization
        lhs.location += rhs.location
        lhs.other += rhs.other
    }

    var total: Double { person + organization + location + other }

    /// The winning type, or nil when `other` wins or there is no evidence at all.
    var best: EntityType? {
        let top = max(person, organization, location)
        guard top > 0, top >= other else { return nil }
        if person == top { return .person }
        if location == top { return .location }
        return .organization
    }

    func strongest() -> Double { max(person, organization, location) }
}
