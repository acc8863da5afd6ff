import Foundation

extension Lexicon {
    /// `name.contains(" ")` (Foundation's search, which took a third of `buildFacts`) from
    /// the bytes: a space followed by ASCII or ending the name is a character of its own, so
    /// it is found; a name without the byte has none. Only a space followed by a non-ASCII
    /// scalar (which might combine with it) asks Foundation.
    static func containsSpace(_ name: String) -> Bool {
        var bytes = name
        let found: Bool? = bytes.withUTF8 { bytes in
            var afterSpace = false
            for byte in bytes {
                if afterSpace { return byte < 0x80 ? true : nil }
                afterSpace = byte == 0x20
            }
            return afterSpace
        }
        return found ?? name.contains(" ")
    }

    /// Makes the word table of `words` (each word's id its entry), whose facts are
    /// `facts[id]`, and flags its common words and given names.
    mutating func indexWords(
        _ words: WordTable.Builder, _ facts: [WordFacts], commonWords: Set<String>,
        givenNames: [String: RecognizedEntity.Gender?]
    ) {
        let table = words.table()
        // The flags are set from the lists' side, each word found in the table (canonically,
        // as the `String` dictionaries compare): a word is a common word when it has
        // `.common` and the list has it, a given name when it has `.givenName` and the list
        // has it. Asking the lists about every word hashed each as a `String`.
        var common = [Bool](repeating: false, count: facts.count)
        var genders = [UInt8](repeating: 0, count: facts.count)
        table.withReader { reader in
            for word in commonWords {
                if let id = reader.id(ofKey: word), facts[Int(id)].contains(.common) { common[Int(id)] = true }
            }
            for (name, gender) in givenNames {
                if let id = reader.id(ofKey: name), facts[Int(id)].contains(.givenName) {
                    genders[Int(id)] = GivenNames.code(gender)
                }
            }
        }
        // At its exact size: the facts stay for the life of the process, and the array was
        // grown by appends.
        factsByID = facts.compacted()
        isCommonByID = common
        givenNameByID = genders
        wordTable = table
    }

    /// Facts and id of the word token `units[range]` whose text is `text`: ASCII words are
    /// looked up by their code units, others as a `String`. Same answer as `facts(for:)`.
    /// `text` is asked only for a word that is not ASCII: passing the token's `String`
    /// retained and released it for every word.
    func wordFacts(
        _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, text: () -> String, in table: WordTable.Reader
    ) -> (facts: WordFacts, id: Int32?) {
        wordFacts(units, range, scan: WordScan(units, range), text: text, in: table)
    }

    /// What one pass over a word's code units tells: its hash in the word table
    /// (`WordTable.hash`) and whether it is ASCII or at least composed as it stands.
    struct WordScan {
        var hash: UInt32
        var ascii = true
        var composed = true

        @inline(__always)
        init(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) {
            var hasher = WordTable.FNVHasher()
            var ascii = true
            var composed = true
            for i in range {
                let c = units[i]
                if c >= 0x80 {
                    ascii = false
                    if c >= WordTable.composedLimit { composed = false }
                }
                hasher.combine(c)
            }
            hash = hasher.value
            self.ascii = ascii
            self.composed = composed
        }
    }

    /// `wordFacts` once the word's units are scanned (`scan` must be `WordScan(units, range)`):
    /// the hash that picks the slot is the one the scan made, not a second pass.
    func wordFacts(
        _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, scan: WordScan, text: () -> String,
        in table: WordTable.Reader
    ) -> (facts: WordFacts, id: Int32?) {
        guard scan.ascii else {
            // Below U+0300 the text is in composed form and the table holds composed keys.
            let word = text()
            let id = scan.composed ? table.id(of: units, range, hash: scan.hash) : nonASCIIWordID(word, in: table)
            return (withDemonymShape(id.map { factsByID[Int($0)] } ?? [], word), id)
        }
        let id = table.id(of: units, range, hash: scan.hash)
        var result = id.map { factsByID[Int($0)] } ?? []
        if range.count > 4, units[range.lowerBound] &- 0x41 < 26,
            result.isDisjoint(with: [.surface, .place, .givenName, .listedDemonym]),
            JunkWords.hasDemonymEnding(units, range)
        {
            result.insert(.demonymShaped)
        }
        if result.isEmpty, let dash = range.lastIndex(where: { units[$0] == 0x2D }), dash > range.lowerBound,
            dash + 1 < range.upperBound, units[dash + 1] &- 0x41 < 26,
            let last = table.id(of: units, (dash + 1)..<range.upperBound),
            factsByID[Int(last)].contains(.listedDemonym)
        {
            result.insert(.demonymShaped)  // `African-Americans`, `Mexican-American`
        }
        return (result, id)
    }

    /// The id of a word with non-ASCII characters: looked up in composed form, as `String`
    /// equality compares (it may equal a key written differently, even an ASCII one: U+212A
    /// KELVIN SIGN is `K`).
    private func nonASCIIWordID(_ text: String, in table: WordTable.Reader) -> Int32? {
        table.id(ofKey: text)
    }

    /// The id of `word` (compared as a `String`: canonically), or nil when no list knows it.
    func wordID(_ word: String) -> Int32? {
        wordTable.withReader { $0.id(ofKey: word) }
    }

    /// `facts` plus `.demonymShaped` when the ending says so and no list knows the word.
    private func withDemonymShape(_ facts: WordFacts, _ word: String) -> WordFacts {
        var result = facts
        if result.isDisjoint(with: [.surface, .place, .givenName, .listedDemonym]),
            word.utf8.count > 4, let first = word.utf8.first, first >= 0x41 && first <= 0x5A,
            JunkWords.hasDemonymEnding(word)
        {
            result.insert(.demonymShaped)
        }
        return result
    }

    /// Facts for one token's text; demonym-shaped words are recognised by their ending.
    func facts(for word: String) -> WordFacts {
        var result = wordID(word).map { factsByID[Int($0)] } ?? []
        if result.isDisjoint(with: [.surface, .place, .givenName, .listedDemonym]),
            word.utf8.count > 4, let first = word.utf8.first, first >= 0x41 && first <= 0x5A,
            JunkWords.hasDemonymEnding(word)
        {
            result.insert(.demonymShaped)
        }
        if result.isEmpty, let dash = word.lastIndex(of: "-"), dash > word.startIndex,
            let last = wordID(String(word[word.index(after: dash)...])),
            factsByID[Int(last)].contains(.listedDemonym)
        {
            result.insert(.demonymShaped)  // `African-Americans`, `Mexican-American`
        }
        return result
    }
}
