extension SpeakerResolver {
    /// A dateline is where a story was filed, never who speaks: `PHILADELPHIA (UPI) — The
    /// Democratic National Committee released a statement ..., offering "..."` is the
    /// committee's. A name read as a speaker that is the dateline opening its paragraph (a
    /// place in capitals, then a dash, or an agency in parentheses and a dash) gives way to
    /// the sentence's subject after the dash; without one, nobody is named.
    func subject(afterDateline dashEnd: Int) -> SpeakerPhrase? {
        let sentence = context.sentences[context.sentenceIndex(ofToken: dashEnd - 1)].tokens
        guard dashEnd < sentence.upperBound else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        guard let subject = reader.sentenceSubject(from: dashEnd, before: sentence.upperBound), subject.kind == .name
        else { return nil }
        return subject
    }

    /// A dateline: capitals opening their paragraph, maybe a comma and a date or country, then a dash, or a
    /// parenthesis closed within four tokens and then a dash (`WASHINGTON —`, `PHILADELPHIA,
    /// July 25 (UPI) —`). The token after the dateline's dash, or nil when the phrase is none.
    func datelineEnd(_ phrase: SpeakerPhrase) -> Int? {
        guard phrase.kind == .name else { return nil }
        let name = phrase.nameTokens ?? phrase.tokens
        let tokens = context.tokens
        let sentenceIndex = context.sentenceIndex(ofToken: name.lowerBound)
        let sentence = context.sentences[sentenceIndex]
        guard !name.isEmpty, name.lowerBound == sentence.tokens.lowerBound,
            sentenceIndex == 0 || context.sentences[sentenceIndex - 1].paragraph != sentence.paragraph,
            name.allSatisfy({ tokens[$0].isAllCaps || tokens[$0].kind != .word })
        else { return nil }
        var next = name.upperBound
        // `PHILADELPHIA, July 25 (UPI) —`, `BEIRUT, Lebanon —`: a date or a country after a comma.
        if next < tokens.count, context.isMark(next, 0x2C) {
            next += 1
            let limit = min(tokens.count, next + 4)
            while next < limit, tokens[next].kind != .word || tokens[next].isCapitalized,
                !context.isMark(next, 0x28), !Self.dashes.contains(tokens[next].text)
            {
                next += 1
            }
        }
        if next < tokens.count, context.isMark(next, 0x28) {
            guard let close = (next + 1..<min(tokens.count, next + 5)).first(where: { context.isMark($0, 0x29) }) else {
                return nil
            }
            next = close + 1
        }
        return next < tokens.count && Self.dashes.contains(tokens[next].text) ? next + 1 : nil
    }

    private static let dashes: Set<String> = ["—", "–", "--", "-", "―"]
}
