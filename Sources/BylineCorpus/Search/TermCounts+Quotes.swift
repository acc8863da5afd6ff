extension TermCounts {
    /// An article's terms (`title` counting `titleWeight`, then `text`) as one document, and
    /// each quote's as one document each, from one scan of the text. Quotes are pieces of the
    /// text, and counting each from a String of its own scanned those words twice (and made
    /// three arrays per quote).
    ///
    /// Exact, not an approximation: a token the text's scan finds wholly inside a quote is one
    /// the quote's own scan finds too, with the same bytes (both scans are between tokens
    /// where it starts: the text's because a token starts there, the quote's because the same
    /// separator that ended the text's previous token ended its own). Only a quote's edges,
    /// before its first whole token and after its last, are scanned again on their own, so
    /// each quote gets the tokens, counts and order of `add(quoteText)`.
    ///
    /// `quotes`: byte ranges of `text`'s UTF-8 (whole scalars), ascending by lower bound.
    static func article(
        title: String, titleWeight: Float, text: String, quotes: [Range<Int>]
    ) -> (article: TermColumns, quotes: TermColumns) {
        var article = TermCounts()
        article.add(title, weight: titleWeight)
        var articleColumns = TermColumns()
        var quoteColumns = TermColumns()
        var text = text
        text.withUTF8 { utf8 in
            // Every token of the text in order: where it starts and ends, and its term.
            let most = (utf8.count + 1) / 2 + 1
            var starts: [Int32] = []
            var ends: [Int32] = []
            var hashes: [UInt64] = []
            starts.reserveCapacity(most)
            ends.reserveCapacity(most)
            hashes.reserveCapacity(most)
            article.reserveSlots(forTerms: article.terms.count + most)
            article.terms.reserveCapacity(article.terms.count + most)
            article.weights.reserveCapacity(article.terms.count + most)
            var terms = article.terms
            var weights = article.weights
            var slots = article.slots
            (article.terms, article.weights, article.slots) = ([], [], [])
            slots.withUnsafeMutableBufferPointer { slots in
                SearchTokenizer.forEachTerm(in: utf8) { range, term in
                    Self.count(term, weight: 1, terms: &terms, weights: &weights, slots: slots)
                    starts.append(Int32(truncatingIfNeeded: range.lowerBound))
                    ends.append(Int32(truncatingIfNeeded: range.upperBound))
                    hashes.append(term)
                }
            }
            article.length += Float(hashes.count)
            (article.terms, article.weights, article.slots) = (terms, weights, slots)
            articleColumns.append(article)
            article = TermCounts()

            // Each quote: its edges scanned alone, the whole tokens between them counted from
            // the text's scan, in one table reused from quote to quote.
            var counts = TermCounts()
            for quote in quotes {
                counts.reset(forBytes: quote.count)
                // The first token starting in the quote, and the end of its whole tokens.
                let first = Self.firstIndex(in: starts) { Int($0) >= quote.lowerBound }
                let last = Self.firstIndex(in: ends) { Int($0) > quote.upperBound }
                if first >= last {
                    counts.add(utf8: UnsafeBufferPointer(rebasing: utf8[quote]))
                } else {
                    counts.add(utf8: UnsafeBufferPointer(rebasing: utf8[quote.lowerBound..<Int(starts[first])]))
                    for token in first..<last { counts.insert(hashes[token], weight: 1) }
                    counts.add(utf8: UnsafeBufferPointer(rebasing: utf8[Int(ends[last - 1])..<quote.upperBound]))
                }
                quoteColumns.append(counts)
            }
        }
        articleColumns.shrink()
        quoteColumns.shrink()
        return (articleColumns, quoteColumns)
    }

    /// The first index of ascending `values` where `isPast` holds (`values.count` if none).
    private static func firstIndex(in values: [Int32], where isPast: (Int32) -> Bool) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Empties the counts for a document of `bytes` bytes, keeping the arrays' storage.
    mutating func reset(forBytes bytes: Int) {
        terms.removeAll(keepingCapacity: true)
        weights.removeAll(keepingCapacity: true)
        length = 0
        var size = 16
        while size < ((bytes + 1) / 2 + 1) * 2 { size <<= 1 }
        if slots.count >= size && slots.count <= size * 4 {
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        } else {
            slots = [Int32](repeating: 0, count: size)
        }
    }

    /// Counts one occurrence of `term`, growing the table when it is half full.
    mutating func insert(_ term: UInt64, weight: Float) {
        if (terms.count + 1) * 2 > slots.count { reserveSlots(forTerms: terms.count + 1) }
        length += weight
        slots.withUnsafeMutableBufferPointer { slots in
            Self.count(term, weight: weight, terms: &terms, weights: &weights, slots: slots)
        }
    }
}
