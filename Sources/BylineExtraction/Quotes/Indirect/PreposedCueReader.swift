/// `SPEAKER VERB [listener] [that] CONTENT`: the speaker and verb come first.
///
/// Functions of a scope passed in, not a struct holding it: a reader holding its scope was
/// a copy of it (its context retained, then released) for every sentence with a cue.
enum PreposedCueReader {
    static let timeWords = Set<String>([
        "today", "yesterday", "tonight", "earlier", "later", "again", "recently", "repeatedly", "publicly",
        "privately", "last", "week", "this", "morning", "afternoon", "evening", "night", "also",
    ]).union(CalendarNames.weekdays)
    static let adjunctStarts = Set<String>([
        "in", "on", "at", "during", "after", "before", "to", "with", "from", "via", "through", "today",
        "yesterday", "tonight", "earlier", "later", "again", "recently", "repeatedly", "publicly",
        "privately", "last", "this", "also", "previously", "then", "now", "often", ",", "flatly",
    ]).union(CalendarNames.weekdays)
    static let unambiguousBaseForms: Set<String> = [
        "say", "tell", "warn", "argue", "insist", "believe", "think", "agree", "admit", "acknowledge",
        "deny", "suggest", "contend", "predict", "fear", "hope", "expect", "know", "worry", "add",
        "explain", "maintain", "accuse", "urge", "assert", "allege", "concede", "recall", "complain",
        "write", "doubt", "suspect", "understand", "feel", "caution", "emphasize", "stress", "note",
    ]
    static let listeners = ["him", "her", "them", "me", "us", "reporters", "you", "journalists"]
    static let listenerClass = WordClass(Set(listeners))
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "get", "got"]
    static let modals: Set<String> = ["would", "could", "might", "may", "should", "can", "must"]
    static let questionWords: Set<String> = ["whether", "if", "why", "how", "what", "who", "when", "where", "which", "about"]
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "there"]
    static let notClauseStarts: Set<String> = [
        "to", "of", "for", "in", "on", "at", "with", "by", "from", "about", "so", "yes", "no",
        "nothing", "something", "anything", "little", "goodbye", "hello", "as",
        "after", "before", "during", "into", "than", "otherwise", "sorry", "thanks",
        // A verb right after the cue: `a relationship that Putin says has worsened`.
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could",
        "should", "may", "might", "must", "does", "did", "do", "been", "be",
    ]

    static func read(_ scope: SentenceScope) -> ReportedClause? {
        let context = scope.context
        let reader = SpeakerPhraseReader(context: context)
        // Only the cues of the sentence can be its verb: every other token was skipped at once.
        for position in context.cues(in: scope.lowerBound..<max(scope.lowerBound, scope.contentEnd - 1)) {
            let index = Int(position)
            guard let verb = context.verbFacts(at: index), !scope.isQuoted(index) else { continue }
            if verb.form == .participle, !context.isWord(index - 1, in: ReaderWords.isAreWasEtc) { continue }
            // `It was announced that ...`: a passive names no speaker.
            if verb.form == .past, context.isWord(index - 1, in: ReaderWords.beForms) { continue }
            // `say`, `warn` after a plural subject; `the FBI email probe` is no report.
            if verb.form == .base, !verb.unambiguousBase { continue }
            if context.isWord(index + 1, in: ReaderWords.to) || context.isWord(index - 1, in: ReaderWords.socalledAs) { continue }
            if verb.isAsk, context.isWord(index + 1, in: ReaderWords.questionWords) { continue }
            // What follows the verb first: reading the subject backward costs the most, and
            // most cues (`"...," he said.`) have no content clause after them.
            guard let start = contentStart(after: index, verb, scope), let span = scope.content(from: start, to: scope.contentEnd)
            else { continue }
            guard let speaker = reader.subject(before: index, from: scope.lowerBound), isSpeaker(speaker, context) else { continue }
            if isHypothetical(speaker, verb: index, scope) { continue }
            return ReportedClause(content: span, cue: Cue(verbTokens: index..<(index + 1), speaker: speaker))
        }
        return nil
    }

    private static func isSpeaker(_ phrase: SpeakerPhrase, _ context: AttributionContext) -> Bool {
        switch phrase.kind {
        case .name, .pronoun, .pluralPronoun: return true
        case .descriptive:
            // `the bank said`, `officials say`: a determiner or a role makes it a speaker.
            let head = phrase.tokens.upperBound - 1
            return context.isListed(head, in: ReaderWords.roleNouns) || context.isListed(head, in: ReaderWords.titles)
                || context.isWord(phrase.tokens.lowerBound, in: ReaderWords.determiners)
        }
    }

    /// `would say`, `if he says`, `whether they believe`: nobody is reported as saying it.
    private static func isHypothetical(_ speaker: SpeakerPhrase, verb: Int, _ scope: SentenceScope) -> Bool {
        let context = scope.context
        if (speaker.tokens.upperBound..<verb).contains(where: { context.isWord($0, in: ReaderWords.modals) }) { return true }
        let before = speaker.tokens.lowerBound - 1
        return before >= scope.lowerBound && context.isWord(before, in: ReaderWords.ifWhetherUnless)
    }

    /// Where the reported content starts: after `that` when it follows within a few words
    /// (`said in a statement that`, `told reporters Tuesday that`), else right after the verb
    /// when a clause starts there (`said the talks failed`).
    private static func contentStart(after verb: Int, _ entry: SpeechVerbTable.Facts, _ scope: SentenceScope) -> Int? {
        let context = scope.context
        var index = verb + 1
        let limit = min(scope.contentEnd, verb + 14)
        // `that` a few words on belongs to the verb only across a prepositional phrase, a
        // time or a listener: in `stressed her support of the raid that killed`, it does not.
        let opensAdjunct = index < scope.contentEnd
            && (context.isWord(index, in: ReaderWords.adjunctStarts) || context.isWord(index, in: ReaderWords.that)
                || (entry.traits.contains(.takesListener) && context.tokens[index].kind == .word))
        while opensAdjunct, index < limit {
            if context.isWord(index, in: ReaderWords.that) { return index + 1 }
            if context.isQuoteMark(index) || context.isClauseEnd(index) || context.isPunctuation(index, WordSets.colonSemicolon) { break }
            if context.verbID(at: index) >= 0 { break }
            index += 1
        }
        var start = verb + 1
        // `Trump tweeted: Clinton ...` (a quotation after the colon stays a direct quote).
        if context.isPunctuation(start, WordSets.colon) { return start + 1 < scope.contentEnd ? start + 1 : nil }
        if entry.traits.contains(.takesListener) {
            guard let afterListener = listenerEnd(from: start, scope) else { return nil }
            start = afterListener
        }
        while start < scope.contentEnd, context.isWord(start, in: ReaderWords.timeWords) { start += 1 }
        guard start < scope.contentEnd else { return nil }
        if entry.traits.contains(.takesBareClause) {
            return looksLikeClauseStart(start, context) ? start : nil
        }
        // A verb of manner reports words through `that` or a colon (found above), or after the
        // person it addresses (`pressed him on his taxes`, `pleaded with the board to stay`):
        // `retweeted an unflattering photo`, `posted an 18% jump`, `laughed and said` and
        // `interrupted constantly` report no speech.
        if entry.traits.contains(.manner), !context.isWord(start, in: ReaderWords.addressedStarts) { return nil }
        // Verbs that take an object (`accused Russia of ...`, `called for ...`): the rest.
        return context.tokens[start].kind == .word && !context.isWord(start, in: ReaderWords.toAs) ? start : nil
    }

    /// `told reporters`, `told The Washington Post`, `warned him`: a short listener phrase.
    private static func listenerEnd(from start: Int, _ scope: SentenceScope) -> Int? {
        let context = scope.context
        var index = start
        while index < min(scope.contentEnd, start + 5), context.tokens[index].kind == .word {
            index += 1
            if context.isListed(index - 1, in: listenerClass) { return index }
        }
        return nil
    }

    private static func looksLikeClauseStart(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        if token.kind == .number { return true }
        if context.isQuoteMark(index) { return true }
        guard token.kind == .word else { return false }
        // A short ASCII token without an apostrophe: its packed key is `lower(index)`.
        let key = context.keys[index]
        if key != 0, !PackedWordSet.packed(key, has: 0x27) {
            if ReaderWords.notClauseStarts.contains(packed: key) { return false }
            if ReaderWords.subjectPronouns.contains(packed: key) || ReaderWords.determiners.contains(packed: key) { return true }
            if token.isCapitalized { return !ReaderWords.capitalizedFunctionWords.contains(packed: key) }
            return context.verbID(at: index) < 0 && !PackedWordSet.packed(key, endsWith: 0x6C, 0x79) && !ReaderWords.stops.contains(packed: key)
        }
        var word = context.lower(index)
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: every byte is a character, and `’` cannot occur.
            if let apostrophe = word.utf8.firstIndex(of: 0x27) { word = String(word[..<apostrophe]) }
        } else if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }) {
            word = String(word[..<apostrophe])
        }
        if ReaderWords.notClauseStarts.contains(word) { return false }
        if ReaderWords.subjectPronouns.contains(word) || ReaderWords.determiners.contains(word) { return true }
        if token.isCapitalized { return !ReaderWords.capitalizedFunctionWords.contains(word) }
        // A bare noun phrase (`hackers are`, `too much is made`), not a verb or an adverb.
        return context.verbID(at: index) < 0 && !word.hasSuffix("ly") && !ReaderWords.stops.contains(word)
    }
}
