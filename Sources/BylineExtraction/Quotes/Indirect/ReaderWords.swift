/// The word lists the reported-speech readers test around every cue, as `WordClass`es built
/// once from the lexicon's sets (so they follow any change to those sets).
enum ReaderWords {
    static let that = WordClass(WordSets.that)
    static let to = WordClass(WordSets.to)
    static let toAs = WordClass(WordSets.toAs)
    static let asWord = WordClass(WordSets.asWord)
    static let socalledAs = WordClass(WordSets.socalledAs)
    static let isAreWasEtc = WordClass(WordSets.isAreWasEtc)
    static let byFromForEtc = WordClass(WordSets.byFromForEtc)
    static let ifWhetherUnless = WordClass(WordSets.ifWhetherUnless)
    static let beForms = WordClass(PreposedCueReader.beForms)
    static let modals = WordClass(PreposedCueReader.modals)
    static let questionWords = WordClass(PreposedCueReader.questionWords)
    static let adjunctStarts = WordClass(PreposedCueReader.adjunctStarts)
    static let timeWords = WordClass(PreposedCueReader.timeWords)
    static let subjectPronouns = WordClass(PreposedCueReader.subjectPronouns)
    static let notClauseStarts = WordClass(PreposedCueReader.notClauseStarts)
    static let determiners = WordClass(SpeakerWords.determiners)
    static let roleNouns = WordClass(SpeakerWords.roleNouns)
    static let titles = WordClass(SpeakerWords.titles)
    static let capitalizedFunctionWords = WordClass(SpeakerWords.capitalizedFunctionWords)
    static let stops = WordClass(SpeakerWords.stops)
}
