extension SpeakerPhraseReader {
    /// `"...," said the board's director, Paul Grant.`: an inverted speaker that is a role set
    /// off by a comma from a name is that person. The name must close the clause (a comma, a
    /// full stop or the bound follows it), so `said the director, Monday` or `said a spokesman,
    /// Senator Hale's aide` keep the role. `role` is the description `descriptionForward` read.
    func nameAppositiveToRole(_ role: SpeakerPhrase, to upperBound: Int) -> SpeakerPhrase? {
        let comma = role.tokens.upperBound
        guard role.kind == .descriptive, comma + 1 < upperBound, context.isMark(comma, 0x2C),
            role.tokens.contains(where: { context.isListed($0, in: SpeakerWords.roleNouns) }),
            isNamePart(comma + 1), !context.isWord(comma + 1, in: SpeakerWords.capitalizedFunctionWords)
        else { return nil }
        if let person = personBeforeTown(in: role) { return person }
        let end = nameRunEnd(from: comma + 1, to: upperBound)
        guard end == upperBound || context.isMark(end, 0x2C) || context.isMark(end, 0x2E),
            !context.tokens[end - 1].isPossessive,
            var named = namePhrase((comma + 1)..<end), named.kind == .name
        else { return nil }
        named.tokens = role.tokens.lowerBound..<end
        return named
    }

    /// `said undecided voter Jo Hale of Derry, N.H., before the event`: the role
    /// ends in a person and their town after `of` or `from`; the name after the comma is the
    /// town's state, and the person is the speaker.
    private func personBeforeTown(in role: SpeakerPhrase) -> SpeakerPhrase? {
        let end = role.tokens.upperBound
        var town = end
        while town - 1 > role.tokens.lowerBound, isNamePart(town - 1) { town -= 1 }
        guard town < end, let person = person(beforeTown: town, from: role.tokens.lowerBound),
            let name = person.nameTokens, name.count >= 2
        else { return nil }
        var widened = person
        widened.tokens = role.tokens.lowerBound..<(town - 1)
        return widened
    }
}
