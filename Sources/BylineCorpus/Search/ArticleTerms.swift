/// An article's search terms (title and text, one document) and each quote's (one document
/// each), from one scan of the text. Quotes are pieces of the text, and counting each from a
/// String of its own scanned those words twice and made three arrays per quote.
///
/// Exact, not an approximation: a token the text's scan finds wholly inside a quote is one
/// the quote's own scan finds too, with the same bytes (both scans are between tokens where
/// it starts: the text's because a token starts there, the quote's because the same
/// separator that ended the text's previous token ended its own). Only a quote's edges,
/// before its first whole token and after its last, are scanned again on their own, so each
/// quote gets the tokens, counts and order that `TermCounts.add(quoteText)` gives.
enum ArticleTerms {
    /// `quotes`: byte ranges of `text`'s UTF-8 (whole scalars), ascending by lower bound.
    /// Title words count `titleWeight` each, the text's and the quotes' 1. `scratch`: the
    /// buffers to count in (the calling thread's, kept for its next article).
    static func count(
        title: String, titleWeight: UInt8, text: String, quotes: [Range<Int>], scratch: TermScratch = TermScratch()
    ) -> (article: TermColumns, quotes: TermColumns) {
        var articleColumns = TermColumns()
        var quoteColumns = TermColumns()
        var title = title
        var text = text
        title.withUTF8 { title in
            text.withUTF8 { utf8 in
                let size = utf8.count
                // Every token of the text in order: where it starts and ends, and its term.
                let most = (size + 1) / 2 + 1
                scratch.prepare(bytes: size, tokens: most, quotes: quotes.count)
                // The tables are counted in as local values (the loop keeps their fields in
                // registers, not behind the class's exclusivity checks) and put back after,
                // grown or not.
                var article = scratch.articleTable
                defer { scratch.articleTable = article }
                article.prepare(bytes: title.count + 1 + size)
                let titleTokens = article.add(title, weight: titleWeight)
                // The text with a space after it, for the padded scan (a copy costs far less
                // than testing for the end at every letter).
                guard let padded = scratch.padded.buffer.baseAddress else { preconditionFailure("reserved") }
                if let base = utf8.baseAddress { padded.update(from: base, count: size) }
                padded[size] = UInt8(ascii: " ")
                let starts = scratch.starts.buffer
                let ends = scratch.ends.buffer
                let hashes = scratch.hashes.buffer
                var tokens = 0
                SearchTokenizer.forEachTerm(inPadded: padded, count: size) { range, term in
                    article.count(term, weight: 1)
                    precondition(tokens < most, "more tokens than bytes allow")
                    starts[tokens] = Int32(truncatingIfNeeded: range.lowerBound)
                    ends[tokens] = Int32(truncatingIfNeeded: range.upperBound)
                    hashes[tokens] = term
                    tokens &+= 1  // below `most` (the precondition)
                }
                let length = accumulate(accumulate(0, Float(titleWeight), times: titleTokens), 1, times: tokens)
                article.append(to: &articleColumns, length: length)
                guard !quotes.isEmpty else { return }

                // Each quote: its edges scanned alone, the whole tokens between them taken
                // from the text's scan, in one table reused from quote to quote.
                var counts = scratch.quoteTable
                defer { scratch.quoteTable = counts }
                counts.prepare(bytes: quotes.reduce(0) { max($0, $1.count) })
                let starts32 = UnsafeBufferPointer(rebasing: starts[..<tokens])
                let ends32 = UnsafeBufferPointer(rebasing: ends[..<tokens])
                // Room for every quote's terms at once (its whole tokens and an edge token on
                // each side, a bound in practice, not a limit): grown quote by quote, the
                // columns were reallocated and copied a dozen times an article.
                // Each quote's whole tokens (the first starting in it, the first ending past
                // it) found once, for the room and for the counting: two binary searches per
                // quote instead of four.
                let bounds = scratch.bounds.buffer
                var room = 0
                for (index, quote) in quotes.enumerated() {
                    let first = firstIndex(in: starts32) { Int($0) >= quote.lowerBound }
                    let past = firstIndex(in: ends32) { Int($0) > quote.upperBound }
                    bounds[index] = (first, past)
                    room += max(past - first, 0) + 2
                }
                // Counted into the scratch's columns (the room reserved there, kept), then
                // copied out at their exact size.
                var columns = TermColumns()
                swap(&columns, &scratch.quoteColumns)
                defer { scratch.quoteColumns = columns }
                columns.removeAll()
                columns.reserve(terms: room, documents: quotes.count)
                for (index, quote) in quotes.enumerated() {
                    counts.reset()
                    let (first, past) = bounds[index]
                    var quoteTokens = 0
                    if first >= past {
                        quoteTokens = counts.add(UnsafeBufferPointer(rebasing: utf8[quote]), weight: 1)
                    } else {
                        quoteTokens = counts.add(
                            UnsafeBufferPointer(rebasing: utf8[quote.lowerBound..<Int(starts[first])]), weight: 1)
                        for token in first..<past { counts.count(hashes[token], weight: 1) }
                        quoteTokens += past - first
                        quoteTokens += counts.add(
                            UnsafeBufferPointer(rebasing: utf8[Int(ends[past - 1])..<quote.upperBound]), weight: 1)
                    }
                    counts.append(to: &columns, length: accumulate(0, 1, times: quoteTokens))
                }
                quoteColumns = columns.exactCopy()
            }
        }
        articleColumns.shrink()
        quoteColumns.shrink()
        return (articleColumns, quoteColumns)
    }

    /// `start` with `weight` added `times` times, one `Float` addition after the other (a
    /// document's length was summed token by token): at once when every partial sum is a whole
    /// number no larger than 2^24 (exact in a `Float`, so the same), one by one otherwise.
    static func accumulate(_ start: Float, _ weight: Float, times: Int) -> Float {
        let total = Double(start) + Double(weight) * Double(times)
        if start >= 0, weight >= 0, start == start.rounded(), weight == weight.rounded(), total <= 16_777_216 {
            return Float(total)
        }
        var sum = start
        for _ in 0..<max(times, 0) { sum += weight }
        return sum
    }

    /// The first index of ascending `values` where `isPast` holds (`values.count` if none).
    private static func firstIndex(in values: UnsafeBufferPointer<Int32>, where isPast: (Int32) -> Bool) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            // Both within `0...values.count`: no overflow, and a shift for the halving.
            let middle = (low &+ high) &>> 1
            if isPast(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
