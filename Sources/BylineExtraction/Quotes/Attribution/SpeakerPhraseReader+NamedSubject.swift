extension SpeakerPhraseReader {
    /// Whether a subject names its person outright: a pronoun (`she`), or a name the phrase
    /// ends with (`Senator Dana Pike`), perhaps before an apposition or a party in brackets
    /// (`Dana Pike, a Democrat,`, `Pike (D-Ohio)`). `The New York businessman` holds a name but
    /// is a description: a rule that trusts a clause's subject alone leaves it to others.
    func namesPersonOutright(_ phrase: SpeakerPhrase) -> Bool {
        switch phrase.kind {
        case .pronoun: return true
        case .pluralPronoun, .descriptive: return false
        case .name:
            guard let name = phrase.nameTokens, name.upperBound < phrase.tokens.upperBound else { return true }
            return context.isPunctuation(name.upperBound, [",", "("])
        }
    }
}
