/// The word lists the reported-speech readers test around every cue, as `WordClass`es (the
/// lexicon's own classes, or built once from the readers' sets, following any change to them).
enum ReaderWords {
    static let that = WordSets.that
    static let to = WordSets.to
    static let toAs = WordSets.toAs
    static let asWord = WordSets.asWord
    static let socalledAs = WordSets.socalledAs
    static let isAreWasEtc = WordSets.isAreWasEtc
    static let byFromForEtc = WordSets.byFromForEtc
    static let ifWhetherUnless = WordSets.ifWhetherUnless
    static let beForms = WordClass(PreposedCueReader.beForms)
    static let modals = WordClass(PreposedCueReader.modals)
    static let questionWords = WordClass(PreposedCueReader.questionWords)
    static let adjunctStarts = WordClass(PreposedCueReader.adjunctStarts)
    static let timeWords = WordClass(PreposedCueReader.timeWords)
    static let subjectPronouns = WordClass(PreposedCueReader.subjectPronouns)
    static let notClauseStarts = WordClass(PreposedCueReader.notClauseStarts)
    static let determiners = SpeakerWords.determiners
    /// After a verb of manner, the person it addresses: an object pronoun, or `with`.
    static let addressedStarts: WordClass = ["him", "her", "them", "us", "me", "you", "with"]
    static let roleNouns = SpeakerWords.roleNouns
    static let titles = SpeakerWords.titles
    static let capitalizedFunctionWords = SpeakerWords.capitalizedFunctionWords
    static let stops = SpeakerWords.stops
}
