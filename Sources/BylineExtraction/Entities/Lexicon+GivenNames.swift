extension Lexicon {
    /// The given-name list, answered from the word table (every given name is one of its
    /// words): what `[String: RecognizedEntity.Gender?]` answered, without keeping that
    /// dictionary beside the table for the life of the process.
    public struct GivenNames: Sendable {
        let table: WordTable
        /// By word id: 0 for a word that is not a given name, else 1 + `code(_:)`.
        let genders: [UInt8]

        /// `.some(gender)` for a listed given name (its gender, or nil when it is given to
        /// either), nil for any other word.
        public subscript(word: String) -> RecognizedEntity.Gender?? {
            guard let id = table.withReader({ $0.id(ofKey: word) }) else { return nil }
            switch genders[Int(id)] {
            case 0: return nil
            case 1: return .some(nil)
            case 2: return .some(.male)
            default: return .some(.female)
            }
        }

        /// The code kept for a listed given name of this gender.
        static func code(_ gender: RecognizedEntity.Gender?) -> UInt8 {
            switch gender {
            case nil: 1
            case .male: 2
            case .female: 3
            }
        }
    }

    /// The given-name list.
    public var givenNames: GivenNames { GivenNames(table: wordTable, genders: givenNameByID) }

    public func givenName(_ word: String) -> RecognizedEntity.Gender?? { givenNames[word] }
}
