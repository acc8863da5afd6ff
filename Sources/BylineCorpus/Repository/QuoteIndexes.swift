import BylineModel

/// Quotes in corpus order (articles newest first, each article's quotes in text order) and
/// their indexes.
struct QuoteIndexes {
    var list: [LinkedQuote]
    var article: [Int]
    /// Each quote's number in its article (`<articleId>-q<n>`).
    var number: [Int]
    var speaker: [Int?]
    var byArticle: [[Int]]
    var bySpeaker: [[Int]]
    var search: FullTextIndex

    init(_ linked: LinkedCorpus, newest: [Int]) {
        let order = newest.flatMap { linked.articleQuotes[$0] }
        var position = Array(repeating: 0, count: linked.quotes.count)
        for (new, old) in order.enumerated() { position[old] = new }
        list = order.map { linked.quotes[$0] }
        article = order.map { linked.quoteArticle[$0] }
        var numberOf = Array(repeating: 0, count: linked.quotes.count)
        for quotes in linked.articleQuotes {
            for (offset, quote) in quotes.enumerated() { numberOf[quote] = offset + 1 }
        }
        number = order.map { numberOf[$0] }
        speaker = order.map { linked.quoteSpeaker[$0] }
        byArticle = linked.articleQuotes.map { $0.map { position[$0] } }
        var bySpeaker = Array(repeating: [Int](), count: linked.entities.count)
        for (index, speaker) in speaker.enumerated() {
            if let speaker { bySpeaker[speaker].append(index) }
        }
        self.bySpeaker = bySpeaker
        let (articles, numbers) = (article, number)
        search = FullTextIndex(PickedTermDocuments(
            columns: linked.quoteTerms, picks: order.indices.map { (articles[$0], numbers[$0] - 1) }))
    }
}
