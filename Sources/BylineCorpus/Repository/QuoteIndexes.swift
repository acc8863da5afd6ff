import BylineModel

/// Quotes in corpus order (articles newest first, each article's quotes in text order) and
/// their indexes.
struct QuoteIndexes {
    var list: [LinkedQuote]
    var article: [Int]
    var speaker: [Int?]
    var bySpeaker: [[Int]]
    var search: FullTextIndex

    /// `search`: the quotes' index, its documents in this order (built beside the linking).
    init(_ linked: LinkedCorpus, newest: [Int], search: FullTextIndex) {
        let order = newest.flatMap { linked.articleQuotes[$0] }
        list = order.map { linked.quotes[$0] }
        article = order.map { linked.quoteArticle[$0] }
        speaker = order.map { linked.quoteSpeaker[$0] }
        var bySpeaker = Array(repeating: [Int](), count: linked.entities.count)
        for (index, speaker) in speaker.enumerated() {
            if let speaker { bySpeaker[speaker].append(index) }
        }
        self.bySpeaker = bySpeaker
        self.search = search
    }
}
