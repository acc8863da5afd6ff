import BylineModel

/// What each part of a snapshot holds on the heap, in bytes (array capacities times element
/// sizes; dictionaries by their capacity). An account to decide where memory goes, not an exact `malloc` figure.
extension SnapshotStorage {
    var footprint: [(part: String, bytes: Int)] {
        [
            ("article text (escaped)", articleJSON.footprint.texts),
            ("article skeletons", articleJSON.footprint.skeletons),
            ("summary excerpts", Footprint.array(summaryJSON.codes) + summaryJSON.others.values.reduce(Footprint.dictionary(summaryJSON.others)) { $0 + Footprint.array($1) }),
            ("article ids", articleIds.footprint),
            ("article keys and dates", articleKeys.footprint),
            ("article orders", Footprint.array(newestOrder) + Footprint.array(oldestOrder)
                + Footprint.array(titleOrder) + Footprint.array(newestRank)),
            ("article search (\(articleSearch.termCount) terms, \(articleSearch.postingCount) postings)", articleSearch.footprint),
            ("entities (values, JSON, lookups)", entities.footprint + entityJSON.footprint
                + Footprint.array(entitiesByMentions) + Footprint.array(entitiesByArticles) + Footprint.array(entitiesByName)),
            ("mentions", mentions.footprint),
            ("entity-article groups", articlesByEntity.footprint + entitiesByArticle.footprint),
            ("quote offsets (text and escaped)", quoteDetails.footprint - quoteDetails.strings.footprint
                - quoteDetails.cue.footprint - quoteDetails.speakerText.footprint),
            ("quote cue and speaker words", quoteDetails.strings.footprint + quoteDetails.cue.footprint
                + quoteDetails.speakerText.footprint),
            ("quote kinds, articles, speakers", Footprint.array(quoteKind) + quoteArticle.footprint
                + quoteSpeaker.footprint + quotesByArticle.footprint + quotesBySpeaker.footprint),
            ("quote search (\(quoteSearch.termCount) terms, \(quoteSearch.postingCount) postings)", quoteSearch.footprint),
        ]
    }
}

/// Heap bytes of standard containers (see `SnapshotStorage.footprint`).
enum Footprint {
    static func array<Element>(_ array: [Element]) -> Int {
        array.capacity * MemoryLayout<Element>.stride
    }

    static func dictionary<Key, Value>(_ dictionary: [Key: Value]) -> Int {
        dictionary.capacity * (MemoryLayout<Key>.stride + MemoryLayout<Value>.stride) * 4 / 3
    }
}

extension ByteArena {
    var footprint: Int { Footprint.array(storage) + Footprint.array(offsets) }
}

extension StringTable {
    var footprint: Int { Footprint.array(bytes) + Footprint.array(ends) }
}

extension IdTable {
    var footprint: Int { names.footprint + Footprint.array(slots) }
}

extension IntGroups {
    var footprint: Int { Footprint.array(starts) + Footprint.array(values) }
}

extension IntColumn {
    var footprint: Int { Footprint.array(values) }
}

extension OptionalIntColumn {
    var footprint: Int { values.footprint }
}

extension ArticleStore {
    var footprint: (texts: Int, skeletons: Int) {
        (texts.footprint, skeletons.footprint + Footprint.array(paragraphsAt) + Footprint.array(textAt) + Footprint.array(idAt))
    }
}

extension ArticleKeyStore {
    var footprint: Int {
        values.footprint
            + [outlet, outletFull, publisher, section, authorStarts, authors].reduce(0) { $0 + Footprint.array($1) }
            + Footprint.array(publishedAt)
    }
}

extension FullTextIndex {
    var footprint: Int {
        Footprint.dictionary(slots) + Footprint.array(postings.bytes) + Footprint.array(postings.blockLast)
            + Footprint.array(postings.blockStart) + Footprint.array(lengths)
    }
}

extension MentionStore {
    var footprint: Int {
        [starts, start, end, textLengths].reduce(0) { $0 + Footprint.array($1) } + article.footprint + text.footprint
            + texts.footprint
    }
}

extension QuoteDetails {
    var footprint: Int {
        [start, end, escapedStart, escapedEnd].reduce(0) { $0 + Footprint.array($1) }
            + cue.footprint + speakerText.footprint + strings.footprint
    }
}
