extension SpeakerPhraseReader {
    /// The subject that opens the sentence, for a participle cue later in it
    /// (`Hillary Clinton spoke out Tuesday, arguing that ...`): a pronoun or a name run
    /// followed by a word (its verb), after any opening function words.
    func sentenceSubject(from start: Int, before limit: Int) -> SpeakerPhrase? {
        // `When Lee died, Obama released a statement`, `After the Paris attacks, Trump ...`:
        // an opening adverbial phrase holds no subject; the comma loop below finds it.
        let opensAdverbial = context.isWord(start, in: SpeakerWords.adverbialOpeners)
        // `When Mr. Trump tried to defend his remarks calling it "..."`: a cue inside the
        // opening clause itself has that clause's subject.
        if opensAdverbial, !(start..<limit).contains(where: { context.isMark($0, 0x2C) }) {
            return subjectOpening(at: start + 1, before: limit)
        }
        if !opensAdverbial, let subject = subjectOpening(at: start, before: limit) {
            // `WASHINGTON (AFP) – Hillary Clinton said`: a dateline is no subject.
            guard let after = datelineEnd(from: start, before: limit) else { return subject }
            return subjectOpening(at: after, before: limit)
        }
        // `During a speech earlier in the day, Trump attacked ...`: after an opening phrase.
        // A name the next comma closes is a place inside that phrase (`Speaking in Salem, New
        // Hampshire, Trump went after Bush`), unless no later name follows.
        var enclosed: SpeakerPhrase?
        for comma in start..<limit where context.isMark(comma, 0x2C) {
            guard let subject = subjectOpening(at: comma + 1, before: limit) else { continue }
            let end = subject.tokens.upperBound
            guard end < limit, context.isMark(end, 0x2C) else { return subject }
            if enclosed == nil { enclosed = subject }
        }
        // `In 2009 Waller emailed her, ...`: an opening phrase whose comma was left out.
        return enclosed ?? subjectAfterUncommaedPhrase(from: start, before: limit)
    }

    /// The token after the dash of a dateline opening a paragraph: capitalized words with a
    /// comma, a parenthesized agency or a place in capitals (`Washington (AFP) –`, `BEIRUT,
    /// Lebanon --`), never a plain name (`Donald Trump — the nominee — said`).
    private func datelineEnd(from start: Int, before limit: Int) -> Int? {
        let sentenceIndex = context.sentenceIndex(ofToken: start)
        let sentence = context.sentences[sentenceIndex]
        guard sentence.tokens.lowerBound == start,
            sentenceIndex == 0 || context.sentences[sentenceIndex - 1].paragraph != sentence.paragraph
        else { return nil }
        var index = start
        var marked = context.tokens[start].isAllCaps && context.tokens[start].text.count > 1
        var inParenthesis = false
        while index < min(limit, start + 10) {
            let token = context.tokens[index]
            if ["–", "—", "--", "-"].contains(token.text) { return index > start && marked ? index + 1 : nil }
            if token.text == "(" {
                inParenthesis = true
                marked = true
            } else if token.text == ")" {
                inParenthesis = false
            } else if token.text == "," {
                marked = true
            } else if !inParenthesis, !(token.kind == .word && token.isCapitalized) {
                return nil
            }
            index += 1
        }
        return nil
    }

    private func subjectOpening(at start: Int, before limit: Int) -> SpeakerPhrase? {
        var index = start
        while index < limit, context.isWord(index, in: SpeakerWords.capitalizedFunctionWords),
            !context.isWord(index, in: WordSets.heSheTheyEtc)
        {
            index += 1
        }
        guard index < limit else { return nil }
        if let pronoun = pronoun(at: index) { return pronoun }
        // `76-year-old Morton Blackwell`: an age before the name is no part of it.
        index += ageLength(at: index, before: limit)
        // The first name within a few words (`Democratic presidential nominee Hillary Clinton`).
        var first = index
        while first < min(limit, index + 6), !isNamePart(first) || context.isWord(first, in: SpeakerWords.titles) {
            // `who is running for Congress`: a verb before the name, so no title of it.
            guard context.tokens[first].kind == .word, !context.isWord(first, in: SpeakerWords.stops),
                !context.isWord(first, in: WordSets.isWasAreEtc)
            else { return nil }
            first += 1
        }
        guard first < limit, isNamePart(first) else { return nil }
        var end = first
        while end < limit, isNamePart(end) || (context.isWord(end, in: SpeakerWords.nameConnectors) && end + 1 < limit && isNamePart(end + 1)) {
            end += 1
        }
        // `Following a meeting, ...`, `Once in my early 20s, ...`, `Small groups of ...`: one
        // capitalized word opening the sentence is a common word there, not a name. (A
        // surname that is also a common word, `Brown`, then gives no subject: null, not wrong.)
        if first == start, end == first + 1, end < limit, context.tokens[end].kind == .word,
            !context.tokens[end].isCapitalized,
            context.tokens[first].text.hasSuffix("ing")
                || (Lexicon.shared.isCommonWord(context.lower(first)) && !isCapitalizedElsewhere(first))
        {
            return nil
        }
        // `Clinton campaign manager Robby Mook told`: the name after the role is the subject.
        if let later = roleThenName(from: end, to: limit) { return later }
        if let later = secondTitleThenName(from: end, to: limit) { return later }
        guard end < limit, context.tokens[end].kind == .word || [",", "("].contains(context.tokens[end].text) else {
            return nil
        }
        // `Hillary Clinton's campaign manager Robby Mook said`: the possessor is not the subject.
        if context.tokens[end].isPossessive { return ownedPerson(after: end, to: limit) ?? roleThenName(from: end + 1, to: limit) }
        return namePhrase(index..<end)
    }

