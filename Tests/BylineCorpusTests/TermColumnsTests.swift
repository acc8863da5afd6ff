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
