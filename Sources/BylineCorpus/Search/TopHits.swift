/// The best `count` of a set of scored documents, best first (ties: lower document first),
/// without sorting the rest: a page of 20 out of thousands of matches keeps a short sorted
/// buffer and rejects most candidates with one comparison against its worst entry.
enum TopHits {
    static func select(count: Int, documents: [UInt32], scores: [Double], keep: (Int) -> Bool) -> (total: Int, best: [Int]) {
        if count > 64, count >= documents.count / 4 {
            // Most of the list is wanted: one sort beats many insertions.
            var all = documents.indices.filter { keep(Int(documents[$0])) }.map { (score: scores[$0], document: documents[$0]) }
            all.sort(by: ranksBefore)
            return (all.count, all.prefix(count).map { Int($0.document) })
        }
        var best: [(score: Double, document: UInt32)] = []
        best.reserveCapacity(min(count, documents.count))
        var total = 0
        for index in documents.indices {
            let document = documents[index]
            guard keep(Int(document)) else { continue }
            total += 1
            guard count > 0 else { continue }
            let candidate = (score: scores[index], document: document)
            if best.count == count {
                guard let worst = best.last, ranksBefore(candidate, worst) else { continue }
                best.removeLast()
            }
            // Binary search for the insertion point keeps `best` sorted.
            var low = 0
            var high = best.count
            while low < high {
                let middle = low + (high - low) / 2
                if ranksBefore(best[middle], candidate) { low = middle + 1 } else { high = middle }
            }
            best.insert(candidate, at: low)
        }
        return (total, best.map { Int($0.document) })
    }

    private static func ranksBefore(_ a: (score: Double, document: UInt32), _ b: (score: Double, document: UInt32)) -> Bool {
        a.score != b.score ? a.score > b.score : a.document < b.document
    }
}
