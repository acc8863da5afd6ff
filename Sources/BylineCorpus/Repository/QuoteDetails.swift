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
        // Exact sizes: grown by appending, each column would carry up to twice its size.
        // Local columns (stored once at the end): appended to through `self` inside the
        // closures below, each append went through the value being initialised.
        let count = quotes.reduce(0) { $0 + $1.count }
        var start: [Int32] = []
        var end: [Int32] = []
        var cue: [Int32] = []
        var speakerText: [Int32] = []
        var escapedStart: [Int32] = []
        var escapedEnd: [Int32] = []
        start.reserveCapacity(count)
        end.reserveCapacity(count)
        cue.reserveCapacity(count)
        speakerText.reserveCapacity(count)
        escapedStart.reserveCapacity(count)
        escapedEnd.reserveCapacity(count)
        // Each quote's fields read in place, through a buffer: a quote taken out of the nested
        // arrays was copied, its two strings retained and released again, for every quote.
        for article in order {
            quotes[article].withUnsafeBufferPointer { quotes in
                for index in quotes.indices {
                    start.append(quotes[index].start)
                    end.append(quotes[index].end)
                    cue.append(Self.intern(quotes[index].cue, in: &interner))
                    speakerText.append(Self.intern(quotes[index].speakerText, in: &interner))
                    escapedStart.append(quotes[index].escapedStart)
                    escapedEnd.append(quotes[index].escapedEnd)
                }
            }
        }
        self.start = start
        self.end = end
        self.escapedStart = escapedStart
        self.escapedEnd = escapedEnd
        self.cue = NarrowColumn(cue)
        self.speakerText = NarrowColumn(speakerText)
        strings = interner.finish()
    }

    /// `value`'s index in `interner`, -1 for none. A static function taking the interner
    /// inout, not a local one capturing it: a captured variable used from the closure above
    /// was checked for exclusive access at run time on every call.
    private static func intern(_ value: String?, in interner: inout StringInterner) -> Int32 {
        guard let value else { return -1 }
        return interner.intern(value)
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
