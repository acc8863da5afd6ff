import BylineModel

/// Quotes in corpus order (articles newest first, each article's quotes in text order) and
/// their indexes.
struct QuoteIndexes {
    var list: [LinkedQuote]
    var article: [Int]
    var speaker: [Int?]
    var bySpeaker: [[Int]]
    var search: FullTextIndex

    init(_ linked: LinkedCorpus, newest: [Int]) {
        let order = newest.flatMap { linked.articleQuotes[$0] }
        list = order.map { linked.quotes[$0] }
        article = order.map { linked.quoteArticle[$0] }
        var numberOf = Array(repeating: 0, count: linked.quotes.count)
        for quotes in linked.articleQuotes {
            for (offset, quote) in quotes.enumerated() { numberOf[quote] = offset + 1 }
        }
        speaker = order.map { linked.quoteSpeaker[$0] }
        var bySpeaker = Array(repeating: [Int](), count: linked.entities.count)
        for (index, speaker) in speaker.enumerated() {
            if let speaker { bySpeaker[speaker].append(index) }
        }
        self.bySpeaker = bySpeaker
        let articles = article
        let numbers = order.map { numberOf[$0] }
        search = FullTextIndex(PickedTermDocuments(
            columns: linked.quoteTerms, picks: order.indices.map { (articles[$0], numbers[$0] - 1) }))
    }
}
