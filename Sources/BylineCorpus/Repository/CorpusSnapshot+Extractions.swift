import BylineExtraction
import BylineModel

extension CorpusSnapshot {
    /// A snapshot of extractions already in hand (tests, `extract`): ids made distinct with
    /// `-2`, `-3`, entities linked, everything indexed, in the order given.
    public static func build(from extractions: [ArticleExtraction], stats: CorpusStats = CorpusStats()) -> CorpusSnapshot {
        var ids = ArticleIds()
        let distinct = extractions.map { extraction in
            var copy = extraction
            copy.article.id = ids.claim(extraction.article.id, fallback: extraction.article.source)
            return copy
        }
        let terms = Parallel.map(distinct) { extraction in
            var terms = TermCounts()
            terms.add(extraction.article.title, weight: FileReader.titleWeight)
            terms.add(extraction.article.text)
            return terms
        }
        return SnapshotBuilder.build(linked: CorpusLinker.link(distinct), articleTerms: terms, stats: stats)
    }
}
