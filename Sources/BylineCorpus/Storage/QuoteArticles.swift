/// Each quote's article, by position, without a column per quote: quotes are stored article
/// by article in one order (`order`), so the article of a position is the last in that order
/// whose first quote is at or before it (an article without quotes shares its first position
/// with the next, which then holds it). A binary search over one entry per article, where a
/// column cost four bytes for each of a hundred thousand quotes.
struct QuoteArticles: RandomAccessCollection, Sendable {
    /// Article `order[i]`'s quotes start at `firsts[i]`; ascending.
    private let firsts: [Int32]
    private let order: [Int32]
    let count: Int

    /// `counts[a]`: article `a`'s number of quotes; `order`: the articles in the order their
    /// quotes are stored (each once).
    init(counts: [Int], order: [Int]) {
        var firsts: [Int32] = []
        firsts.reserveCapacity(order.count)
        var next = 0
        for article in order {
            firsts.append(Int32(next))
            next += counts[article]
        }
        self.firsts = firsts
        self.order = order.map { Int32($0) }
        count = next
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// The article of the quote at `position` (in `0..<count`).
    subscript(position: Int) -> Int {
        precondition(position >= 0 && position < count, "quote position out of range")
        // The first entry past `position`; the one before it holds the quote.
        var low = 0
        var high = firsts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(firsts[middle]) <= position { low = middle + 1 } else { high = middle }
        }
        return Int(order[low - 1])
    }

    var footprint: Int { Footprint.array(firsts) + Footprint.array(order) }
}
