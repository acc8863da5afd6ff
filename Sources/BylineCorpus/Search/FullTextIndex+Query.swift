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
        var lists: [Slot] = []
        lists.reserveCapacity(terms.count)
        for term in terms {
            guard let slot = slots[term] else { return ([], []) }
            lists.append(slot)
        }
        lists.sort { $0.count < $1.count }
        return documents.withUnsafeBufferPointer { documents in
            frequencies.withUnsafeBufferPointer { frequencies in
                lengthNorms.withUnsafeBufferPointer { norms in
                    Postings(documents: documents, frequencies: frequencies, norms: norms).intersect(lists)
                }
            }
        }
    }

    /// `k1 * (1 - b + b * length / averageLength)` for each document length.
    static func lengthNorms(_ lengths: [Float], averageLength: Double) -> [Double] {
        lengths.map { k1 * (1 - b + b * Double($0) / averageLength) }
    }
}

/// The index's flat arrays, borrowed for one query: no bounds checks or retains per posting.
private struct Postings {
    let documents: UnsafeBufferPointer<UInt32>
    let frequencies: UnsafeBufferPointer<UInt8>
    /// `FullTextIndex.lengthNorms`, by document.
    let norms: UnsafeBufferPointer<Double>

    /// `lists` rarest first; every slot lies within the arrays (the index built them so).
    func intersect(_ lists: [FullTextIndex.Slot]) -> (documents: [UInt32], scores: [Double]) {
        let n = norms.count
        let rarest = lists[0]
        let rarestStart = Int(rarest.start)
        let rarestCount = Int(rarest.count)
        let firstIdf = Self.idf(documentFrequency: rarestCount, documentCount: n)
        var found = [UInt32](unsafeUninitializedCapacity: rarestCount) { buffer, initialized in
            for index in 0..<rarestCount { buffer[index] = documents[rarestStart + index] }
            initialized = rarestCount
        }
        // The rarest list scored straight from the postings, so no array is captured (and
        // access-checked) inside the closure.
        var scores = [Double](unsafeUninitializedCapacity: rarestCount) { buffer, initialized in
            for index in 0..<rarestCount {
                let position = rarestStart + index
                buffer[index] = score(documents[position], frequencies[position], idf: firstIdf)
            }
            initialized = rarestCount
        }
        for slot in lists.dropFirst() {
            let idf = Self.idf(documentFrequency: Int(slot.count), documentCount: n)
            var kept = 0
            var position = Int(slot.start)
            let end = Int(slot.start + slot.count)
            for index in found.indices {
                let document = found[index]
                position = firstPosition(notBelow: document, from: position, to: end)
                guard position < end else { break }
                if documents[position] == document {
                    found[kept] = document
                    scores[kept] = scores[index] + score(document, frequencies[position], idf: idf)
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
    /// The same arithmetic, in the same order, as computing the norm in place: identical scores.
    @inline(__always)
    func score(_ document: UInt32, _ frequency: UInt8, idf: Double) -> Double {
        let tf = Double(frequency)
        return idf * tf * (FullTextIndex.k1 + 1) / (tf + norms[Int(document)])
    }

    /// The first posting in `from..<to` whose document is at least `document` (`to` if none):
    /// doubling steps, then a binary search within the last step.
    func firstPosition(notBelow document: UInt32, from: Int, to: Int) -> Int {
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
}
