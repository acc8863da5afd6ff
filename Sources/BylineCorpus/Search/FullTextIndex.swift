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
        var slots: [UInt64: Slot] = [:]
        for document in counts {
            document.forEach { term, _ in slots[term, default: Slot(start: 0, count: 0)].count += 1 }
        }
        var total: Int32 = 0
        for term in slots.keys.sorted() {
            slots[term]?.start = total
            total += slots[term]?.count ?? 0
        }
        var filled: [UInt64: Int32] = [:]
        filled.reserveCapacity(slots.count)
        var documents = [UInt32](repeating: 0, count: Int(total))
        var frequencies = [UInt8](repeating: 0, count: Int(total))
        var lengths: [Float] = []
        lengths.reserveCapacity(counts.count)
        for (index, document) in counts.enumerated() {
            lengths.append(document.length)
            document.forEach { term, frequency in
                guard let slot = slots[term] else { return }
                let position = Int(slot.start + filled[term, default: 0])
                filled[term, default: 0] += 1
                documents[position] = UInt32(index)
                frequencies[position] = UInt8(min(max(frequency.rounded(), 1), 255))
            }
        }
        self.slots = slots
        self.documents = documents
        self.frequencies = frequencies
        self.lengths = lengths
        let sum = lengths.reduce(0.0) { $0 + Double($1) }
        averageLength = lengths.isEmpty ? 1 : max(sum / Double(lengths.count), 1)
        lengthNorms = Self.lengthNorms(lengths, averageLength: averageLength)
    }

    public var documentCount: Int { lengths.count }
    public var termCount: Int { slots.count }
}
