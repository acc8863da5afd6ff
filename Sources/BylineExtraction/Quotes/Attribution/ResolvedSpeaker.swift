/// A speaker phrase resolved: the entity (or none), and the words as written.
struct ResolvedSpeaker: Sendable, Hashable {
    var entity: Int?
    var text: String
    var span: TextSpan
}
