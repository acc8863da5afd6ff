extension SpeakerPhraseReader {
    /// Prepositions of an inserted phrase between a subject and its verb (`Obama in an
    /// interview said`, `Clinton on Twitter called`, `Trump at a rally in Iowa said`).
    static let insertedPrepositions: WordClass = ["in", "on", "at", "during", "via", "through"]
    /// Words of institutions whose names go on with `on` or `in` (`Council on Foreign
    /// Relations`, `Commission on Presidential Debates`, `Center in Dallas` stays a phrase).
    static let institutionWords: Set<String> = NameResolver.organizationWords.union([
        "commission", "board", "council", "committee", "subcommittee", "caucus", "conference", "center", "centre",
        "office", "bureau", "court", "foundation", "association", "society", "coalition", "alliance", "forum",
        "task", "force", "panel", "initiative", "project", "institute", "fund",
    ])
    /// The same words, tested on the token's packed code units.
    static let institutionWordClass = WordClass(institutionWords)
    /// Words an inserted phrase never holds: a clause link, a verb of being or an auxiliary
    /// means the phrase belongs to a clause of its own.
    static let insertedPhraseStops: WordClass = [
        "that", "which", "who", "whom", "whose", "when", "while", "where", "because", "if", "and", "but", "or",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "not", "than", "as",
        // `the title game many are calling`: a quantifier or pronoun is the verb's own subject.
        "many", "some", "others", "most", "few", "all", "several", "both", "they", "we", "it", "i", "you", "he",
        "she", "people",
    ]

    /// The first token of a short prepositional phrase that ends at `end` and stands between a
    /// name (or `he`/`she`) and its verb: `Obama [in an interview] said`, `Trump [in his
    /// announcement speech] called`, `Lee [on Twitter] wrote`. News writing puts the setting of
    /// a statement there; the phrase's own noun (`Twitter`, `Iowa`, `an interview`) is never
    /// the subject. `end + 1` when no such phrase ends at `end`. At most two prepositions and
    /// five words (`at a rally in Reno`); `of` and `for` are left out, since they attach to
    /// the name (`Gov. Phil Bryant of Mississippi`, `a spokesman for Clinton`).
    func insertedPhraseStart(endingAt end: Int, from lowerBound: Int) -> Int {
        guard end > lowerBound, context.tokens[end].kind == .word || context.tokens[end].kind == .number else { return end + 1 }
        var index = end
        var start: Int?
        while index > lowerBound, end - index < 5 {
            let token = context.tokens[index]
            guard token.kind == .word || token.kind == .number, !context.isWord(index, in: Self.insertedPhraseStops),
                context.verbID(at: index) < 0 || token.isCapitalized
            else { break }
            if !token.isCapitalized, context.isWord(index, in: Self.insertedPrepositions), index < end {
                // The word before the preposition ends the subject: a name or `he`/`she`.
                if isPersonPronoun(index - 1) || opensClauseAsName(endingAt: index - 1, from: lowerBound) {
                    start = index
                    break
                }
                // `at a rally in Reno`: a second phrase before the first.
            }
            index -= 1
        }
        guard let found = start else { return end + 1 }
        // `The Commission on Presidential Debates says`, `the Board on Professional
        // Responsibility`: capitalized words after an institution's word are its name.
        let capitalizedPhrase = ((found + 1)...end).allSatisfy { context.tokens[$0].isCapitalized }
        if capitalizedPhrase, context.isListed(found - 1, in: Self.institutionWordClass) { return end + 1 }
        return found
    }

    /// A name ending at `end` that opens a clause, so no preposition's object (`a spokesman
    /// for Clinton in a statement said` names the spokesman, not Clinton).
    private func opensClauseAsName(endingAt end: Int, from lowerBound: Int) -> Bool {
        guard end >= lowerBound, isNamePart(end), let name = nameBackward(endingAt: end, from: lowerBound), name.kind == .name
        else { return false }
        // The name opens its clause: after the sentence's start, punctuation, a clause link or
        // a title (`former`), never after a verb (`to engage Democrats in swing states ...`).
        let before = name.tokens.lowerBound - 1
        // `Police in the town of Uyo said`: one capitalized common word opening the sentence
        // is a plain noun there, not a name.
        if name.tokens.count == 1, Lexicon.shared.isCommonWord(context.lower(name.tokens.lowerBound)) { return false }
        guard before >= lowerBound else { return true }
        let token = context.tokens[before]
        return token.kind == .punctuation || context.isWord(before, in: Self.clauseOpenersBeforeName)
            || context.isWord(before, in: SpeakerWords.titles) || context.isWord(before, in: SpeakerWords.determiners)
    }

    static let clauseOpenersBeforeName: WordClass = [
        "and", "but", "or", "so", "yet", "then", "that", "when", "while", "as", "because", "after", "before", "since",
        "if", "though", "although", "once", "until", "unless", "whereas", "where", "meanwhile",
    ]

    static let heShe: WordClass = ["he", "she"]

    private func isPersonPronoun(_ index: Int) -> Bool {
        guard let phrase = pronoun(at: index) else { return false }
        if case .pronoun = phrase.kind { return context.isListed(index, in: Self.heShe) }
        return false
    }
}

extension SpeakerPhraseReader {
    /// `Minnesota state delegate Mary Susan`: a verb's base form right after a capitalized
    /// word, inside the words before a name, is a noun (the verb would be `states`).
    func isNounAfterName(_ index: Int) -> Bool {
        guard index > 0, let verb = context.speechVerb(at: index), verb.form == .base, !context.tokens[index].isCapitalized
        else { return false }
        return context.tokens[index - 1].isCapitalized && context.tokens[index - 1].kind == .word
    }
}
