import Foundation

/// An inverted index over numbered documents: every query term must occur (all-terms search),
/// and hits are ranked by BM25 (Robertson and Zaragoza, "The Probabilistic Relevance
/// Framework: BM25 and Beyond", 2009), the usual default of search engines.
public struct FullTextIndex: Sendable {
    struct Posting: Sendable {
        var document: Int32
        var frequency: Float
    }

    public struct Hit: Sendable, Hashable {
        public var document: Int
        public var score: Double
    }

    private let postings: [UInt64: [Posting]]
    private let lengths: [Float]
    private let averageLength: Double

    /// `documents[i]` are the term counts of document `i`.
    public init(documents: [TermCounts]) {
        // Two passes: count each term's documents first, so every postings list is allocated
        // once at its final size (appending would leave up to half of each list unused).
        var documentFrequency: [UInt64: Int] = [:]
        for document in documents {
            document.forEach { term, _ in documentFrequency[term, default: 0] += 1 }
        }
        var postings = [UInt64: [Posting]](minimumCapacity: documentFrequency.count)
        for (term, count) in documentFrequency {
            var list: [Posting] = []
            list.reserveCapacity(count)
            postings[term] = list
        }
        documentFrequency = [:]
        var lengths: [Float] = []
        lengths.reserveCapacity(documents.count)
        for (index, document) in documents.enumerated() {
            lengths.append(document.length)
            document.forEach { term, frequency in
                postings[term, default: []].append(Posting(document: Int32(index), frequency: frequency))
            }
        }
        self.postings = postings
        self.lengths = lengths
        let total = lengths.reduce(0.0) { $0 + Double($1) }
        averageLength = lengths.isEmpty ? 1 : max(total / Double(lengths.count), 1)
    }

    public var documentCount: Int { lengths.count }
    public var termCount: Int { postings.count }

    /// Documents holding every term of `query`, best first (ties: lower document number).
    /// A query without any token finds nothing.
    public func search(_ query: String) -> [Hit] {
        let terms = Array(Set(SearchTokenizer.tokens(in: query).map(TermHash.of)))
        guard !terms.isEmpty else { return [] }
        var lists: [[Posting]] = []
        for term in terms {
            guard let list = postings[term] else { return [] }
            lists.append(list)
        }
        lists.sort { $0.count < $1.count }
        var scores: [Int32: Double] = [:]
        for posting in lists[0] { scores[posting.document] = score(posting, in: lists[0].count) }
        for list in lists.dropFirst() {
            var next: [Int32: Double] = [:]
            for posting in list {
                if let sofar = scores[posting.document] {
                    next[posting.document] = sofar + score(posting, in: list.count)
                }
            }
            scores = next
            if scores.isEmpty { return [] }
        }
        return scores.map { Hit(document: Int($0.key), score: $0.value) }
            .sorted { ($0.score, -$0.document) > ($1.score, -$1.document) }
    }

    private func score(_ posting: Posting, in documentFrequency: Int) -> Double {
        let k1 = 1.2
        let b = 0.75
        let n = Double(lengths.count)
        let df = Double(documentFrequency)
        let idf = log(1 + (n - df + 0.5) / (df + 0.5))
        let tf = Double(posting.frequency)
        let length = Double(lengths[Int(posting.document)])
        return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / averageLength))
    }
}
