/// Sieve rule 4: a quotation that opens its paragraph right after a paragraph ending in a
/// colon takes the cue of that introduction (`Caddell continued:` / `The senator told
/// reporters:` followed by the quoted paragraph).
struct ColonIntroductionRule: AttributionRule {
    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, quote.paragraph > 0,
            context.opensParagraph(quote),
            site.openToken > 0, context.isMark(site.openToken - 1, 0x3A)
        else { return nil }
        let colon = site.openToken - 1
        let sentence = context.sentences[context.sentenceIndex(ofToken: colon)]
        let reader = SpeakerPhraseReader(context: context)
        // `Sanders made the following comment:` names a message, and its author.
        if context.isWord(colon - 1, in: SpeakerWords.messageNouns),
            let author = reader.author(ofMessage: colon - 1, from: sentence.tokens.lowerBound)
        {
            return Cue(verbTokens: (colon - 1)..<colon, speaker: author)
        }
        // `Stated Stone:` / `Added the senator:`: an inverted verb opening the introduction.
        let first = sentence.tokens.lowerBound
        if colon - first >= 2, colon - first <= 6, context.tokens[first].isCapitalized,
            let opener = SpeechVerbLexicon.shared[context.lower(first)], opener.traits.contains(.inverts),
            opener.form == .past || opener.form == .present,
            let speaker = reader.inverted(after: first, to: colon)
        {
            return Cue(verbTokens: first..<(first + 1), speaker: speaker)
        }
        for verb in stride(from: colon - 1, through: max(sentence.tokens.lowerBound, colon - 6), by: -1) {
            guard let found = context.speechVerb(at: verb), found.traits.contains(.speech),
                let speaker = reader.subject(before: verb, from: sentence.tokens.lowerBound)
            else { continue }
            return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
        }
        return nil
    }
}
