import BylineModel

/// What a quote's JSON needs besides its article, speaker, kind and number (`QuoteRanges`):
/// its offsets and its cue and speaker words (interned: a corpus repeats "said" and "he"
/// a hundred thousand times). The text itself is not kept: it is a slice of the article's
/// stored text, so a quote costs a few integers instead of a copy of its words.
struct QuoteDetails: Sendable {
    var start: [Int32] = []
    var end: [Int32] = []
    var cue = NarrowColumn([])
    var speakerText = NarrowColumn([])
    /// Where the text starts and ends in the article's stored escaped text (bytes), so serving
    /// a quote copies its words without walking the article; -1 when the span is unusable.
    var escapedStart: [Int32] = []
    var escapedEnd: [Int32] = []
    /// Interned cues and speaker words; -1 above means absent.
    var strings = StringTable()

    /// The quotes of `quotes[a]` for each article `a` of `order`, in turn. Each quote's escaped
    /// offsets were found when its article was prepared (in parallel).
    init(_ quotes: [[PreparedArticle.Quote]], order: [Int]) {
        var interner = StringInterner()
        func intern(_ value: String?) -> Int32 {
            guard let value else { return -1 }
            return interner.intern(value)
        }
        // Exact sizes: grown by appending, each column would carry up to twice its size.
        let count = quotes.reduce(0) { $0 + $1.count }
        var cue: [Int32] = []
        var speakerText: [Int32] = []
        start.reserveCapacity(count)
        end.reserveCapacity(count)
        cue.reserveCapacity(count)
        speakerText.reserveCapacity(count)
        escapedStart.reserveCapacity(count)
        escapedEnd.reserveCapacity(count)
        for article in order {
            for quote in quotes[article] {
                start.append(quote.start)
                end.append(quote.end)
                cue.append(intern(quote.cue))
                speakerText.append(intern(quote.speakerText))
                escapedStart.append(quote.escapedStart)
                escapedEnd.append(quote.escapedEnd)
            }
        }
        self.cue = NarrowColumn(cue)
        self.speakerText = NarrowColumn(speakerText)
        strings = interner.finish()
    }

    func string(_ index: Int32) -> String? {
        index >= 0 && Int(index) < strings.count ? strings[index] : nil
    }

    /// Adds every column and the interned words to a snapshot's digest.
    func digest(into digest: inout ContentDigest) {
        digest.add(start)
        digest.add(end)
        cue.digest(into: &digest)
        speakerText.digest(into: &digest)
        digest.add(escapedStart)
        digest.add(escapedEnd)
        strings.digest(into: &digest)
    }
}
