import Foundation
import Testing

@testable import BylineCorpus

/// The index's query path against BM25 written out plainly, on documents built here.
@Suite struct SearchRankingTests {
    static let texts = [
        "The council approved the budget for schools and roads.",
        "Schools, schools and more schools: the budget debate.",
        "Roads were repaired after the storm; the council met on Tuesday.",
        "Kraków council budget: schools first, roads later, the mayor said.",
        "A storm hit the harbour district.",
        "The mayor said the budget protects schools, and the council agreed the budget.",
    ]

    static func counts() -> [TermCounts] {
        texts.map { text in
            var counts = TermCounts()
            counts.add(text)
            return counts.compact()
        }
    }

    /// Robertson and Zaragoza's BM25 with k1 = 1.2, b = 0.75, summed over the distinct terms.
    static func expectedScores(_ query: String) -> [Int: Double] {
        let documents = texts.map { SearchTokenizer.tokens(in: $0) }
        let terms = Array(NSOrderedSet(array: SearchTokenizer.tokens(in: query))) as? [String] ?? []
        let average = Double(documents.map(\.count).reduce(0, +)) / Double(documents.count)
        var scores: [Int: Double] = [:]
        guard !terms.isEmpty else { return scores }  // a query without tokens finds nothing
        for (index, tokens) in documents.enumerated() where terms.allSatisfy(tokens.contains) {
            scores[index] = terms.reduce(0.0) { sum, term in
                let df = Double(documents.filter { $0.contains(term) }.count)
                let idf = log(1 + (Double(documents.count) - df + 0.5) / (df + 0.5))
                let tf = Double(tokens.filter { $0 == term }.count)
                let length: Double = Double(tokens.count) / average
                let norm: Double = 1.2 * (0.25 + 0.75 * length)
                let weight: Double = idf * tf * 2.2 / (tf + norm)
                return sum + weight
            }
        }
        return scores
    }

    @Test(arguments: ["schools", "the", "budget schools", "council budget the", "krakow", "KRAKÓW roads", "storm", "nothing", ""])
    func matches_scoreEveryDocumentHoldingAllTerms_asBM25(query: String) {
        let index = FullTextIndex(documents: Self.counts())
        let found = index.matches(query)
        let expected = Self.expectedScores(query)
        #expect(found.documents.map(Int.init) == expected.keys.sorted())
        for (document, score) in zip(found.documents, found.scores) {
            #expect(abs(score - (expected[Int(document)] ?? .nan)) < 1e-9)
        }
        let ranked = index.search(query).map(\.document)
        let expectedOrder = expected.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.map(\.key)
        #expect(ranked == expectedOrder)
    }

    @Test(arguments: [1, 2, 3, 5, 100])
    func topHits_equalTheSortedListsPrefix_withAndWithoutAFilter(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let documents = (0..<300).map { UInt32($0 * 3) }
        // Few distinct scores, so ties (broken by the lower document) are common.
        let scores = documents.map { _ in Double(Int.random(in: 0..<20, using: &generator)) / 4 }
        let sorted = documents.indices.sorted { (scores[$0], -Int(documents[$0])) > (scores[$1], -Int(documents[$1])) }
        let all = TopHits.select(count: count, documents: documents, scores: scores, keep: nil)
        #expect(all.total == documents.count)
        #expect(all.best == sorted.prefix(count).map { Int(documents[$0]) })
        let even = TopHits.select(count: count, documents: documents, scores: scores, keep: { $0 % 2 == 0 })
        let evenSorted = sorted.filter { documents[$0] % 2 == 0 }
        #expect(even.total == evenSorted.count)
        #expect(even.best == evenSorted.prefix(count).map { Int(documents[$0]) })
    }
}
