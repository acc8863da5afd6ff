/// How a cue's subject attaches when more than one name stands near the verb: a verb
/// coordinated with an earlier one, a person named before their institution, a state's
/// abbreviation in a list of places.
extension SpeakerPhraseReader {
    /// `NAFTA, which Trump had called a "disaster" and promised to "rip up"`: a verb joined by
    /// `and` to an earlier verb of saying in its clause shares that verb's subject.
    func coordinatedSubject(before link: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var index = link - 1
        while index > lowerBound, link - index <= 12 {
            // A comma ends the clause, unless it belongs to a quotation (`called it "a fraud," and`).
            if context.isClauseEnd(index)
                || (context.isMark(index, 0x2C) && !context.isQuoteMark(index - 1) && !context.isQuoteMark(index + 1))
            {
                return nil
            }
            if let verb = context.speechVerb(at: index), verb.traits.contains(.speech), verb.form == .past || verb.form == .present {
                guard let subject = subject(before: index, from: lowerBound) else { return nil }
                switch subject.kind {
                case .name, .pronoun: return subject
                case .pluralPronoun, .descriptive: return nil
                }
            }
            index -= 1
        }
        return nil
    }

    /// `Archbishop Aris Shirvanian of the Armenian Patriarchate said`, `Jo Hale of the Sierra
    /// Club said`: the institution after `of the` (or `at the`, `from the`) says where the
    /// speaker works; the person named before it speaks.
    func personBefore(institution found: SpeakerPhrase, from lowerBound: Int) -> SpeakerPhrase? {
        let start = found.tokens.lowerBound
        guard found.kind == .name, context.isWord(start - 1, in: WordSets.the), context.isWord(start - 2, in: WordSets.ofFromAt),
            start - 3 >= lowerBound, isNamePart(start - 3),
            let person = nameBackward(endingAt: start - 3, from: lowerBound), person.kind == .name,
            let name = person.nameTokens, name.count >= 2 || name.lowerBound > person.tokens.lowerBound,
            !name.contains(where: { NameResolver.organizationWords.contains(context.lower($0)) })
        else { return nil }
        return person
    }

    /// `Jo Hale of Columbia, South Carolina says`: a town after `of` (or `from`)
    /// and its state (a place the lists know) after a comma say where the person before them
    /// lives; the state, right before the verb, is not the speaker (`the walls of the City
    /// Museum, Jo Hale argues` keeps Jo Hale). The person needs a first name and a surname (or
    /// a title), as for an institution.
    func personBefore(hometown found: SpeakerPhrase, from lowerBound: Int) -> SpeakerPhrase? {
        let start = found.tokens.lowerBound
        guard found.kind == .name, start - 2 > lowerBound, context.isMark(start - 1, 0x2C), isNamePart(start - 2),
            Lexicon.shared.place(context.text[context.span(of: found.nameTokens ?? found.tokens)]) != nil
        else { return nil }
        var town = start - 2
        while town - 1 > lowerBound, isNamePart(town - 1) { town -= 1 }
        guard let person = person(beforeTown: town, from: lowerBound), let name = person.nameTokens,
            name.count >= 2 || name.lowerBound > person.tokens.lowerBound
        else { return nil }
        return person
    }

    /// `Jo Hale of Derry`, `Jo Hale from Columbia`: the named person (no organization's word in
    /// the name) right before the `of` or `from` of a town whose name starts at `town`.
    func person(beforeTown town: Int, from lowerBound: Int) -> SpeakerPhrase? {
        guard context.isWord(town - 1, in: Self.ofFrom), town - 2 >= lowerBound, isNamePart(town - 2),
            let person = nameBackward(endingAt: town - 2, from: lowerBound), person.kind == .name,
            let name = person.nameTokens,
            !name.contains(where: { NameResolver.organizationWords.contains(context.lower($0)) })
        else { return nil }
        return person
    }

    static let ofFrom: WordClass = ["of", "from"]

    /// `Berea, OH, ...`, `Ashton, Md., ...`: a state's postal code or abbreviation after a
    /// town is a segment of its own, never a speaker.
    func isStateAbbreviation(_ head: SpeakerPhrase) -> Bool {
        guard head.tokens.count == 1 else { return false }
        let token = context.tokens[head.tokens.lowerBound]
        return (token.isAllCaps && token.text.utf16.count == 2) || (token.endsWithPeriod && token.text.utf16.count <= 6)
    }
}
