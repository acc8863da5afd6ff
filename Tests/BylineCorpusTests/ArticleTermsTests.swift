import Testing

@testable import BylineCorpus

/// Counting an article's and its quotes' terms in one scan gives exactly what counting each
/// quote's own String gave (tokens, weights, first-seen order, length), whatever the quote's
/// edges cut: joins, accents, emoji, overlapping and empty quotes.
@Suite struct ArticleTermsTests {
    static let texts = [
        #"The U.S. envoy said "we will not back down," and Mr. O'Brien's aides agreed."#,
        "Kraków’s mayor said: «Zażółć gęślą jaźń» — 3.5 percent, not 4.2. José Núñez left.",
        "He said 👩‍👩‍👧 \"family first\" and \"the U.N.\" agreed; n\u{303}o combining marks.",
        "Ends mid-word: \"the quick brown fox",
        "",
        "one",
    ]

    /// Every quote the tests try on `text`: all (start, end) pairs on a coarse grid of scalar
    /// boundaries, so edges fall inside words, on joins, on separators and at both ends.
    static func quotes(in text: String) -> [Range<Int>] {
        let utf8 = Array(text.utf8)
        var boundaries = [0]
        var index = 0
        for scalar in text.unicodeScalars {
            index += String(scalar).utf8.count
            boundaries.append(index)
        }
        let step = max(1, boundaries.count / 12)
        let picked = Array(Set(stride(from: 0, to: boundaries.count, by: step).map { boundaries[$0] } + [utf8.count]))
            .sorted()
        var ranges: [Range<Int>] = []
        for start in picked { for end in picked where end >= start { ranges.append(start..<end) } }
        return ranges
    }

    static func expect(_ a: TermColumns, equals b: TermColumns, _ comment: Comment) {
        #expect(a.terms == b.terms, comment)
        #expect(a.frequencies == b.frequencies, comment)
        #expect(a.ends == b.ends, comment)
        #expect(a.lengths == b.lengths, comment)
    }

    /// Hundreds of distinct two- and three-character words: more distinct terms than the
    /// counting table is first sized for, so it grows mid-text (and its quotes' table resets
    /// both ways, slot by slot and whole).
    static let manyWords = (0..<900).map { String($0 * 7 % 1_296, radix: 36) + "x" }.joined(separator: " ")

    @Test func oneScan_countsEveryQuoteAsItsOwnString() {
        for text in Self.texts + [Self.manyWords] {
            let utf8 = Array(text.utf8)
            let quotes = Self.quotes(in: text)  // sorted by start; they overlap freely
            let counted = ArticleTerms.count(title: "Title Words", titleWeight: 3, text: text, quotes: quotes)
            var article = TermCounts()
            article.add("Title Words", weight: 3)
            article.add(text)
            var expected = TermColumns()
            expected.append(article)
            Self.expect(counted.article, equals: expected, "article of \(text)")
            var alone = TermColumns()
            for quote in quotes {
                var counts = TermCounts()
                counts.add(String(decoding: utf8[quote], as: UTF8.self))
                alone.append(counts)
            }
            #expect(counted.quotes.count == quotes.count)
            Self.expect(counted.quotes, equals: alone, "quotes of \(text)")
        }
    }

    /// One scratch kept from text to text (as a load's worker keeps it) counts every text as
    /// a fresh one does: long after short and short after long, so its tables are made ready
    /// both larger and smaller than what they held, with terms left from the text before.
    @Test func reusedScratch_countsAsAFreshOne() {
        let scratch = TermScratch()
        let texts = Self.texts + [Self.manyWords] + Self.texts.reversed() + [Self.manyWords, "one", Self.manyWords]
        for text in texts {
            let quotes = Self.quotes(in: text)
            let fresh = ArticleTerms.count(title: "Title Words", titleWeight: 3, text: text, quotes: quotes)
            let reused = ArticleTerms.count(
                title: "Title Words", titleWeight: 3, text: text, quotes: quotes, scratch: scratch)
            Self.expect(reused.article, equals: fresh.article, "article of \(text)")
            Self.expect(reused.quotes, equals: fresh.quotes, "quotes of \(text)")
        }
    }

