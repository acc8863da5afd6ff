/// `"...," Hannity started.`, `"...," she went on.`, `"...," chimed in Jo Hale.`, `Hale shot
/// back, "..."`: a verb of `BesideQuoteVerbs` is a cue only right beside the quotation, with
/// its subject a name or `he`/`she`, and closing its clause. Tried after every other reading
/// of the adjacent cue.
extension AdjacentCueRule {
    func beside(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        let reader = SpeakerPhraseReader(context: context)
        return besideAfter(site, context, reader) ?? besideBefore(site, context, reader)
    }

    private func besideAfter(_ site: QuoteSite, _ context: AttributionContext, _ reader: SpeakerPhraseReader) -> Cue? {
        var index = site.afterToken
        let bound = site.afterBound
        while index < bound, context.isPunctuation(index, Self.separators) { index += 1 }
        guard index < bound, index > site.afterToken || site.lastContentUnit(in: context).map(Self.clauseEndingUnits.contains) == true
        else { return nil }
        // Inverted: `chimed in Jo Hale, a strategist.`
        if let end = besideVerbEnd(at: index, context), let speaker = reader.inverted(after: end - 1, to: bound),
            speaker.kind == .name, closesClause(speaker.tokens.upperBound, bound, context)
        {
            return Cue(verbTokens: index..<end, speaker: speaker)
        }
        // Subject first: `she went on.`, `Sen. Jo Hale started.`
        // `an angry Hale retaliated`: an article and an adjective or two before the name.
        let nameStart = describedNameStart(at: index, bound, context, reader) ?? index
        var verb = nameStart
        if let pronoun = reader.pronoun(at: index), isPersonPronoun(pronoun) {
            verb = index + 1
        } else {
            while verb < bound, reader.isNamePart(verb) { verb += 1 }
        }
        guard verb > nameStart, let end = besideVerbEnd(at: verb, context), closesClause(afterManner: end, bound, context),
            let speaker = reader.pronoun(at: index).flatMap({ isPersonPronoun($0) ? $0 : nil })
                ?? reader.namePhrase(nameStart..<verb),
            speaker.kind != .descriptive
        else { return nil }
        return Cue(verbTokens: verb..<end, speaker: speaker)
    }

    /// `After Brown criticized him, Hillary shot back, "..."`: the verb closes the clause
    /// right before the comma or colon that opens the quotation.
    private func besideBefore(_ site: QuoteSite, _ context: AttributionContext, _ reader: SpeakerPhraseReader) -> Cue? {
        var index = site.openToken - 1
        while index >= site.lowerBound, context.isPunctuation(index, WordSets.commaColon) { index -= 1 }
        guard index >= site.lowerBound, index < site.openToken - 1 else { return nil }
        let start: Int
        if besideVerbEnd(at: index, context) == index + 1 {
            start = index
        } else if index - 1 >= site.lowerBound, besideVerbEnd(at: index - 1, context) == index + 1 {
            start = index - 1
        } else {
            return nil
        }
        guard let speaker = reader.subject(before: start, from: site.lowerBound) else { return nil }
        switch speaker.kind {
        case .name: break
        case .pronoun where isPersonPronoun(speaker): break
        default: return nil
        }
        return Cue(verbTokens: start..<(index + 1), speaker: speaker)
    }

    /// The token after the cue starting at `index` (after its particle for `went on`), or nil.
    private func besideVerbEnd(at index: Int, _ context: AttributionContext) -> Int? {
        guard context.tokens.indices.contains(index), context.tokens[index].kind == .word,
            !context.tokens[index].isCapitalized
        else { return nil }
        let word = context.tokens[index].text
        if BesideQuoteVerbs.single.contains(word) { return index + 1 }
        guard context.isWord(index + 1, in: BesideQuoteVerbs.particles), let particles = BesideQuoteVerbs.phrasal[word],
            particles.contains(context.lower(index + 1))
        else { return nil }
        return index + 2
    }

    /// `an angry Hale`, `a defiant Jo Hale`: where the name starts after an
    /// article and one or two lower-case words, or nil.
    private func describedNameStart(at index: Int, _ bound: Int, _ context: AttributionContext, _ reader: SpeakerPhraseReader)
        -> Int?
    {
        guard context.isWord(index, in: Self.indefiniteArticles) else { return nil }
        var cursor = index + 1
        while cursor < bound, cursor - index <= 2, context.tokens[cursor].isLowercaseWord { cursor += 1 }
        return cursor > index + 1 && cursor < bound && reader.isNamePart(cursor) ? cursor : nil
    }

    static let indefiniteArticles: WordClass = ["a", "an"]

    /// `Hale shot back with a laugh.`: a short manner phrase after `with` may
    /// come before the clause closes.
    private func closesClause(afterManner index: Int, _ bound: Int, _ context: AttributionContext) -> Bool {
        if closesClause(index, bound, context) { return true }
        guard index < bound, context.isWord(index, in: WordSets.with) else { return false }
        var cursor = index + 1
        while cursor < bound, cursor - index <= 3, context.tokens[cursor].isLowercaseWord { cursor += 1 }
        return cursor > index + 1 && closesClause(cursor, bound, context)
    }

    private func closesClause(_ index: Int, _ bound: Int, _ context: AttributionContext) -> Bool {
        index >= bound || context.isPunctuation(index, Self.clauseClosers)
    }

    static let clauseClosers: WordClass = [",", ".", ";", "!", "?", ":"]

    private func isPersonPronoun(_ phrase: SpeakerPhrase) -> Bool {
        if case .pronoun = phrase.kind { return true }
        return false
    }
}
