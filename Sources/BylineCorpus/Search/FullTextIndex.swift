/// An inverted index over numbered documents: every query term must occur (all-terms search),
/// and hits are ranked by BM25 (Robertson and Zaragoza, "The Probabilistic Relevance
/// Framework: BM25 and Beyond", 2009), the usual default of search engines.
public struct FullTextIndex: Sendable {
    public struct Hit: Sendable, Hashable {
        public var document: Int
        public var score: Double
    }

    /// Each term's place in `postings`.
    let slots: [UInt64: PostingLists.Slot]
    /// All postings, compactly coded (see `PostingLists`), grouped by term.
    let postings: PostingLists
    let averageLength: Double
    /// Each document's length (its weighted token count). BM25's length normalisation,
    /// `k1 * (1 - b + b * length / averageLength)`, is computed from it when a posting is
    /// scored: kept per document as a `Double`, the norms took twice the memory (a quote
    /// index has one document per quote) to save a division per scored posting.
    let lengths: [Float]

    /// `documents[i]` are the term counts of document `i`.
    public init(documents counts: [TermCounts]) {
        self.init(counts)
    }

    init(_ counts: some TermDocuments) {
        let built = PostingsBuilder.build(counts)
        slots = built.slots
        postings = built.postings
        let sum = built.lengths.reduce(0.0) { $0 + Double($1) }
        averageLength = built.lengths.isEmpty ? 1 : max(sum / Double(built.lengths.count), 1)
        lengths = built.lengths
    }

    public var documentCount: Int { lengths.count }
    public var termCount: Int { slots.count }
    public var postingCount: Int { slots.values.reduce(0) { $0 + Int($1.count) } }
}
