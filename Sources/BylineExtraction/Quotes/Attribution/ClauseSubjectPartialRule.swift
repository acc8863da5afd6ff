/// Sieve rule, tried last: a partial quotation in the predicate of a clause whose subject is a
/// name is that subject's words, whatever the verb (`Clinton talked up her "50-state
/// strategy,"`, `Trump identified the judge as "Spanish,"`, `the NRA was whipping lawmakers
/// against "any and all gun control"`). Lists of such verbs never end; the grammar does not
/// change: the reporter quotes the words of the clause's own subject.
///
/// The speaker is the grammatical subject of the quotation's own clause (the sentence's
/// subject, read by `SpeakerPhraseReader.sentenceSubject`), never a name that merely stands
/// near the quotation: nothing between the subject and the quotation may open another
/// clause (a clause link, a pronoun subject, a name after a conjunction, a verb of reporting,
/// a quotation mark, a colon or a sentence end). The subject must not be the thing described
/// (`Clinton was "careless"`, `Trump was called "a liar"`: a copula or a passive before the
/// quotation). A quotation that premodifies a noun (`a military "deconfliction" hotline`) is
/// a scare quote and keeps no speaker, and a line without a closing mark (a headline, a list
/// item) is no clause of the reporter's.
struct ClauseSubjectPartialRule: AttributionRule {
    /// Most tokens between the subject's end and the quotation.
    static let reach = 25

    /// A lower-case word that may follow a quotation ending a phrase (anything else after
    /// the closing mark makes the quotation a premodifier of that word).
    static let followers: WordClass = [
        "and", "or", "but", "nor", "of", "for", "as", "in", "on", "at", "to", "from", "with", "by",
        "into", "about", "over", "after", "before", "during", "because", "since", "while", "when",
        "which", "who", "whom", "whose", "that", "than", "so", "if", "not", "against", "until",
        "through", "toward", "towards", "among", "despite", "without", "within", "via", "is", "was",
        "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may",
        "might", "must", "the", "a", "an", "his", "her", "its", "their", "this", "these", "those",
        "last", "earlier", "later", "there", "here", "then", "now", "yesterday", "today", "tonight",
        "too", "also", "again", "instead", "rather", "only", "even", "where", "whether", "although",
        "though", "unless", "upon", "amid", "under", "like", "said", "says", "he", "she", "they", "it",
        "we", "i", "you", "every", "each", "all", "some", "any", "more", "most", "what", "how", "why",
    ]

    /// Open another clause between the subject and the quotation.
    static let clauseLinks: WordClass = [
        "that", "which", "who", "whom", "whose", "when", "while", "because", "if", "although",
        "though", "where", "whether", "unless", "since", "what", "why", "how", "according",
    ]

    /// A subject pronoun between the subject and the quotation opens a clause of its own.
    static let subjectPronouns: WordClass = ["he", "she", "they", "we", "i", "you"]

    /// Copulas: `Clinton was "careless"` describes the subject, and `was called "a liar"` is a
    /// passive; only the progressive (`was whipping`) keeps the subject the actor.
    static let copulas: WordClass = ["is", "are", "was", "were", "be", "been", "being", "became", "becomes", "seemed", "seems", "remains", "remained"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let before = site.openToken - 1
        guard context.quotes[site.quote].parent == nil, before > site.lowerBound,
            context.tokens[before].kind == .word, !isPremodifier(site, context), endsInMark(site, context)
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        guard let subject = reader.sentenceSubject(from: site.lowerBound, before: before), subject.kind == .name,
            subject.tokens.upperBound < site.openToken, site.openToken - subject.tokens.upperBound <= Self.reach
        else { return nil }
        // The quotation is the first of its sentence (a later one is the continuation rules'),
        // and the subject is a name with at most a title or role before it (`Comedian Jo
        // Hale`), never a phrase the reader stretched over other words (`breaking up Wall Street`).
        guard !(site.lowerBound..<site.openToken).contains(where: { context.isQuoteMark($0) }),
            !isArticledTerm(site, context), !opensCapitalized(site, context),
            subject.tokens.allSatisfy({
                !context.tokens[$0].isLowercaseWord || context.isWord($0, in: SpeakerWords.titles)
                    || context.isWord($0, in: SpeakerWords.roleNouns) || context.isWord($0, in: WordSets.the)
            }),
            let verb = finiteVerb(after: subject.tokens.upperBound, before: site.openToken, context)
        else { return nil }
        // The clause's own verb may be one of reporting that no earlier rule read with this
        // quotation (`Clinton talked up her "..."`, `Waller described the judge as "..."`);
        // one later in the predicate opens a clause of its own.
        for index in subject.tokens.upperBound..<site.openToken where opensClause(index, reader, context, verb: verb) {
            return nil
        }
        return Cue(verbTokens: verb..<(verb + 1), speaker: subject)
    }

