import BylineModel

/// The mentions of one real-world thing in one article, gathered by `EntityLinker`.
struct EntityCluster: Sendable {
    var name: String
    var nameWords: [Substring]
    var members: [Int] = []
    var votes = TypeVotes()
    /// Whether a full name of two or more words reads as a person (surnames may join it).
    var isPersonName: Bool { nameWords.count >= 2 && votes.best == .person }

    init(name: String) {
        self.name = name
        self.nameWords = name.split(separator: " ")
    }

    /// Whether `words` are the last words of this name, ignoring a particle prefix
    /// (`Assad` for `Bashar al-Assad`, `Juncker` for `Jean-Claude Juncker`).
    func endsWith(_ words: [Substring]) -> Bool {
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
        String(nameWords.compactMap { word in word.first.flatMap { $0.isUppercase ? $0 : nil } })
    }

    static func withoutParticle(_ word: Substring) -> Substring {
        guard let dash = word.firstIndex(of: "-"),
            PersonCues.hyphenParticles.contains(word[..<dash].lowercased())
        else { return word }
        return word[word.index(after: dash)...]
    }
}
