/// One document's folded tokens with their (weighted) counts, computed where the document is
/// read (in parallel) so the index build only merges. Tokens are gathered as hashes, one run
/// per `add` (one weight each), and `compact()` sorts each run as plain integers and merges
/// the runs into two arrays: no dictionary per document, and the corpus holds many of these
/// at once.
public struct TermCounts: Sendable {
    /// Before `compact()`: one entry per token, in text order; after: one per term, by term.
    private(set) var terms: [UInt64] = []
    /// After `compact()`, one weight per term; before, unused (see `runs`).
    private(set) var weights: [Float] = []
    /// Before `compact()`: where each `add`'s tokens end in `terms`, with its weight.
    private var runs: [(end: Int, weight: Float)] = []
    public private(set) var length: Float = 0

    public init() {}

    /// Adds every token of `text`, each counting `weight` (a title counts more than the body).
    public mutating func add(_ text: String, weight: Float = 1) {
        if runs.isEmpty, !terms.isEmpty {
            // Already compact: its terms become a run of their own, weights kept per term.
            self = TermCounts(merging: self)
        }
        SearchTokenizer.forEachTerm(in: text) { term in
            terms.append(term)
            length += weight
        }
        runs.append((terms.count, weight))
    }

    /// Starts a new, uncompacted set from compact counts (kept as their own sorted run).
    private init(merging compact: TermCounts) {
        self.init()
        carried = (compact.terms, compact.weights)
        length = compact.length
    }

    /// Compact counts carried over when more text is added after `compact()`.
    private var carried: (terms: [UInt64], weights: [Float])?

    public var termCount: Int { compact().terms.count }

    private var isCompact: Bool { runs.isEmpty && carried == nil }

    /// The same counts in sorted arrays, one entry per term.
    public func compact() -> TermCounts {
        guard !isCompact else { return self }
        var merged: (terms: [UInt64], weights: [Float]) = carried ?? ([], [])
        var start = 0
        for run in runs {
            var sorted = Array(terms[start..<run.end])
            start = run.end
            sorted.sort()
            // Run-length: each distinct term once, with its count times the run's weight.
            var runTerms: [UInt64] = []
            var runWeights: [Float] = []
            var index = 0
            while index < sorted.count {
                var next = index + 1
                while next < sorted.count, sorted[next] == sorted[index] { next += 1 }
                runTerms.append(sorted[index])
                runWeights.append(Float(next - index) * run.weight)
                index = next
            }
            merged = Self.merge(merged, (runTerms, runWeights))
        }
        var copy = TermCounts()
        copy.length = length
        // Exact capacity: these arrays live until the index is built.
        copy.terms = Array(merged.terms[...])
        copy.weights = Array(merged.weights[...])
        return copy
    }

    /// Two sorted, duplicate-free term lists as one, weights of a shared term summed.
    private static func merge(
        _ a: (terms: [UInt64], weights: [Float]), _ b: (terms: [UInt64], weights: [Float])
    ) -> (terms: [UInt64], weights: [Float]) {
        if a.terms.isEmpty { return b }
        if b.terms.isEmpty { return a }
        var terms: [UInt64] = []
        var weights: [Float] = []
        terms.reserveCapacity(a.terms.count + b.terms.count)
        weights.reserveCapacity(a.terms.count + b.terms.count)
        var (i, j) = (0, 0)
        while i < a.terms.count || j < b.terms.count {
            if j == b.terms.count || (i < a.terms.count && a.terms[i] < b.terms[j]) {
                terms.append(a.terms[i])
                weights.append(a.weights[i])
                i += 1
            } else if i == a.terms.count || b.terms[j] < a.terms[i] {
                terms.append(b.terms[j])
                weights.append(b.weights[j])
                j += 1
            } else {
                terms.append(a.terms[i])
                weights.append(a.weights[i] + b.weights[j])
                i += 1
                j += 1
            }
        }
        return (terms, weights)
    }

    /// Every (term, weight), by term.
    func forEach(_ body: (UInt64, Float) -> Void) {
        let counts = compact()
        for index in counts.terms.indices { body(counts.terms[index], counts.weights[index]) }
    }
}
