/// A mention by article position (ids are strings; positions are what the store keeps).
struct LinkedMention: Sendable {
    var article: Int
    var start: Int
    var end: Int
    var text: String
}