    /// `The Ledger's Dana Pike wrote`, `CNN's Jo Hale said`: the outlet or employer owning a
    /// person's name is no part of it. The name after the clitic opens with a given name and
    /// has a surname, and a word or a comma follows it (`Trump's Twitter account` is a thing).
    private func ownedPerson(after clitic: Int, to limit: Int) -> SpeakerPhrase? {
        let start = clitic + 1
        guard start < limit, isNamePart(start), Lexicon.shared.givenName(context.tokens[start].text) != nil else { return nil }
        let end = nameRunEnd(from: start, to: limit)
        guard end - start >= 2, end < limit, context.tokens[end].kind == .word && !context.tokens[end].isPossessive
            || context.isMark(end, 0x2C)
        else { return nil }
        return namePhrase(start..<end)
    }

    /// `Pence went on`, `Bush offered`: a common word opening the sentence is a name when the
    /// article writes it capitalized where no sentence starts, within a few thousand tokens.
    private func isCapitalizedElsewhere(_ index: Int) -> Bool {
        let text = context.tokens[index].text
        let range = max(1, index - 4000)..<min(context.tokens.count, index + 4000)
        for other in range where other != index && context.tokens[other].text == text {
            let previous = context.tokens[other - 1]
            guard previous.kind == .word || previous.text == "," else { continue }
            if context.sentences.isEmpty || context.sentences[context.sentenceIndex(ofToken: other)].tokens.lowerBound != other {
                return true
            }
        }
        return false
    }

    /// How many tokens an age takes at `index` (`76-year-old`, read as `76`, `-`, `year-old`),
    /// or 0, leaving a word after it.
    func ageLength(at index: Int, before limit: Int) -> Int {
        if index + 1 < limit, context.tokens[index].text.hasSuffix("-year-old") { return 1 }
        guard index + 3 < limit, context.tokens[index].kind == .number, context.isMark(index + 1, 0x2D),
            context.lower(index + 2) == "year-old"
        else { return 0 }
        return 3
    }

    /// A name after nothing but role words (`campaign manager Robby Mook`), not after a verb
    /// and its object (`told voters Trump ...`).
    private func roleThenName(from index: Int, to limit: Int) -> SpeakerPhrase? {
        guard let later = nameAfterRole(from: index, to: limit), let name = later.nameTokens else { return nil }
        let roles = (index..<name.lowerBound).allSatisfy {
            context.isWord($0, in: SpeakerWords.roleNouns) || context.isWord($0, in: SpeakerWords.titles)
        }
        return roles ? later : nil
    }

