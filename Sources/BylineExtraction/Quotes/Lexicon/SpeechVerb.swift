/// One inflected form of a verb of reporting (`said`, `warns`, `according to`), with what the
/// attribution rules need to know about how the verb builds its sentences.
struct SpeechVerb: Hashable, Sendable {
    struct Traits: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        /// Reports words: usable as the cue of a direct quotation.
        static let speech = Traits(rawValue: 1 << 0)
        /// Reports a belief or a thought (`believes`, `thinks`): reported speech only.
        static let cognition = Traits(rawValue: 1 << 1)
        /// Stands before its subject in news style: `"...," said Tillerson`.
        static let inverts = Traits(rawValue: 1 << 2)
        /// Names the listener before the content: `told reporters that`, `warned Russia`.
        static let takesListener = Traits(rawValue: 1 << 3)
        /// Takes a content clause without a complementizer: `said the talks failed`.
        static let takesBareClause = Traits(rawValue: 1 << 4)
        /// Tells how words were said (`fumed`, `scoffed`): a cue beside a quotation, never
        /// the verb of a reported clause (`when Warren railed against ..., "..."` stays the
        /// outer speaker's).
        static let manner = Traits(rawValue: 1 << 5)
    }

    enum Form: Hashable, Sendable { case base, present, past, participle }

    let lemma: String
    let form: Form
    let traits: Traits
}
