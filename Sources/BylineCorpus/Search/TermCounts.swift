/// One document's folded tokens with their (weighted) counts, computed where the document is
/// read (in parallel) so the index build only merges.
public struct TermCounts: Sendable {
    public private(set) var counts: [String: Float] = [:]
    public private(set) var length: Float = 0

    public init() {}

    /// Adds every token of `text`, each counting `weight` (a title counts more than the body).
    public mutating func add(_ text: String, weight: Float = 1) {
        SearchTokenizer.forEachToken(in: text) { token in
            counts[token, default: 0] += weight
            length += weight
        }
    }
}
