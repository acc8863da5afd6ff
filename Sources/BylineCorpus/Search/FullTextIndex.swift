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
    let slots: [UInt64: Slot]
    let documents: [UInt32]
    /// Term frequency per posting, capped at 255 (a title word counts 3).
    let frequencies: [UInt8]
    let lengths: [Float]
    let averageLength: Double
    /// BM25's length normalisation per document, `k1 * (1 - b + b * length / averageLength)`:
    /// computed once here so scoring a posting takes one division, not two.
    let lengthNorms: [Double]

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
        lengthNorms = Self.lengthNorms(lengths, averageLength: averageLength)
    }

    public var documentCount: Int { lengths.count }
    public var termCount: Int { slots.count }
}
