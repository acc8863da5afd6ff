import Foundation

/// Query time: intersecting postings and scoring the documents that hold every term.
extension FullTextIndex {
    /// BM25's usual constants: term-frequency saturation and length normalisation.
    static let k1 = 1.2
    static let b = 0.75

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
    /// gallops through each longer one: work follows the shortest list, not the corpus. A
    /// term's idf depends only on its list's length, so it is computed once per term, not
    /// once per posting (a logarithm per posting was most of a common word's cost).
    public func matches(_ query: String) -> (documents: [UInt32], scores: [Double]) {
        var terms: [UInt64] = []
        SearchTokenizer.forEachToken(in: query) { token in
            let term = TermHash.of(token)
            if !terms.contains(term) { terms.append(term) }
        }
        guard !terms.isEmpty else { return ([], []) }
        var lists: [PostingLists.Slot] = []
        lists.reserveCapacity(terms.count)
        for term in terms {
            guard let slot = slots[term] else { return ([], []) }
            lists.append(slot)
        }
        lists.sort { $0.count < $1.count }
        return postings.bytes.withUnsafeBufferPointer { bytes in
            lengths.withUnsafeBufferPointer { lengths in
                Intersection(lists: postings, bytes: bytes, lengths: lengths, averageLength: averageLength)
                    .intersect(lists)
            }
        }
    }

    /// BM25's length normalisation of a document of `length`.
    @inline(__always)
    static func lengthNorm(_ length: Float, averageLength: Double) -> Double {
        k1 * (1 - b + b * Double(length) / averageLength)
    }
}

/// The index's postings and norms, borrowed for one query.
private struct Intersection {
    let lists: PostingLists
    let bytes: UnsafeBufferPointer<UInt8>
    /// `FullTextIndex.lengths`, by document.
    let lengths: UnsafeBufferPointer<Float>
    let averageLength: Double

    /// `slots` rarest first; every slot lies within the lists (the index built them so).
    func intersect(_ slots: [PostingLists.Slot]) -> (documents: [UInt32], scores: [Double]) {
        let n = lengths.count
        let rarest = slots[0]
        let firstIdf = Self.idf(documentFrequency: Int(rarest.count), documentCount: n)
        // The rarest list read whole in one tight loop (a term's blocks are back to back, each
        // gap from the posting before): common words have a posting in most documents.
        let rarestCount = Int(rarest.count)
        var frequencies = [UInt8](repeating: 0, count: rarestCount)
        var found = [UInt32](unsafeUninitializedCapacity: rarestCount) { documents, initialized in
            frequencies.withUnsafeMutableBufferPointer { frequencies in
                lists.decode(rarest, bytes: bytes, documents: documents, frequencies: frequencies)
            }
            initialized = rarestCount
        }
        var scores = [Double](unsafeUninitializedCapacity: rarestCount) { buffer, initialized in
            found.withUnsafeBufferPointer { documents in
                frequencies.withUnsafeBufferPointer { frequencies in
                    for index in 0..<rarestCount {
                        buffer[index] = score(documents[index], frequencies[index], idf: firstIdf)
                    }
                }
            }
            initialized = rarestCount
        }
        for slot in slots.dropFirst() {
            let idf = Self.idf(documentFrequency: Int(slot.count), documentCount: n)
            var kept = 0
            var cursor = PostingCursor(lists: lists, bytes: bytes, slot: slot)
            for index in found.indices {
                let document = found[index]
                guard let posting = cursor.first(notBelow: document) else { break }
                if posting.document == document {
                    found[kept] = document
                    scores[kept] = scores[index] + score(document, posting.frequency, idf: idf)
                    kept += 1
                }
            }
            found.removeLast(found.count - kept)
            scores.removeLast(scores.count - kept)
            if found.isEmpty { return ([], []) }
        }
        return (found, scores)
    }

    /// Inverse document frequency of a term found in `documentFrequency` of the documents.
    static func idf(documentFrequency: Int, documentCount: Int) -> Double {
        let n = Double(documentCount)
        let df = Double(documentFrequency)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// BM25's weight of one term in one document (Robertson and Zaragoza 2009, eq. 3.15).
    /// The same arithmetic, in the same order, as when the norms were computed at build time:
    /// identical scores.
    @inline(__always)
    func score(_ document: UInt32, _ frequency: UInt8, idf: Double) -> Double {
        let tf = Double(frequency)
        let norm = FullTextIndex.lengthNorm(lengths[Int(document)], averageLength: averageLength)
        return idf * tf * (FullTextIndex.k1 + 1) / (tf + norm)
    }
}
