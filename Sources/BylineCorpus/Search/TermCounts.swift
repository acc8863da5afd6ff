/// One document's folded tokens with their (weighted) counts, computed where the document is
/// read (in parallel) so the index build only merges. `compact()` trades the dictionary for
/// two arrays once the document is complete: the corpus holds many of these at once.
public struct TermCounts: Sendable {
    private var counts: [UInt64: Float] = [:]
    private(set) var terms: [UInt64] = []
    private(set) var weights: [Float] = []
    public private(set) var length: Float = 0

    public init() {}

    /// Adds every token of `text`, each counting `weight` (a title counts more than the body).
    public mutating func add(_ text: String, weight: Float = 1) {
        if !terms.isEmpty { expand() }
        SearchTokenizer.forEachToken(in: text) { token in
            counts[TermHash.of(token), default: 0] += weight
            length += weight
        }
    }

    public var termCount: Int { counts.isEmpty ? terms.count : counts.count }

    /// The same counts in sorted arrays.
    public func compact() -> TermCounts {
        var copy = TermCounts()
        copy.length = length
        let sorted = counts.isEmpty ? Array(zip(terms, weights)) : counts.sorted { $0.key < $1.key }
        copy.terms = sorted.map(\.0)
        copy.weights = sorted.map(\.1)
        return copy
    }

    /// Every (term, weight), in a stable order.
    func forEach(_ body: (UInt64, Float) -> Void) {
        if counts.isEmpty {
            for index in terms.indices { body(terms[index], weights[index]) }
        } else {
            for (term, weight) in counts.sorted(by: { $0.key < $1.key }) { body(term, weight) }
        }
    }

    private mutating func expand() {
        for index in terms.indices { counts[terms[index], default: 0] += weights[index] }
        terms = []
        weights = []
    }
}
