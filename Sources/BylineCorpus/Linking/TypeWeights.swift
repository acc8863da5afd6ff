import BylineModel

/// A weight per entity type, kept in three integers: linking adds to one for every entity of
/// a load, where an `[EntityType: Int]` hashed the type with SipHash each time.
struct TypeWeights: Sendable {
    private var person = 0
    private var organization = 0
    private var location = 0

    subscript(type: EntityType) -> Int {
        get {
            switch type {
            case .person: person
            case .organization: organization
            case .location: location
            }
        }
        set {
            switch type {
            case .person: person = newValue
            case .organization: organization = newValue
            case .location: location = newValue
            }
        }
    }
}