    /// The speaker of a participle cue at `verb`: `Hillary Clinton asking,` (the name right
    /// before it) or `, arguing that` (the sentence's subject).
    func participleSpeaker(_ verb: Int, from lowerBound: Int) -> SpeakerPhrase? {
        guard verb > lowerBound else { return nil }
        // `For instance: Pike also misjudged him, calling him a "reformer."`: the clause after a
        // colon has its own subject.
        if let colon = clauseColon(before: verb, from: lowerBound), let found = participleSpeaker(verb, from: colon + 1) {
            return found
        }
        if let earlier = coordinatedParticiple(before: verb, from: lowerBound) { return participleSpeaker(earlier, from: lowerBound) }
        if let comma = commaBefore(participle: verb, from: lowerBound) {
            if let cued = postposedCueSubject(endingAt: comma - 1, from: lowerBound) { return cued }
            // The limit includes the comma: `Mr. Manafort, citing "...,"` has its subject right before it.
            let subject = sentenceSubject(from: lowerBound, before: verb)
            if subject.map(isSpeakerPhrase) != true, let nearer = subordinateSubject(before: comma, from: lowerBound) {
                return nearer
            }
            if subject.map({ isSpeakerPhrase($0) && !isWriter($0) }) != true,
                let head = participleClauseHead(before: comma, from: lowerBound)
            {
                return head
            }
            if subject.map(isWriter) ?? true, let antecedent = relativeAntecedent(before: comma, from: lowerBound) {
                return antecedent
            }
            return subject ?? invertedSpeaker(endingAt: comma - 1, from: lowerBound)
        }
        // `began by saying he would "never" ...`, `for saying that ...`: an adverbial
        // participle shares the subject of its clause; `After saying ..., she was ...` opens
        // the sentence, and its subject follows the comma that closes it.
        if context.isWord(verb - 1, in: WordSets.byFromForEtc) {
            if verb - 1 == lowerBound { return subjectAfterOpeningPhrase(from: verb) }
            return sentenceSubject(from: lowerBound, before: verb - 1)
        }
        // `joined Lee in calling the plan "..."`, `he accused them of asking`: a participle after
        // `in` or `of` inside its clause has the subject of the verb before it (not at the
        // sentence's start: `In calling the plan ..., she` has its subject after the comma).
        if verb - 1 > lowerBound, context.isWord(verb - 1, in: Self.inOf) {
            return governingSubject(before: verb - 1, from: lowerBound)
        }
        // `Jo Hale was heard saying`: the passive's subject says it.
        if let passive = passiveSubject(participle: verb - 1, from: lowerBound) { return passive }
        // `unleashed a series of tweets early Friday saying that ...`: the subject's own message.
        if let noun = messageNoun(before: verb, from: lowerBound) { return sentenceSubject(from: lowerBound, before: noun) }
        guard let phrase = phrase(endingAt: verb - 1, from: lowerBound), phrase.kind == .name else { return nil }
        // `wrote a letter to Attorney General Jo Hale asking ...`, `responded on Facebook
        // writing ...`: a name after `to`, `on`, `in`, `at` or `for` is where the words went; the
        // participle is the clause subject's. (`a video of Lee saying` keeps Lee.)
        // (`in The Daily Ledger`: past the name's article.)
        let article = context.isWord(phrase.tokens.lowerBound - 1, in: WordSets.articles) ? 1 : 0
        if context.isWord(phrase.tokens.lowerBound - 1 - article, in: Self.recipientPrepositions) {
            return sentenceSubject(from: lowerBound, before: phrase.tokens.lowerBound - 1 - article)
        }
        return phrase
    }

    static let recipientPrepositions: WordClass = ["to", "on", "in", "at", "for"]
    static let inOf: WordClass = ["in", "of"]

    /// The named or `he`/`she` subject of the nearest verb before `preposition`, within eight
    /// plain words (`Clinton clearly erred in`, `Pike joined Tom Waller in`, `he made a point of`);
    /// nil past punctuation, or when that subject is a description or `I`/`we`/`they`.
    private func governingSubject(before preposition: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var index = preposition - 1
        while index > lowerBound, preposition - index <= 8 {
            let token = context.tokens[index]
            guard token.kind == .word, !context.isQuoteMark(index) else { return nil }
            // A word after a possessor or a determiner is a noun (`Waller's aides`), no verb; nor
            // is the possessive clitic itself.
            let nounLike = token.isPossessive || context.tokens[index - 1].isPossessive
                || context.isWord(index - 1, in: SpeakerWords.determiners)
            if !token.isCapitalized, !isSkippable(index), !nounLike, let subject = subject(before: index, from: lowerBound) {
                switch subject.kind {
                case .name, .pronoun: return subject
                case .pluralPronoun, .descriptive: break
                }
            }
            index -= 1
        }
        return nil
    }

    /// `It was a potent punch, as Mrs. Clinton echoed the criticism, saying ...`: when the
    /// sentence's subject names nobody, a participle after a subordinate clause has that
    /// clause's subject. The clause runs from its link to the comma, with no comma inside.
    private func subordinateSubject(before comma: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var index = comma - 1
        while index > lowerBound, comma - index <= 30 {
            if context.isMark(index, 0x2C) || context.isClauseEnd(index) { return nil }
            if context.isWord(index, in: Self.subordinateLinks) {
                guard let subject = subjectOpening(at: index + 1, before: comma), isSpeakerPhrase(subject) else { return nil }
                return subject
            }
            index -= 1
        }
        return nil
    }

