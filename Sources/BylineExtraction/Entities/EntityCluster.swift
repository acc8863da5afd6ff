import BylineModel

/// The mentions of one real-world thing in one article, gathered by `EntityLinker`. Its
/// name and words are ids of the article's `LinkVocabulary`; the `String`s are read from the
/// candidate that named it (`namer`) only for the output.
struct EntityCluster: Sendable {
    /// The name's id (`LinkVocabulary`).
    var name: Int32
    /// The candidate whose key, or expansion when `isExpansion`, is the name.
    var namer: Int
    var isExpansion: Bool
    /// The name's words: `vocabulary.words[words]`.
    var words: Range<Int>
    /// The members, threaded through `EntityLinker.Clusters.next` in the order they
    /// joined: no array to allocate per cluster.
    var firstMember = -1
    var lastMember = -1
    var memberCount = 0
    var votes = TypeVotes()
    /// Whether a full name of two or more words read as a person when first seen, so
    /// surnames and first names may join it.
    var isPersonName = false

    init(name: Int32, namer: Int, isExpansion: Bool, words: Range<Int>) {
        self.name = name
        self.namer = namer
        self.isExpansion = isExpansion
        self.words = words
    }

    /// The initials of the capitalised words: `National Public Radio` -> `NPR`.
    static func initials(of words: some Sequence<some StringProtocol>) -> [UInt8] {
        words.compactMap { word in word.utf8.first.flatMap { $0 >= 0x41 && $0 <= 0x5A ? $0 : nil } }
    }

    static func withoutParticle(_ word: String) -> String {
        guard containsByte(word, 0x2D), let dash = word.firstIndex(of: "-"),
            PersonCues.hyphenParticles.contains(word[..<dash].lowercased())
        else { return word }
        return String(word[word.index(after: dash)...])
    }

    /// Whether `word`'s UTF-8 holds `byte`, scanned in its contiguous storage (the generic
    /// `utf8.contains` walked the view one index at a time).
    static func containsByte(_ word: String, _ byte: UInt8) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? word.utf8.contains(byte)
    }
}