    /// Irregular past tenses: the closed class of English verbs whose past ends in neither
    /// `-ed` nor `-s` (`Nixon ran on`, `Sanders went further`).
    static let irregularPasts: WordClass = [
        "ran", "went", "took", "made", "gave", "bought", "chose", "sought", "spoke", "wrote", "held",
        "led", "met", "won", "lost", "left", "put", "set", "cut", "hit", "threw", "drew", "brought",
        "thought", "kept", "sent", "spent", "built", "began", "came", "became", "got", "saw", "stood",
        "felt", "found", "paid", "struck", "tore", "wore", "rose", "fell", "beat", "shook", "swore",
        "fought", "taught", "caught", "sold", "told", "did", "had", "dug", "hung", "let", "lent",
        "meant", "read", "rode", "sang", "sat", "slid", "spun", "stuck", "swept", "swung", "upheld", "withdrew",
    ]
    static let auxiliaries: WordClass = [
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may",
        "might", "should", "must", "did", "does", "do",
    ]

    /// The clause's verb right after the subject (past `-ed`, present `-s`, an irregular past
    /// or an auxiliary), past adverbs (`later`, `also`, `-ly`); nil when the word after the
    /// name has no verb's shape (`Sanders supporters are`, `the Kazakh government is`).
    func finiteVerb(after start: Int, before limit: Int, _ context: AttributionContext) -> Int? {
        var index = start
        while index < limit, context.tokens[index].isLowercaseWord,
            context.isWord(index, in: SpeakerWords.skippable) && !context.isWord(index, in: Self.auxiliaries)
                || context.tokens[index].text.hasSuffix("ly")
        {
            index += 1
        }
        guard index < limit, context.tokens[index].isLowercaseWord else { return nil }
        let word = context.tokens[index].text
        if context.isWord(index, in: Self.auxiliaries) || context.isWord(index, in: Self.irregularPasts) || word.hasSuffix("ed") {
            return index
        }
        // A present `-s` (`wants`, `accuses`), not a plural agent noun (`supporters`).
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("ers"), !word.hasSuffix("ors"), !word.hasSuffix("ists"),
            !word.hasSuffix("ians"), !word.hasSuffix("ants"), !word.hasSuffix("ents")
        {
            return index
        }
        return nil
    }

    func opensClause(_ index: Int, _ reader: SpeakerPhraseReader, _ context: AttributionContext, verb: Int) -> Bool {
        if context.isQuoteMark(index) || context.isClauseEnd(index) || context.isPunctuation(index, WordSets.colonSemicolon)
            || context.isPunctuation(index, WordSets.colonEmDashDoubleHyphenEtc)
            || context.isWord(index, in: Self.clauseLinks) || context.isWord(index, in: Self.subjectPronouns)
            || (index != verb && context.speechVerb(at: index) != nil)
        {
            return true
        }
        if context.isWord(index, in: Self.copulas) {
            let next = index + 1
            return !(next < context.tokens.count && context.tokens[next].isLowercaseWord && context.tokens[next].text.hasSuffix("ing"))
        }
        // `..., and Obama called`: a name opening a coordinated clause is its own subject.
        if reader.isNamePart(index), index > 0, !reader.isNamePart(index - 1),
            context.isWord(index - 1, in: WordSets.andBut) || context.isMark(index - 1, 0x2C)
        {
            var end = index
            while end < context.tokens.count, reader.isNamePart(end) { end += 1 }
            return end < context.tokens.count && context.tokens[end].isLowercaseWord
                && !context.isWord(end, in: SpeakerWords.stops)
        }
        return false
    }

    /// `a military "deconfliction" hotline`: the closing mark is followed by a lower-case
    /// word that no phrase-ending quotation is followed by (a noun it modifies).
    func isPremodifier(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let next = site.afterToken
        guard next < context.tokens.count, context.tokens[next].isLowercaseWord else { return false }
        // `her "fifty-county plan," promising`: a mark closing the content ends the phrase.
        if let last = site.lastContentUnit(in: context), [0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F].contains(last) { return false }
        return !context.isWord(next, in: Self.followers) && !context.tokens[next].text.hasSuffix("ly")
    }

    /// `before the Turkish "offensive,"`, `a "dry port"`: up to three words quoted right after an
    /// article (or an article and one word) is a term the reporter holds at a distance.
    func isArticledTerm(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let words = (site.firstInside(context)..<site.afterToken).filter { context.tokens[$0].kind == .word }.count
        guard words <= 3 else { return false }
        return context.isWord(site.openToken - 1, in: WordSets.articles) || context.isWord(site.openToken - 2, in: WordSets.articles)
    }

    /// `stream ''Seinfeld''`, `stars in "Girls, Girls, Girls"`, `the subject line "Photo gone
    /// viral!"`: a quotation opening with a capital or a digit in mid-sentence is a title, a
    /// name or a line of text, not words the subject spoke.
    func opensCapitalized(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let first = site.firstInside(context)
        guard first < site.afterToken else { return true }
        return context.tokens[first].isCapitalized || context.tokens[first].kind == .number
    }


    /// The sentence ends in a sentence mark (inside or after the closing quotation mark);
    /// a headline or a list line does not.
    func endsInMark(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        var last = site.upperBound - 1
        while last > site.openToken, context.isQuoteMark(last) || context.isMark(last, 0x29) { last -= 1 }
        return context.isClauseEndMark(last)
    }
}
