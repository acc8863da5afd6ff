import BylineExtraction
import BylineModel

/// One article reduced to what linking and indexing need, made where the file is read (in
/// parallel) so the heavy per-file values (the UTF-16 copy of the text, the paragraph list)
/// are freed file by file instead of all living until the corpus is linked.
struct PreparedArticle: Sendable {
    struct Entity: Sendable {
        var name: String
        var type: EntityType
        var aliases: [String]
        var titles: [String]
        /// In text order, each with the text it covers.
        var mentions: [(span: TextSpan, text: String)]
    }

    /// What linking needs of a quote (a third of an `ExtractedQuote`'s size: a load holds a
    /// hundred thousand of these at its peak). The words are not kept: the snapshot slices
    /// them from the article's text.
    struct Quote: Sendable {
        var start: Int32
        var end: Int32
        /// The speaker's index among the article's entities.
        var speaker: Int32?
        var kind: BylineModel.Quote.Kind
        var cue: String?
        var speakerText: String?
        /// Where the words start and end in the article's stored escaped text (bytes).
        var escapedStart: Int32 = -1
        var escapedEnd: Int32 = -1

        init(_ extracted: ExtractedQuote) {
            start = Int32(clamping: extracted.span.start)
            end = Int32(clamping: extracted.span.end)
            speaker = extracted.speaker.map { Int32(clamping: $0) }
            kind = extracted.kind
            cue = extracted.cue
            speakerText = extracted.speakerText
        }

        var span: TextSpan { TextSpan(start: Int(start), end: Int(end)) }
    }

    /// `paragraphs` and `text` left empty: the text is kept once, JSON-escaped, in
    /// `escapedText` (what the snapshot stores), and paragraphs are the text split at blank
    /// lines.
    var article: Article
    var escapedText: [UInt8]
    /// How the summary's excerpt (from the first paragraph) is kept: `SummaryStore.code`,
    /// and the escaped excerpt itself only when that is -1 (empty otherwise).
    var excerptCode: Int32
    var excerptOther: [UInt8]
    /// `EntityKey` of the title (the title order sorts by it).
    var titleKey: String
    var entities: [Entity]
    /// In text order.
    var quotes: [Quote]
    /// For the quote search index, counted here in parallel: document `i` is `quotes[i]`.
    var quoteTerms: TermColumns
    /// The article's own search terms (title and text), one document.
    var terms: TermColumns
    /// Mentions and quotes whose offsets fell outside the text, left out.
    var droppedSpans: Int

    /// `scratch`: where the text is escaped and the search terms counted (a worker's, kept
    /// from article to article).
    init(_ extraction: ArticleExtraction, scratch: PreparationScratch = PreparationScratch()) {
        let body = extraction.body
        let length = body.utf16.count
        // In range, and not cutting a surrogate pair (its text would not be the text's).
        func boundary(_ offset: Int) -> Bool { offset >= length || !UTF16.isTrailSurrogate(body.utf16[offset]) }
        func valid(_ span: TextSpan) -> Bool {
            span.start >= 0 && span.end <= length && boundary(span.start) && boundary(span.end)
        }
        var dropped = 0
        entities = extraction.entities.map { PreparedArticle.Entity($0, body: body, valid: valid, dropped: &dropped) }
        // One pass, and a sort only when the extractor's order is not already the text's
        // (it nearly always is; the sort is stable, so skipping it changes nothing).
        var quotes: [Quote] = []
        quotes.reserveCapacity(extraction.quotes.count)
        var inOrder = true
        var last: (Int32, Int32) = (.min, .min)
        for extracted in extraction.quotes where valid(extracted.span) {
            let quote = Quote(extracted)
            if (quote.start, quote.end) < last { inOrder = false }
            last = (quote.start, quote.end)
            quotes.append(quote)
        }
        dropped += extraction.quotes.count - quotes.count
        if !inOrder { quotes.sort { ($0.start, $0.end) < ($1.start, $1.end) } }
        droppedSpans = dropped
        article = extraction.article
        article.paragraphs = []
        // The text escaped for storage, noting where escapes lengthen it; then every quote's
        // edges in its UTF-8 (for the search terms) and in the escaped text (for serving).
        var places = TextPlaces()
        scratch.text.removeAll()
        JSONWriter.escape(article.text, into: &scratch.text) { places.escaped(next: $0, at: $1) }
        escapedText = scratch.text.copied()  // exact size: it lives until the snapshot stores it
        var utf16Edges: [Int] = []
        utf16Edges.reserveCapacity(2 * quotes.count)
        for index in quotes.indices {
            utf16Edges.append(Int(quotes[index].start))
            utf16Edges.append(Int(quotes[index].end))
        }
        let edges = TextPlaces.utf8Offsets(
            of: utf16Edges, in: body.utf16,
            isASCII: article.text.utf8.count == length)
        for (index, escapedEdge) in places.escapedOffsets(of: edges).enumerated() {
            if index % 2 == 0 {
                quotes[index / 2].escapedStart = Int32(clamping: escapedEdge)
            } else {
                quotes[index / 2].escapedEnd = Int32(clamping: escapedEdge)
            }
        }
        self.quotes = quotes
        let counted = ArticleTerms.count(
            title: article.title, titleWeight: Self.titleWeight, text: article.text,
            quotes: quotes.indices.map { edges[2 * $0]..<edges[2 * $0 + 1] }, scratch: scratch.terms)
        quoteTerms = counted.quotes
        terms = counted.article
        // The excerpt escaped into the same run, kept only when it is not the text's start.
        scratch.text.removeAll()
        JSONWriter.escape(Self.excerpt(of: article), into: &scratch.text) { _, _ in }
        excerptCode = SummaryStore.code(of: scratch.text.bytes, text: escapedText[...])
        excerptOther = excerptCode < 0 ? scratch.text.copied() : []
        titleKey = EntityKey.of(article.title)
        article.text = ""
    }

    /// The headline says what an article is about: its words weigh more than the body's.
    static let titleWeight: UInt8 = 3

    /// The summary's excerpt (`ArticleSummary`'s, from the first paragraph), without copying
    /// or counting the characters of more of the text than the excerpt can hold: a paragraph
    /// of at most `excerptLength` UTF-8 bytes has at most as many characters and is its own
    /// excerpt; a longer one is cut after one character more than that, which leaves the
    /// excerpt the same (it is made of the first `excerptLength` characters, cut when there
    /// are more).
    static func excerpt(of article: Article) -> String {
        guard let paragraph = firstParagraph(of: article.text) else { return ArticleSummary(article).excerpt }
        guard paragraph.utf8.count > ArticleSummary.excerptLength else { return String(paragraph) }
        var lead = article
        lead.text = ""
        lead.paragraphs = [String(paragraph.prefix(ArticleSummary.excerptLength + 1))]
        return ArticleSummary(lead).excerpt
    }

    /// The first paragraph, from the text: paragraphs hold no line breaks, so the first line
    /// break ends it (a byte scan: this runs for every article of a load).
    static func firstParagraph(of text: String) -> Substring? {
        guard !text.isEmpty else { return nil }
        let utf8 = text.utf8
        let end =
            utf8.withContiguousStorageIfAvailable { bytes in
                bytes.firstIndex(of: UInt8(ascii: "\n")).map { utf8.index(utf8.startIndex, offsetBy: $0) }
                    ?? utf8.endIndex
            } ?? utf8.firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        return text[..<end]
    }
}