    static let subordinateLinks: WordClass = ["as", "when", "while", "after", "because", "since", "before", "until", "once"]

    /// The subject after the comma that closes an opening phrase (`After saying X, she was`),
    /// looking through quotation marks; nil when the sentence ends first.
    private func subjectAfterOpeningPhrase(from start: Int) -> SpeakerPhrase? {
        let sentence = context.sentences[context.sentenceIndex(ofToken: start)]
        var index = start
        while index < sentence.tokens.upperBound, !context.isMark(index, 0x2C) { index += 1 }
        index += 1
        while index < sentence.tokens.upperBound, context.isQuoteMark(index) { index += 1 }
        guard index < sentence.tokens.upperBound else { return nil }
        return pronoun(at: index) ?? subjectOpening(at: index, before: sentence.tokens.upperBound)
    }

    /// A noun for a message (`tweets`, `a statement`) right before the participle, past a
    /// time phrase (`early Friday`); its index.
    private func messageNoun(before verb: Int, from lowerBound: Int) -> Int? {
        var index = verb - 1
        while index > lowerBound, verb - index <= 3, context.isWord(index, in: SpeakerWords.timeWords) { index -= 1 }
        return index > lowerBound && context.isWord(index, in: SpeakerWords.messageNouns) ? index : nil
    }
}

extension SpeakerPhraseReader {
    /// What may stand between a speaker and the verb: nothing, adverbs, a parenthesis
    /// (`(D-Mo.)`), or an apposition between commas (`, the attorney general of Oklahoma,`).
    func isAttributiveGap(from start: Int, to verb: Int) -> Bool {
        var index = start
        while index < verb {
            let token = context.tokens[index]
            if token.text == "(" {
                guard let close = (index..<verb).first(where: { context.isMark($0, 0x29) }) else { return false }
                index = close + 1
            } else if token.text == "," {
                guard let close = ((index + 1)..<verb).first(where: { context.isMark($0, 0x2C) }) else {
                    return isUnclosedRelative(from: index + 1, to: verb)
                }
                let inside = (index + 1)..<close
                if inside.contains(where: { context.isQuoteMark($0) || context.isClauseEnd($0) }) {
                    return false
                }
                index = close + 1
            } else if token.kind == .word, !token.isCapitalized,
                SpeakerWords.skippable.contains(token.text) || token.text.hasSuffix("ly")
            {
                index += 1
            } else if context.isWord(index, in: WordSets.ofFromAt),
                ((index + 1)..<verb).allSatisfy({ context.tokens[$0].kind == .word }),
                verb - index <= 6 || isInstitutionName((index + 1)..<verb)
            {
                // `Mr. Morgan of the Sierra Club said`.
                return true
            } else {
                return false
            }
        }
        return true
    }
}

extension SpeakerPhraseReader {
    static let relativeCopulas: WordClass = ["is", "was", "has", "had", "heads", "headed", "leads", "led", "runs", "ran", "chairs"]

    /// `"...," Dana Pike, who is chairman of the Hale Fund said`: a writer may leave out the
    /// comma closing a relative apposition. `who` and a verb of being or heading open it
    /// (`who said` would be a verb of saying of its own), then plain words up to the verb of
    /// saying: no mark, at most a dozen words.
    func isUnclosedRelative(from start: Int, to verb: Int) -> Bool {
        guard context.isWord(start, in: WordSets.who), context.isWord(start + 1, in: Self.relativeCopulas),
            verb - start <= 12
        else { return false }
        return ((start + 2)..<verb).allSatisfy { context.tokens[$0].kind == .word && context.verbID(at: $0) < 0 }
    }

    static let institutionLinks: WordClass = ["the", "of", "for", "and", "on", "in"]

    /// `the Center for Strategic and International Studies`: capitals joined by `of`, `for`,
    /// `and`, an institution's long name after `of` (`Jo Hale of the Center for ... said`),
    /// at most a dozen words, opening and closing with a capital.
    func isInstitutionName(_ words: Range<Int>) -> Bool {
        var first = words.lowerBound
        if context.isWord(first, in: WordSets.the) { first += 1 }
        guard first < words.upperBound, words.count <= 12, isNamePart(first), isNamePart(words.upperBound - 1) else {
            return false
        }
        return (first..<words.upperBound).allSatisfy { isNamePart($0) || context.isListed($0, in: Self.institutionLinks) }
    }
}

