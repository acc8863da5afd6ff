import BylineModel

/// The mentions of one real-world thing in one article, gathered by `EntityLinker`.
struct EntityCluster: Sendable {
    var name: String
    var nameWords: [String]
    var members: [Int] = []
    var votes = TypeVotes()
    /// Whether a full name of two or more words read as a person when first seen, so
    /// surnames and first names may join it.
    var isPersonName = false

    init(name: String, words: [String]) {
        self.name = name
        self.nameWords = words
    }

    /// Whether `words` are the last words of this name, ignoring a particle prefix
    /// (`Assad` for `Bashar al-Assad`, `Juncker` for `Jean-Claude Juncker`).
    func endsWith(_ words: [String]) -> Bool {
        guard words.count < nameWords.count else { return false }
        for (offset, word) in words.reversed().enumerated() {
            let mine = nameWords[nameWords.count - 1 - offset]
            if mine != word, EntityCluster.withoutParticle(mine) != EntityCluster.withoutParticle(word) {
                return false
            }
        }
        return true
    }

    /// The initials of the capitalised words: `National Public Radio` -> `NPR`.
    var initials: String {
        String(decoding: nameWords.compactMap { word in
            word.utf8.first.flatMap { $0 >= 0x41 && $0 <= 0x5A ? $0 : nil }
        }, as: UTF8.self)
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