    /// A table made ready again for a shorter or a longer text counts as a new one of that
    /// size, through its growth.
    @Test func termTable_preparedAgainCountsAsANewOne() {
        var kept = TermTable(bytes: 0)
        defer { kept.deallocate() }
        for size in [10, 5_000, 40, 3_000, 0, 7_000] {
            let terms = (0..<(size / 2)).map { UInt64($0 % 1_300) &* 0x9E37_79B9_7F4A_7C15 }
            var fresh = TermTable(bytes: size)
            defer { fresh.deallocate() }
            kept.prepare(bytes: size)
            for term in terms {
                fresh.count(term, weight: 1)
                kept.count(term, weight: 1)
            }
            var freshColumns = TermColumns()
            fresh.append(to: &freshColumns, length: 0)
            var keptColumns = TermColumns()
            kept.append(to: &keptColumns, length: 0)
            #expect(kept.count == fresh.count, "\(size)")
            #expect(keptColumns.terms == freshColumns.terms, "\(size)")
            #expect(keptColumns.frequencies == freshColumns.frequencies, "\(size)")
        }
    }

    /// A length summed at once is the sum of `Float` additions token by token, also past 2^24,
    /// where adding 1 no longer changes a `Float`.
    @Test func accumulate_equalsAddingOneTokenAtATime() {
        let cases: [(Float, Float, Int)] = [
            (0, 3, 0), (0, 3, 7), (21, 1, 1_000), (16_777_000, 1, 216), (16_777_200, 1, 40), (16_776_000, 3, 500),
            (0.5, 1, 10), (0, 0.25, 9),
        ]
        for (start, weight, times) in cases {
            var sum = start
            for _ in 0..<times { sum += weight }
            #expect(ArticleTerms.accumulate(start, weight, times: times) == sum, "\(start) + \(weight) x \(times)")
        }
    }

    @Test func textPlaces_findEscapedOffsetsAsAWalkOfTheStoredTextDoes() {
        let texts = Self.texts + ["Tab\there, \"quoted\\\" and\nnew line \u{1} control, é and 😀 after."]
        for text in texts {
            var places = TextPlaces()
            var escaped: [UInt8] = []
            JSONWriter.escape(text, into: &escaped) { places.escaped(next: $0, at: $1) }
            var plain: [UInt8] = []
            JSONWriter.escape(text, into: &plain)
            #expect(escaped == plain)
            let utf16 = Array(text.utf16)
            // Every scalar boundary, in UTF-16 units.
            var offsets = [0]
            for scalar in text.unicodeScalars { offsets.append(offsets[offsets.count - 1] + scalar.utf16.count) }
            let utf8 = TextPlaces.utf8Offsets(of: offsets, in: utf16, isASCII: text.utf8.count == utf16.count)
            for (offset, byte) in zip(offsets, utf8) {
                let prefix = String(decoding: Array(text.utf16[..<text.utf16.index(text.utf16.startIndex, offsetBy: offset)]), as: UTF16.self)
                #expect(byte == prefix.utf8.count, "\(offset) in \(text)")
            }
            let store = ArticleStore(skeletons: [([], 0, 0, 0)], texts: ByteArena([escaped]))
            let walked = store.escapedOffsets(of: 0, at: offsets)
            #expect(places.escapedOffsets(of: utf8) == walked.map { $0 ?? -1 }, "\(text)")
        }
    }

    @Test func termNumbers_numberInFirstSeenOrderThroughGrowth() {
        var numbers = TermNumbers(expected: 1)
        var expected: [UInt64: Int32] = [:]
        var order: [UInt64] = []
        for step in 0..<5_000 {
            // Keys that share low bits, repeats, and zero.
            let term = UInt64(step % 1_700) << 20 ^ UInt64(step % 3)
            let number = numbers.number(of: term)
            if let known = expected[term] {
                #expect(number == known)
            } else {
                #expect(number == Int32(order.count))
                expected[term] = number
                order.append(term)
            }
        }
        #expect(numbers.terms == order)
        #expect(numbers.count == order.count)
    }
}
