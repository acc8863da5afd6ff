import Foundation

/// An inverted index over numbered documents: every query term must occur (all-terms search),
/// and hits are ranked by BM25 (Robertson and Zaragoza, "The Probabilistic Relevance
/// Framework: BM25 and Beyond", 2009), the usual default of search engines.
public struct FullTextIndex: Sendable {
    public struct Hit: Sendable, Hashable {
        public var document: Int
        public var score: Double
    }

    /// Where a term's postings sit in `documents` and `frequencies`.
    struct Slot: Sendable {
        var start: Int32
        var count: Int32
    }

    // All postings in two flat arrays, grouped by term: one allocation each instead of one
    // per term (most terms are rare, and a small array costs more than its contents).
    private let slots: [UInt64: Slot]
    private let documents: [UInt32]
    /// Term frequency per posting, capped at 255 (a title word counts 3).
    private let frequencies: [UInt8]
    private let lengths: [Float]
    private let averageLength: Double

    /// `documents[i]` are the term counts of document `i`.
    public init(documents counts: [TermCounts]) {
        self.init(counts)
    }

    init(_ counts: some TermDocuments) {
        let postings = PostingsBuilder.build(counts)
        slots = postings.slots
        documents = postings.documents
        frequencies = postings.frequencies
        lengths = postings.lengths
        let sum = lengths.reduce(0.0) { $0 + Double($1) }
        averageLength = lengths.isEmpty ? 1 : max(sum / Double(lengths.count), 1)
    }

    public var documentCount: Int { lengths.count }
    public var termCount: Int { slots.count }

    /// Documents holding every term of `query`, best first (ties: lower document number).
    /// A query without any token finds nothing.
    public func search(_ query: String) -> [Hit] {
        let found = matches(query)
        return found.documents.indices.map { Hit(document: Int(found.documents[$0]), score: found.scores[$0]) }
            .sorted { ($0.score, -$0.document) > ($1.score, -$1.document) }
    }

    /// Documents holding every term of `query`, in document order, with their BM25 scores;
    /// unranked, so a caller can filter first and rank only the page it returns.
    ///
    /// Postings are sorted by document, so the intersection walks the rarest term's list and
    /// gallops through each longer one: work follows the shortest list, not the corpus.
    public func matches(_ query: String) -> (documents: [UInt32], scores: [Double]) {
        var terms: [UInt64] = []
        SearchTokenizer.forEachToken(in: query) { token in
            let term = TermHash.of(token)
            if !terms.contains(term) { terms.append(term) }
        }
        guard !terms.isEmpty else { return ([], []) }
        var lists: [Slot] = []
        lists.reserveCapacity(terms.count)
        for term in terms {
            guard let slot = slots[term] else { return ([], []) }
            lists.append(slot)
        }
        lists.sort { $0.count < $1.count }
        let rarest = lists[0]
        var found = Array(documents[Int(rarest.start)..<Int(rarest.start + rarest.count)])
        var scores = [Double](repeating: 0, count: found.count)
        for (index, document) in found.enumerated() {
            scores[index] = score(document, frequencies[Int(rarest.start) + index], in: Int(rarest.count))
        }
        for slot in lists.dropFirst() {
            var kept = 0
            var position = Int(slot.start)
            let end = Int(slot.start + slot.count)
            for index in found.indices {
                let document = found[index]
                position = firstPosition(notBelow: document, from: position, to: end)
                guard position < end else { break }
                if documents[position] == document {
                    found[kept] = document
                    scores[kept] = scores[index] + score(document, frequencies[position], in: Int(slot.count))
                    kept += 1
                }
            }
            found.removeLast(found.count - kept)
            scores.removeLast(scores.count - kept)
            if found.isEmpty { return ([], []) }
        }
        return (found, scores)
    }

    /// The first posting in `from..<to` whose document is at least `document` (`to` if none):
    /// doubling steps, then a binary search within the last step.
    private func firstPosition(notBelow document: UInt32, from: Int, to: Int) -> Int {
        var low = from
        var step = 1
        var high = from
        while high < to, documents[high] < document {
            low = high + 1
            high = from + step
            step &*= 2
        }
        high = min(high, to)
        while low < high {
            let middle = low + (high - low) / 2
            if documents[middle] < document { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func score(_ document: UInt32, _ frequency: UInt8, in documentFrequency: Int) -> Double {
        let k1 = 1.2
        let b = 0.75
        let n = Double(lengths.count)
        let df = Double(documentFrequency)
        let idf = log(1 + (n - df + 0.5) / (df + 0.5))
        let tf = Double(frequency)
        let length = Double(lengths[Int(document)])
        return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / averageLength))
    }
}
