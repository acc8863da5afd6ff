import Testing

@testable import BylineCorpus

/// The index build a load uses (documents picked from articles' columns, its working arrays
/// left unset until written) places the same postings as the generic build over the same
/// documents, term numbers included.
@Suite struct PostingsBuilderTests {
    /// Articles of several documents each, with words shared across them, words of one
    /// document only, repeats (frequencies above one) and an empty document.
    static func articles() -> [TermColumns] {
        (0..<7).map { article in
            var columns = TermColumns()
            for document in 0..<(1 + article % 4) {
                var counts = TermCounts()
                if (article + document) % 5 != 3 {
                    let words = (0..<(3 + 11 * document + article)).map { "w\(($0 * 7 + article) % 23)" }
                    counts.add("only\(article)x\(document) " + words.joined(separator: " "))
                }
                columns.append(counts.compact())
            }
            return columns
        }
    }

    /// Picks in a load's quote order: articles out of order, each article's documents together.
    static let picks: [(article: Int, document: Int)] = [6, 2, 0, 5, 3, 1, 4].flatMap { article in
        (0..<(1 + article % 4)).map { (article, $0) }
    }

    @Test func pickedBuild_placesWhatTheGenericBuildPlaces() {
        let picked = PickedTermDocuments(columns: Self.articles(), picks: Self.picks)
        let fast = PostingsBuilder.build(picked: picked)
        let generic = PostingsBuilder.build(GenericDocuments(picked: picked))
        #expect(fast.lengths == generic.lengths)
        #expect(fast.postings.bytes == generic.postings.bytes)
        #expect(fast.postings.blockLast == generic.postings.blockLast)
        #expect(fast.postings.blockStart == generic.postings.blockStart)
        #expect(fast.slots.count == generic.slots.count)
        for (term, slot) in fast.slots {
            let other = generic.slots[term]
            #expect(other?.firstBlock == slot.firstBlock && other?.count == slot.count)
        }
    }

    /// Built twice (fresh working arrays each time, whatever their memory held), the same.
    @Test func pickedBuild_isTheSameEveryTime() {
        let picked = PickedTermDocuments(columns: Self.articles(), picks: Self.picks)
        let first = PostingsBuilder.build(picked: picked)
        for _ in 0..<3 {
            let again = PostingsBuilder.build(picked: picked)
            #expect(again.postings.bytes == first.postings.bytes)
            #expect(again.lengths == first.lengths)
        }
    }

    /// The same documents seen through the generic protocol only (not as picked columns).
    struct GenericDocuments: TermDocuments {
        var picked: PickedTermDocuments
        var documentCount: Int { picked.documentCount }
        var postingCount: Int { picked.postingCount }
        func length(of document: Int) -> Float { picked.length(of: document) }
        func forEachTerm(of document: Int, _ body: (UInt64, Float) -> Void) {
            picked.forEachTerm(of: document, body)
        }
    }
}
