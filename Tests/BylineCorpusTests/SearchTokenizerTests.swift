@testable import BylineCorpus
import BylineModel
import Testing

/// The byte-level tokenizer must split and fold exactly as the scalar-by-scalar rules say
/// (kept here as a slow reference): indexes built by one and queried by the other must meet.
@Suite struct SearchTokenizerTests {
    static func reference(_ text: String) -> [String] {
        var tokens: [String] = []
        var buffer = String.UnicodeScalarView()
        var needsFolding = false
        func flush() {
            guard !buffer.isEmpty else { return }
            let token = String(buffer)
            tokens.append(needsFolding ? SearchTokenizer.fold(token) : token)
            buffer = String.UnicodeScalarView()
            needsFolding = false
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                switch scalar {
                case "a"..."z", "0"..."9": buffer.append(scalar)
                case "A"..."Z": buffer.append(Unicode.Scalar(UInt8(scalar.value) | 0x20))
                case "'", ".": continue
                default: flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || (scalar.properties.generalCategory == .nonspacingMark && !buffer.isEmpty)
            {
                buffer.append(scalar)
                needsFolding = true
            } else if scalar.value == 0x2019 {
                continue
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    @Test(arguments: [
        "", "   ", "Putin", "U.S. and U.N.", "3.5 million", "Russia's ‘slanderous’ claim", "Ångel Åberg, Søren",
        "Zieliński Łukasz Núñez O'Brien", "e\u{301}cole \u{301}x", "naïve ﬁne Straße", "中文 テスト 한국어 ٣٤",
        "emoji 👨‍👩‍👧 mid👍word", "...leading dots.", "tab\tand\nnew\u{00A0}lines", "½ ² Ⅻ", "ABC-def_ghi",
        String(repeating: "long", count: 40) + "é",
    ])
    func tokens_matchTheReferenceRules(_ text: String) {
        #expect(SearchTokenizer.tokens(in: text) == Self.reference(text))
        var hashes: [UInt64] = []
        SearchTokenizer.forEachTerm(in: text) { hashes.append($0) }
        #expect(hashes == Self.reference(text).map(TermHash.of))
    }

    /// The byte loop's fast path (runs of ASCII letters and digits hashed as read) against the
    /// reference rules on random text mixing every kind of byte it sorts, with tokens that end
    /// at the text's end, on a join, on a non-ASCII scalar or mid-run.
    @Test func randomText_matchesTheReferenceRules() {
        let pieces: [String] = [
            "a", "Z", "q", "7", "0", "word", "WORD", "Mixed9", "'", ".", " ", "  ", ",", "-", "\n", "\t", "\"",
            "é", "Ñ", "ł", "Ø", "ß", "\u{301}", "’", "‘", "“", "—", "\u{00A0}", "½", "²", "中", "Я", "👍", "ﬁ",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2000 {
            let text = (0..<next(24)).map { _ in pieces[next(pieces.count)] }.joined()
            let expected = Self.reference(text)
            #expect(SearchTokenizer.tokens(in: text) == expected, "\(text.debugDescription)")
            var hashes: [UInt64] = []
            SearchTokenizer.forEachTerm(in: text) { hashes.append($0) }
            #expect(hashes == expected.map(TermHash.of), "\(text.debugDescription)")
            // The byte entry point: the same terms, over ranges that hold the token's bytes.
            var utf8Text = text
            utf8Text.withUTF8 { utf8 in
                var ranged: [UInt64] = []
                var lastEnd = 0
                SearchTokenizer.forEachTerm(in: utf8) { range, term in
                    #expect(range.lowerBound >= lastEnd && range.upperBound <= utf8.count)
                    let piece = String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self)
                    #expect(Self.reference(piece).map(TermHash.of) == [term], "\(piece.debugDescription)")
                    lastEnd = range.upperBound
                    ranged.append(term)
                }
                #expect(ranged == hashes, "\(text.debugDescription)")
                // The padded entry point (a space after the text): the same ranges and terms.
                let padded = UnsafeMutablePointer<UInt8>.allocate(capacity: utf8.count + 1)
                defer { padded.deallocate() }
                if let base = utf8.baseAddress { padded.initialize(from: base, count: utf8.count) }
                (padded + utf8.count).initialize(to: UInt8(ascii: " "))
                var paddedTerms: [(Range<Int>, UInt64)] = []
                SearchTokenizer.forEachTerm(inPadded: padded, count: utf8.count) { paddedTerms.append(($0, $1)) }
                var plainTerms: [(Range<Int>, UInt64)] = []
                SearchTokenizer.forEachTerm(in: utf8) { plainTerms.append(($0, $1)) }
                #expect(paddedTerms.map(\.0) == plainTerms.map(\.0), "\(text.debugDescription)")
                #expect(paddedTerms.map(\.1) == plainTerms.map(\.1), "\(text.debugDescription)")
            }
        }
    }

    @Test func termCounts_sumWeightsPerTerm() {
        var counts = TermCounts()
        counts.add("Budget vote", weight: 3)
        counts.add("the budget passed; the vote held")
        let compact = counts.compact()
        var seen: [UInt64: Float] = [:]
        compact.forEach { seen[$0] = $1 }
        #expect(seen[TermHash.of("budget")] == 4)
        #expect(seen[TermHash.of("the")] == 2)
        #expect(compact.termCount == 5)
        #expect(compact.length == 12)
        #expect(Set(compact.terms).count == compact.terms.count)
    }

    @Test func termCounts_addedAfterCompacting_equalAddedAtOnce() {
        var once = TermCounts()
        once.add("Budget vote", weight: 3)
        once.add("the budget passed; the vote held")
        var split = TermCounts()
        split.add("Budget vote", weight: 3)
        split = split.compact()
        split.add("the budget passed; the vote held")
        let (a, b) = (once.compact(), split.compact())
        #expect(a.terms == b.terms && a.weights == b.weights && a.length == b.length)
    }
}
