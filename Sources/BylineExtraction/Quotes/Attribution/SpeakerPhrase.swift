/// The words that name a quotation's speaker, as the text writes them: a proper name
/// (`Secretary of State Rex Tillerson`, with `Rex Tillerson` as its name part), a pronoun
/// (`he`), or a description (`the Kremlin spokesman`, `officials`).
struct SpeakerPhrase: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case name
        case pronoun(RecognizedEntity.Gender?)
        /// `they`, `we`, `it`: nobody to name.
        case pluralPronoun
        case descriptive
    }

    var kind: Kind
    /// Token range of the whole phrase.
    var tokens: Range<Int>
    /// For `.name`: the tokens of the name proper, titles and honorifics left out.
    var nameTokens: Range<Int>?
    /// A gender the phrase itself shows (`Mr.`, `Mrs.`), for pronouns to find later.
    var gender: RecognizedEntity.Gender?
}

/// A cue next to a quotation: the verb of reporting (or `according to`) and its speaker.
struct Cue: Hashable, Sendable {
    var verbTokens: Range<Int>
    var speaker: SpeakerPhrase
}
