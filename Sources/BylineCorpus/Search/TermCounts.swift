/// One document's folded tokens with their (weighted) counts, computed where the document is
/// read (in parallel) so the index build only merges. Tokens are gathered as hashes in one
/// array and `compact()` sorts and sums them into two arrays: no dictionary per document,
/// and the corpus holds many of these at once.
public struct TermCounts: Sendable {
    /// Before `compact()`: one entry per token, in text order; after: one per term, by term.
    private(set) var terms: [UInt64] = []
    private(set) var weights: [Float] = []
    private var isCompact = true
    public private(set) var length: Float = 0

    public init() {}

    /// Adds every token of `text`, each counting `weight` (a title counts more than the body).
    public mutating func add(_ text: String, weight: Float = 1) {
        isCompact = false
        SearchTokenizer.forEachTerm(in: text) { term in
            terms.append(term)
            weights.append(weight)
            length += weight
        }
    }

    public var termCount: Int { isCompact ? terms.count : compact().terms.count }

    /// The same counts in sorted arrays, one entry per term.
    public func compact() -> TermCounts {
        guard !isCompact else { return self }
        var pairs = zip(terms, weights).map { (term: $0, weight: $1) }
        pairs.sort { $0.term < $1.term }
        var copy = TermCounts()
        copy.length = length
        // Exact capacity: these arrays live until the index is built.
        let unique = pairs.indices.reduce(0) { $0 + ($1 == 0 || pairs[$1].term != pairs[$1 - 1].term ? 1 : 0) }
        copy.terms.reserveCapacity(unique)
        copy.weights.reserveCapacity(unique)
        for pair in pairs {
            if copy.terms.last == pair.term {
                copy.weights[copy.weights.count - 1] += pair.weight
            } else {
                copy.terms.append(pair.term)
                copy.weights.append(pair.weight)
            }
        }
        return copy
    }

    /// Every (term, weight), by term.
    func forEach(_ body: (UInt64, Float) -> Void) {
        let counts = compact()
        for index in counts.terms.indices { body(counts.terms[index], counts.weights[index]) }
    }
}
