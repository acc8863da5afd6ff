/// The words and names one article's linker compares, as small integer ids: equal ids
/// exactly when the `String`s are equal (canonically), so the linker's tables are arrays
/// indexed by id instead of `String`-keyed dictionaries that hashed every key again.
///
/// A word is interned by its code units in composed form (NFC): a token made only of code
/// units below U+0300 is composed as it stands (`WordTable.composedLimit`) and is read in
/// place from the article; any other word is composed first. Two strings are canonically
/// equal exactly when their composed forms are equal unit for unit. A name (a candidate's
/// key, tokens joined by single spaces, or an expansion such as `United States`) is interned
/// by its words' ids: keys hold no space inside a word, and a space neither composes nor
/// reorders with what is around it, so two keys are equal exactly when their words are.
struct LinkVocabulary {
    /// Word ids back to back: each candidate's words in candidate order, then the words of
    /// the expansions.
    private(set) var words: [Int32] = []
    /// Where each candidate's words (one per token) are in `words`.
    private(set) var keyWords: [Range<Int>] = []
    /// Each candidate's key as a name id.
    private(set) var keyName: [Int32] = []
    /// Each candidate's expansion as a name id, or -1 without one.
    private(set) var expansionName: [Int32] = []
    /// Where each candidate's expansion words are in `words` (empty without one).
    private(set) var expansionWords: [Range<Int>] = []
    /// By word id: the id of the word without its particle prefix (`Assad` for `al-Assad`,
    /// `EntityCluster.withoutParticle`), or the word's own id.
    private(set) var withoutParticle: [Int32] = []
    /// Names have ids `0..<nameCount`.
    private(set) var nameCount = 0

    init(candidates: [Candidate], context: RecognitionContext) {
        var table = Words(capacity: candidates.count * 2)
        keyWords.reserveCapacity(candidates.count)
        expansionWords.reserveCapacity(candidates.count)
        words.reserveCapacity(candidates.count * 2)
        // An expansion follows from its one-token key: its words are interned once per key
        // word. `whole`: the word id of an expansion not written as single-spaced words.
        var expansions: [(key: Int32, words: Range<Int>, whole: Int32)] = []
        // Each candidate's expansion by its index in `expansions` (-1: none), made into its
        // name id at the end, in place.
        var expansionNames: [Int32] = []
        expansionNames.reserveCapacity(candidates.count)
        context.tokens.withUnsafeBufferPointer { tokens in
            context.units.withUnsafeBufferPointer { units in
                // By index: a copy of each candidate retained its strings.
                for position in candidates.indices {
                    let start = words.count
                    for index in candidates[position].tokens {
                        words.append(table.id(ofToken: index, tokens, units))
                    }
                    keyWords.append(start..<words.count)
                    guard let expansion = candidates[position].expansion else {
                        expansionWords.append(0..<0)
                        expansionNames.append(-1)
                        continue
                    }
                    let key = words[start]
                    if let known = expansions.firstIndex(where: { $0.key == key }) {
                        expansionWords.append(expansions[known].words)
                        expansionNames.append(Int32(truncatingIfNeeded: known))
                        continue
                    }
                    let wordStart = words.count
                    for word in expansion.split(separator: " ") { words.append(table.id(of: String(word))) }
                    let range = wordStart..<words.count
                    // A name is its words joined by single spaces; an expansion written otherwise
                    // (never, in the list) is a name of its own, as one word no token can equal.
                    let whole = !range.isEmpty && Self.isSingleSpaced(expansion) ? -1 : table.id(of: expansion)
                    expansionNames.append(Int32(truncatingIfNeeded: expansions.count))
                    expansions.append((key, range, whole))
                    expansionWords.append(range)
                }
            }
        }
        withoutParticle = table.withoutParticle
        // Names of one word are named by the word's id; longer ones get ids after the words'.
        let wordCount = Int32(table.count)
        var names = SequenceInterner<Int32>(capacity: candidates.count / 2)
        var keyNames: [Int32] = []
        keyNames.reserveCapacity(candidates.count)
        let keyRanges = self.keyWords
        words.withUnsafeBufferPointer { words in
            func name(_ range: Range<Int>) -> Int32 {
                range.count == 1
                    ? words[range.lowerBound] : wordCount + names.intern(UnsafeBufferPointer(rebasing: words[range])).id
            }
            for range in keyRanges { keyNames.append(name(range)) }
            guard !expansions.isEmpty else { return }
            let named = expansions.map { $0.whole >= 0 ? $0.whole : name($0.words) }
            for position in expansionNames.indices where expansionNames[position] >= 0 {
                expansionNames[position] = named[Int(expansionNames[position])]
            }
        }
        keyName = keyNames
        expansionName = expansionNames
        nameCount = Int(wordCount) + names.count
    }

    /// Whether `text` is words joined by single spaces: no space at either end or twice.
    static func isSingleSpaced(_ text: String) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            let space = byte == 0x20
            if space, previousSpace { return false }
            previousSpace = space
        }
        return !previousSpace
    }

    /// The word table while the vocabulary is built.
    private struct Words {
        var table: SequenceInterner<UInt16>
        var withoutParticle: [Int32] = []

        var count: Int { table.count }

        init(capacity: Int) {
            table = SequenceInterner(capacity: capacity)
            withoutParticle.reserveCapacity(capacity)
        }

        /// Token `index`'s word: its code units as they stand when all are below U+0300.
        mutating func id(
            ofToken index: Int, _ tokens: UnsafeBufferPointer<Token>, _ units: UnsafeBufferPointer<UInt16>
        ) -> Int32 {
            let span = tokens[index].span
            precondition(span.start >= 0 && span.end <= units.count, "token outside the text")
            var composed = true
            var hyphen = false
            for i in span.start..<span.end {
                let c = units[i]
                if c >= WordTable.composedLimit { composed = false }
                if c == 0x2D { hyphen = true }
            }
            guard composed else { return id(of: tokens[index].text) }
            return id(ofUnits: UnsafeBufferPointer(rebasing: units[span.start..<span.end]), hyphen: hyphen) {
                tokens[index].text
            }
        }

        mutating func id(of word: String) -> Int32 {
            id(ofUnits: WordTable.composed(word), hyphen: EntityCluster.containsByte(word, 0x2D)) { word }
        }

        /// The id of the word with these composed code units; a new word with a hyphen also
        /// gets the id of its form without a particle. A hyphen is never part of a composed
        /// character: the units hold one exactly when the word does.
        mutating func id<C: Collection>(ofUnits units: C, hyphen: Bool, text: () -> String) -> Int32
        where C.Element == UInt16 {
            let (id, isNew) = table.intern(units)
            guard isNew else { return id }
            withoutParticle.append(id)
            if hyphen {
                let word = text()
                let bare = EntityCluster.withoutParticle(word)
                // `withoutParticle` returns the word itself or a shorter suffix.
                if bare.utf8.count != word.utf8.count {
                    let bareID = self.id(of: bare)
                    withoutParticle[Int(id)] = bareID
                }
            }
            return id
        }
    }
}
