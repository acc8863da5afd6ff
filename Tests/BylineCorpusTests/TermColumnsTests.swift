import Testing

@testable import BylineCorpus

/// Term counts kept as columns (one byte a frequency) index exactly as the counts themselves.
@Suite struct TermColumnsTests {
    static func counts() -> [TermCounts] {
        let texts = [
            ("Budget vote", "The council approved the budget, budget, budget."),
            ("", ""),  // an empty document
            ("Kraków 👩‍👩‍👧", "Kraków council met in Kraków; the mayor said 👩‍👩‍👧 nothing."),
            ("Schools", String(repeating: "schools ", count: 300)),  // a frequency above 255
        ]
        return texts.map { title, body in
            var counts = TermCounts()
            counts.add(title, weight: 3)
            counts.add(body)
            return counts.compact()
        }
    }

    /// Columns emptied with their room kept take new documents as fresh ones do, and their
    /// exact copy holds the same documents in arrays of about their size.
    @Test func removeAllAndExactCopy_keepTheDocuments() {
        var kept = TermColumns()
        for round in 0..<3 {
            kept.removeAll()
            var fresh = TermColumns()
            for document in 0..<(4 - round) {
                var counts = TermCounts()
                counts.add("word \(document) and \(round) more words")
                kept.append(counts)
                fresh.append(counts)
            }
            let copy = kept.exactCopy()
            for columns in [kept, copy] {
                #expect(columns.terms == fresh.terms)
                #expect(columns.frequencies == fresh.frequencies)
                #expect(columns.ends == fresh.ends)
                #expect(columns.lengths == fresh.lengths)
            }
            #expect(copy.terms.capacity < copy.terms.count + 8)
        }
        #expect(kept.terms.capacity >= kept.terms.count)
    }

    @Test func columns_giveTheSameHitsAndScoresAsTheCounts() {
        let counts = Self.counts()
        var columns = TermColumns()
        for document in counts { columns.append(document) }
        columns.shrink()
        #expect(columns.count == counts.count)
        let fromCounts = FullTextIndex(documents: counts)
        let fromColumns = FullTextIndex(PickedTermDocuments(columns: [columns], picks: counts.indices.map { (0, $0) }))
        for query in ["budget", "krakow council", "schools", "the", "mayor nothing", "absent"] {
            let a = fromCounts.matches(query)
            let b = fromColumns.matches(query)
            #expect(a.documents == b.documents, "\(query)")
            #expect(a.scores == b.scores, "\(query)")
        }
    }

    @Test func frequency_roundsAndCapsWeights() {
        #expect(TermColumns.frequency(0.4) == 1)
        #expect(TermColumns.frequency(3) == 3)
        #expect(TermColumns.frequency(4.5) == 5)
        #expect(TermColumns.frequency(300) == 255)
        for value in 1...255 { #expect(TermColumns.frequency(Float(value)) == UInt8(value)) }
        // Near the fast path's edges: not whole, or rounding past 255.
        #expect(TermColumns.frequency(1.5) == 2)
        #expect(TermColumns.frequency(2.5) == 3)
        #expect(TermColumns.frequency(254.6) == 255)
        #expect(TermColumns.frequency(255.5) == 255)
        #expect(TermColumns.frequency(255.9) == 255)
        #expect(TermColumns.frequency(256) == 255)
    }
}