extension SpeakerPhraseReader {
    /// `"...," said Vice President Jo Hale, urging them to "wait."`: a participle after an
    /// inverted cue shares that cue's speaker, the name between the verb and the comma.
    /// `said Rep. Bo Scott (D-Va.) at the time, adding that "..."`: a short tail may follow.
    func invertedSpeaker(endingAt end: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var index = end
        while index > lowerBound, end - index < 12 {
            if context.isQuoteMark(index) || context.isClauseEnd(index) { return nil }
            if let verb = context.speechVerb(at: index), verb.traits.contains(.inverts), verb.form == .past || verb.form == .present {
                guard let name = inverted(after: index, to: end + 1), name.kind == .name else { return nil }
                return name
            }
            index -= 1
        }
        return nil
    }
}

extension SpeakerPhraseReader {
    static let namingVerbs: Set<String> = ["call", "describe", "label", "dub", "brand", "characterize", "characterise"]

    /// `Pence went on to say he is "confident"`, `Lee declined to call it a "crisis"`: an
    /// infinitive of saying has the sentence's subject, unless an object stands before `to`
    /// (`asked Trump to say`, `urged them to call it`): then the words are the object's, and
    /// nobody is named here.
    func infinitiveSubject(to: Int, verb: Int, from lowerBound: Int) -> SpeakerPhrase? {
        // Only verbs that report words or name things (`to say`, `to call it`); `is to
        // blame` judges, it quotes nobody.
        guard let found = context.speechVerb(at: verb),
            found.traits.contains(.takesBareClause) || Self.namingVerbs.contains(found.lemma)
        else { return nil }
        // `leading advisers like Gene Sperling to counter that ...`: the object was made to say it.
        if let caused = causedSpeaker(to: to, from: lowerBound) { return caused }
        let before = context.tokens[to - 1]
        if before.kind != .word || before.isCapitalized || CharacterizationRule.objectPronouns.contains(before.text)
            || ["me", "us", "you"].contains(before.text)
        {
            return nil
        }
        // `Mr. Trump was prompted to say`: the passive's subject is the one who says it.
        if let passive = passiveSubject(participle: to - 1, from: lowerBound) { return passive }
        guard let subject = sentenceSubject(from: lowerBound, before: to), subject.tokens.upperBound < to,
            !(subject.tokens.upperBound..<to).contains(where: {
                context.isClauseEnd($0) || context.isQuoteMark($0) || context.isWord($0, in: CharacterizationRule.clauseLinks)
            })
        else { return nil }
        // `The Slate columnist David Auerbach went on to say`: the name after the role.
        if subject.kind == .name, let later = nameAfterRole(from: subject.tokens.upperBound, to: to) { return later }
        // `I've got to ask`: a first person inside a quotation is nobody this rule can name.
        let opening = context.lower(subject.tokens.lowerBound)
        if opening.hasPrefix("i’") || opening.hasPrefix("i'") { return nil }
        switch subject.kind {
        case .name, .pronoun: return subject
        case .pluralPronoun, .descriptive: return nil
        }
    }
}

extension SpeakerPhraseReader {
    /// `Yahoo News and former TV network anchor Katie Couric has promoted ...`:
    /// an outlet joined by `and` to a second title whose role noun comes right before a name,
    /// and a singular verb after that name (`has`, `is`, `was`, `says`): one person holds both
    /// titles, and the name is the subject. (`Obama and Vice President Joe Biden have` is two
    /// people: a plural verb.)
    func secondTitleThenName(from and: Int, to limit: Int) -> SpeakerPhrase? {
        guard and < limit, context.isWord(and, in: Self.andWord) else { return nil }
        var cursor = and + 1
        while cursor < limit, cursor - and <= 6, context.tokens[cursor].kind == .word,
            !context.isWord(cursor, in: SpeakerWords.roleNouns)
        {
            cursor += 1
        }
        guard cursor < limit, context.isWord(cursor, in: SpeakerWords.roleNouns), cursor + 1 < limit, isNamePart(cursor + 1)
        else { return nil }
        let end = nameRunEnd(from: cursor + 1, to: limit)
        guard end < limit, context.isWord(end, in: Self.singularVerbs), var named = namePhrase((cursor + 1)..<end),
            named.kind == .name
        else { return nil }
        named.tokens = (and + 1)..<end
        return named
    }

    static let singularVerbs: WordClass = ["has", "is", "was", "says"]
}
