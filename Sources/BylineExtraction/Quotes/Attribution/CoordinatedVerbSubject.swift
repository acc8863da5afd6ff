/// The subject of a verb coordinated with an earlier one of the same sentence: `Clinton
/// supports "fair raises," opposes "pay freezes"`, `Bush praised Rubio as "bright" but
/// described his skills as a "work in progress"`. The first verb's subject, the sentence's,
/// serves the second when `and`, `but` or a comma inside a closing mark stands before it and no clause opens on the
/// way (quotations of the first verb's object may stand between).
struct CoordinatedVerbSubject: Sendable {
    static let links: Set<String> = ["and", "but"]

    func subject(of verb: Int, _ site: QuoteSite, _ context: AttributionContext) -> SpeakerPhrase? {
        // `"fair raises," opposes`: the link may stand inside the first object's closing mark.
        // A bare comma closes an apposition as often (`Petrilli, who ..., called`): only one
        // inside a quotation's closing mark links two verbs.
        var link = verb - 1
        var closesQuotation = false
        if link > site.lowerBound, context.isQuoteMark(link) {
            link -= 1
            closesQuotation = true
        }
        guard link > site.lowerBound, context.isWord(link, in: Self.links) || (closesQuotation && context.isMark(link, 0x2C))
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        guard let subject = reader.sentenceSubject(from: site.lowerBound, before: link), reader.isSpeakerPhrase(subject),
            subject.tokens.upperBound < link,
            !(subject.tokens.upperBound..<link).contains(where: {
                context.isWord($0, in: CharacterizationRule.clauseLinks) || context.isClauseEnd($0)
                    || context.isWord($0, in: WordSets.isAreWasEtc)
            })
        else { return nil }
        return subject
    }
}
