#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
/// Every article's summary JSON, assembled when asked from the article's stored skeleton and
/// its excerpt: a summary repeats all of an article's metadata, and storing only the excerpt
/// saves that copy for every article of the corpus.
///
/// An excerpt is the start of the article's first paragraph, cut at a word and closed with
/// "…" when the paragraph is long; its escaped bytes are then the first bytes of the stored
/// escaped text (escaping works character by character), so it is kept as a length and a
/// flag, not a copy. An excerpt that is not such a prefix (none is, as excerpts are made
/// today) is kept whole in `others`, so the store never depends on how excerpts are made.
struct SummaryStore: Sendable {
    let articles: ArticleStore
    /// Per article, `length << 1 | ellipsis`, or -1 when the excerpt is in `others`.
    let codes: [Int32]
    let others: [Int: [UInt8]]

    /// "…" as the escaped JSON string writes it.
    static let ellipsis: [UInt8] = Array("…".utf8)

    /// `excerpts[i]` is article `i`'s excerpt, JSON-escaped.
    init(articles: ArticleStore, excerpts: [[UInt8]]) {
        var codes: [Int32] = []
        codes.reserveCapacity(excerpts.count)
        var others: [Int: [UInt8]] = [:]
        for (index, excerpt) in excerpts.enumerated() {
            let code = Self.code(of: excerpt[...], text: articles.escapedText(of: index))
            codes.append(code)
            if code < 0 { others[index] = excerpt }
        }
        self.init(articles: articles, codes: codes, others: others)
    }

    /// From each article's `code(of:text:)` (worked out where the article is prepared, in
    /// parallel), and the excerpts whose code is -1.
    init(articles: ArticleStore, codes: [Int32], others: [Int: [UInt8]]) {
        self.articles = articles
        self.codes = codes
        self.others = others
    }

    /// How an escaped excerpt is kept: `length << 1 | ellipsis` when it is the start of the
    /// article's escaped text (closed with "…" or not), -1 when it must be kept whole.
    static func code(of excerpt: ArraySlice<UInt8>, text: ArraySlice<UInt8>) -> Int32 {
        excerpt.withUnsafeBufferPointer { code(of: $0, text: text) }
    }

    /// The same for an excerpt in a buffer (a worker's escape run), compared a block at a time
    /// (`memcmp`), not a byte at a time through generic `starts(with:)`.
    static func code(of excerpt: UnsafeBufferPointer<UInt8>, text: ArraySlice<UInt8>) -> Int32 {
        text.withUnsafeBufferPointer { text in
            // Whether the first `count` bytes of the excerpt are the text's first.
            func startsText(_ count: Int) -> Bool {
                guard count <= text.count else { return false }
                guard count > 0, let a = excerpt.baseAddress, let b = text.baseAddress else { return true }
                return memcmp(a, b, count) == 0
            }
            if startsText(excerpt.count) { return Int32(excerpt.count) << 1 }
            let kept = excerpt.count - ellipsis.count
            if kept >= 0, excerpt[kept...].elementsEqual(ellipsis), startsText(kept) {
                return Int32(kept) << 1 | 1
            }
            return -1
        }
    }

    subscript(index: Int) -> ArraySlice<UInt8> {
        let code = codes[index]
        guard code >= 0 else { return articles.summary(of: index, escapedExcerpt: others[index]?[...] ?? [], suffix: [])[...] }
        let text = articles.escapedText(of: index)
        let excerpt = text[text.startIndex..<(text.startIndex + Int(code >> 1))]
        return articles.summary(of: index, escapedExcerpt: excerpt, suffix: code & 1 == 1 ? Self.ellipsis : [])[...]
    }
}
