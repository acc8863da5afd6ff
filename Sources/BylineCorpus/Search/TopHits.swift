/// The best `count` of a set of scored documents, best first (ties: lower document first),
/// without sorting the rest: a page of 20 out of thousands of matches keeps a short sorted
/// buffer and rejects most candidates with one comparison against its worst entry.
enum TopHits {
    /// `keep` filters documents (nil: all pass, and the loop calls no closure per document).
    static func select(count: Int, documents: [UInt32], scores: [Double], keep: ((Int) -> Bool)?) -> (total: Int, best: [Int]) {
        if count > 64, count >= documents.count / 4 {
            // Most of the list is wanted: one sort beats many insertions.
            var all = documents.indices.filter { keep?(Int(documents[$0])) ?? true }
                .map { (score: scores[$0], document: documents[$0]) }
            all.sort(by: ranksBefore)
            return (all.count, all.prefix(count).map { Int($0.document) })
        }
        var best = Best(capacity: min(count, documents.count))
        var total = 0
        documents.withUnsafeBufferPointer { documents in
            scores.withUnsafeBufferPointer { scores in
                if let keep {
                    for index in 0..<documents.count where keep(Int(documents[index])) {
                        total += 1
                        best.offer(score: scores[index], document: documents[index])
                    }
                } else {
                    total = documents.count
                    for index in 0..<documents.count {
                        best.offer(score: scores[index], document: documents[index])
                    }
                }
            }
        }
        return (total, best.entries.map { Int($0.document) })
    }

    /// A sorted buffer of at most `capacity` entries; `worst` is cached so a rejected
    /// candidate costs one comparison.
    private struct Best {
        let capacity: Int
        var entries: [(score: Double, document: UInt32)] = []

        init(capacity: Int) {
            self.capacity = max(capacity, 0)
            entries.reserveCapacity(self.capacity)
        }

        @inline(__always)
        mutating func offer(score: Double, document: UInt32) {
            guard capacity > 0 else { return }
            let candidate = (score: score, document: document)
            if entries.count == capacity {
                // Entries are sorted best first, so the last one is the bar to clear.
                guard let worst = entries.last, ranksBefore(candidate, worst) else { return }
                entries.removeLast()
            }
            // Binary search for the insertion point keeps the buffer sorted.
            var low = 0
            var high = entries.count
            while low < high {
                let middle = low + (high - low) / 2
                if ranksBefore(entries[middle], candidate) { low = middle + 1 } else { high = middle }
            }
            entries.insert(candidate, at: low)
        }
    }

    @inline(__always)
    private static func ranksBefore(_ a: (score: Double, document: UInt32), _ b: (score: Double, document: UInt32)) -> Bool {
        a.score != b.score ? a.score > b.score : a.document < b.document
    }

    /// The page `offset..<offset+limit` of ranked matches, ranking only as far as the page reaches.
    static func page(
        of found: (documents: [UInt32], scores: [Double]), limit: Int, offset: Int, keep: ((Int) -> Bool)?
    ) -> Page<Int> {
        let reach = max(offset, 0).addingReportingOverflow(max(limit, 0))
        let top = select(
            count: reach.overflow ? Int.max : reach.partialValue, documents: found.documents, scores: found.scores,
            keep: keep)
        let start = min(max(offset, 0), top.best.count)
        return Page(items: Array(top.best[start...]), total: top.total, limit: limit, offset: offset)
    }
}
