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
    /// BM25's length normalisation per document, `k1 * (1 - b + b * length / averageLength)`:
    /// computed once here so scoring a posting takes one division, not two.
    let lengthNorms: [Double]

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
        lengthNorms = Self.lengthNorms(built.lengths, averageLength: averageLength)
    }

    public var documentCount: Int { lengthNorms.count }
    public var termCount: Int { slots.count }
    public var postingCount: Int { slots.values.reduce(0) { $0 + Int($1.count) } }
}
