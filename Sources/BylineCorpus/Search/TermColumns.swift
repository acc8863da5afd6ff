/// The term counts of many small documents (an article's quotes) in three flat arrays:
/// a hundred thousand quotes as `TermCounts` were two small arrays each, the largest share
/// of a load's peak memory, and each freed one left a hole.
struct TermColumns: Sendable {
    private(set) var terms: [UInt64] = []
    /// Each term's weight as the index keeps it: rounded, at least 1, at most 255 (a third of
    /// a `Float`'s size; the index reads nothing finer).
    private(set) var frequencies: [UInt8] = []
    /// Document `i` is `ends[i - 1]..<ends[i]` (from 0 for the first).
    private(set) var ends: [Int32] = []
    private(set) var lengths: [Float] = []

    var count: Int { ends.count }

    /// Adds one document.
    mutating func append(_ counts: TermCounts) {
        // Read in place: a compact copy per quote would be made only to be dropped.
        terms += counts.terms
        frequencies += counts.weights.lazy.map(Self.frequency)
        ends.append(Int32(terms.count))
        lengths.append(counts.length)
    }

    /// Adds one document from counts in hand (`TermTable`'s buffers, frequencies already as
    /// the index keeps them): two copies, with the arrays grown by doubling as `append` grows
    /// them.
    mutating func append(terms: UnsafeBufferPointer<UInt64>, frequencies: UnsafeBufferPointer<UInt8>, length: Float) {
        self.terms.append(contentsOf: terms)
        self.frequencies.append(contentsOf: frequencies)
        ends.append(Int32(self.terms.count))
        lengths.append(length)
    }

    /// Room for `terms` more terms in `documents` more documents.
    mutating func reserve(terms: Int, documents: Int) {
        self.terms.reserveCapacity(self.terms.count + terms)
        frequencies.reserveCapacity(frequencies.count + terms)
        ends.reserveCapacity(ends.count + documents)
        lengths.reserveCapacity(lengths.count + documents)
    }

    /// Empty again, the arrays' room kept (a worker's scratch columns, reused from article to
    /// article: `TermScratch`).
    mutating func removeAll() {
        terms.removeAll(keepingCapacity: true)
        frequencies.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        lengths.removeAll(keepingCapacity: true)
    }

    /// The same columns in arrays of their exact size (the room of these is left here).
    func exactCopy() -> TermColumns {
        var copy = TermColumns()
        copy.terms = terms.withUnsafeBufferPointer { Array($0) }
        copy.frequencies = frequencies.withUnsafeBufferPointer { Array($0) }
        copy.ends = ends.withUnsafeBufferPointer { Array($0) }
        copy.lengths = lengths.withUnsafeBufferPointer { Array($0) }
        return copy
    }

    /// Drops spare capacity: the columns are done growing.
    mutating func shrink() {
        // Copied only when an array has room to spare (an article's own column is appended
        // once, at its size).
        func shrunk<Element>(_ array: [Element]) -> [Element] {
            array.capacity > array.count + array.count / 8 + 4 ? array.trimmed() : array
        }
        terms = shrunk(terms)
        frequencies = shrunk(frequencies)
        ends = shrunk(ends)
        lengths = shrunk(lengths)
    }

    /// Where document `document`'s terms are in `terms` and `frequencies`.
    func range(of document: Int) -> Range<Int> {
        (document == 0 ? 0 : Int(ends[document - 1]))..<Int(ends[document])
    }

    /// How many terms document `document` has.
    func termCount(of document: Int) -> Int {
        Int(ends[document]) - (document == 0 ? 0 : Int(ends[document - 1]))
    }

    func forEach(document: Int, _ body: (UInt64, Float) -> Void) {
        let start = document == 0 ? 0 : Int(ends[document - 1])
        for index in start..<Int(ends[document]) { body(terms[index], Float(frequencies[index])) }
    }

    /// A weight as a posting's frequency (`PostingsBuilder` rounds the same way, so a
    /// frequency read back as a weight gives itself).
    static func frequency(_ weight: Float) -> UInt8 {
        // Whole weights (all a load makes) without the C library's `roundf` (or the `truncf`
        // that `UInt8(exactly:)` calls).
        if weight >= 1, weight < 256 {
            // Adding 2^23 leaves the nearest whole number in the low mantissa bits (the sum
            // is in 2^23..<2^24, where a Float's step is 1): read there, without the range
            // checks `UInt8(weight)` repeats on every term of a load. A weight that was not
            // whole fails the comparison and is rounded below, as before.
            let whole = UInt8(truncatingIfNeeded: (weight + 8_388_608).bitPattern)
            if Float(whole) == weight { return whole }
        }
        return UInt8(min(max(weight.rounded(), 1), 255))
    }
}

/// Numbered documents' term counts, as the index build reads them.
protocol TermDocuments {
    var documentCount: Int { get }
    /// Every document's term count, summed.
    var postingCount: Int { get }
    func length(of document: Int) -> Float
    /// Every (term, weight) of `document`, each term once, in the same order on every call.
    func forEachTerm(of document: Int, _ body: (UInt64, Float) -> Void)
}

extension Array: TermDocuments where Element == TermCounts {
    var documentCount: Int { count }
    var postingCount: Int { reduce(0) { $0 + $1.termCount } }
    func length(of document: Int) -> Float { self[document].length }
    func forEachTerm(of document: Int, _ body: (UInt64, Float) -> Void) { self[document].forEach(body) }
}

/// Documents picked out of per-article `TermColumns`: `picks[i]` is (article, document).
struct PickedTermDocuments: TermDocuments {
    var columns: [TermColumns]
    var picks: [(article: Int, document: Int)]

    var documentCount: Int { picks.count }
    var postingCount: Int { picks.reduce(0) { $0 + columns[$1.article].termCount(of: $1.document) } }
    func length(of document: Int) -> Float { columns[picks[document].article].lengths[picks[document].document] }
    func forEachTerm(of document: Int, _ body: (UInt64, Float) -> Void) {
        columns[picks[document].article].forEach(document: picks[document].document, body)
    }
}
