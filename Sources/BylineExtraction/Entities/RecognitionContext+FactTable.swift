extension RecognitionContext {
    /// Facts per token: looked up up front for capitalised words (every one is asked about),
    /// on demand for the others (only those next to a name are), which saves most lookups.
    /// Lookups go by the token's code units (`Lexicon.wordFacts`), not by a `String`; a
    /// word seen before in the article takes its first token's facts (`SeenWords`).
    ///
    /// A class: the context holds one table, never a copy. Its arrays are constants: a
    /// class's variables are checked for exclusive access at run time on every read.
    final class FactTable {
        let tokens: [Token]
        let units: [UInt16]
        let store: LexiconStore
        /// The same store, read without a retain: loading `store` from this object retained
        /// and released the shared store around every on-demand lookup. `store` keeps it alive.
        private let unretained: Unmanaged<LexiconStore>
        private let eager: [WordFacts]
        /// The word id of each token looked up up front, or -1.
        private let ids: [Int32]
        /// The capitalised words (not in capitals) that are common words with an id, in text
        /// order: the only tokens `RecognitionContext.readSentences` must look at.
        let capitalizedCommon: [Int]
        /// Marks a token of `eager` that was not looked up.
        private static let notLookedUp = WordFacts(rawValue: 1 << 31)

        init(text: TokenizedText, store: LexiconStore) {
            let tokens = text.tokens
            let units = text.text.utf16
            self.tokens = tokens
            self.units = units
            self.store = store
            unretained = Unmanaged.passUnretained(store)
            let count = tokens.count
            var ids: [Int32] = []
            var capitalizedCommon: [Int] = []
            // Room for a typical article's few dozen: grown by doubling, it was copied five times.
            capitalizedCommon.reserveCapacity(64)
            // Filled through buffers in one pass: appending to two arrays token by token
            // (a capacity check and a uniqueness check each) cost more than the lookups.
            let eager = [WordFacts](unsafeUninitializedCapacity: count) { eager, eagerCount in
                ids = [Int32](unsafeUninitializedCapacity: count) { ids, idCount in
                    store.lexicon.wordTable.withReader { table in
                        units.withUnsafeBufferPointer { units in
                            tokens.withUnsafeBufferPointer { tokens in
                                // 128 slots of 8 bytes: small enough for the stack.
                                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: SeenWords.size) { slots in
                                    var seen = SeenWords(slots)
                                    for index in 0..<count {
                                        let kind = tokens[index].kind
                                        let shape = tokens[index].shape
                                        guard kind == .word,
                                            shape.contains(.capitalized) || shape.contains(.hyphenated)
                                        else {
                                            eager.initializeElement(at: index, to: kind == .word ? Self.notLookedUp : [])
                                            ids.initializeElement(at: index, to: -1)
                                            continue
                                        }
                                        let span = tokens[index].span
                                        let range = span.start..<span.end
                                        let scan = Lexicon.WordScan(units, range)
                                        // A word's facts follow from its code units alone: a
                                        // composed word seen before copies its first token's.
                                        let facts: WordFacts
                                        let id: Int32
                                        if scan.composed,
                                            let first = seen.first(
                                                scan.hash, range, index: index, units: units, tokens: tokens)
                                        {
                                            facts = eager[first]
                                            id = ids[first]
                                        } else {
                                            let found = store.lexicon.wordFacts(
                                                units, range, scan: scan, text: { tokens[index].text }, in: table)
                                            facts = found.facts
                                            id = found.id ?? -1
                                        }
                                        eager.initializeElement(at: index, to: facts)
                                        ids.initializeElement(at: index, to: id)
                                        if shape.contains(.capitalized), !shape.contains(.allCaps),
                                            facts.contains(.common), id >= 0
                                        {
                                            capitalizedCommon.append(index)
                                        }
                                    }
                                }
                            }
                        }
                    }
                    idCount = count
                }
                eagerCount = count
            }
            self.eager = eager
            self.ids = ids
            self.capitalizedCommon = capitalizedCommon
        }

        subscript(index: Int) -> WordFacts {
            let known = eager[index]
            return known.contains(Self.notLookedUp) ? lookUp(index).facts : known
        }

        /// The listed word token `index` is (equal ids: equal words), or nil.
        func wordID(_ index: Int) -> Int32? {
            if ids[index] >= 0 { return ids[index] }
            return eager[index].contains(Self.notLookedUp) ? lookUp(index).id : nil
        }

        private func lookUp(_ index: Int) -> (facts: WordFacts, id: Int32?) {
            unretained._withUnsafeGuaranteedRef { store in
                store.lexicon.wordTable.withReader { table in
                    units.withUnsafeBufferPointer { units in
                        tokens.withUnsafeBufferPointer { tokens in
                            store.lexicon.wordFacts(
                                units, tokens[index].span.start..<tokens[index].span.end, text: { tokens[index].text },
                                in: table)
                        }
                    }
                }
            }
        }
    }
}
