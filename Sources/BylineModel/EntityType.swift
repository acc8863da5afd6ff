/// The kinds of named entity Byline reports.
public enum EntityType: String, Codable, Sendable, Hashable, CaseIterable {
    case person
    case organization
    case location
}
