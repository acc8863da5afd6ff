/// Sieve rule: a quotation that opens its sentence with no cue of its own, right after a
/// sentence whose verb reports someone's words, is that someone's: news style introduces a
/// speaker, then quotes them (`Dana Hale agreed. "..."`, `Hale said in a statement. "..."`,
/// `Hale tweeted a warning.` / `"..."` in the next paragraph). The introduction must hold no
/// quotation of its own (continuation decides then), its verb must be its first verb of
/// reporting, and not a question (`Hale asked Mendes whether ... "..."` is Mendes answering).
struct SpeakerIntroductionRule: AttributionRule {
    static let questionVerbs: Set<String> = ["ask", "question", "quiz", "press", "interview", "challenge", "demand"]
    /// How far into the introduction its verb may stand.
    static let reach = 24

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, let intro = context.introducingSentence(of: site),
            !intro.tokens.contains(where: { context.isQuoteMark($0) })
        else { return nil }
        if let cue = authoredMessage(intro, context) { return cue }
        guard context.hasCue(in: intro.tokens) else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        for verb in intro.tokens.prefix(Self.reach) {
            guard let found = context.speechVerb(at: verb) else { continue }
            let finite = found.form == .past || found.form == .present
                || (found.form == .base && context.isWord(verb - 1, in: WordSets.to))
            guard found.traits.contains(.speech), finite, !Self.questionVerbs.contains(found.lemma),
                let speaker = reader.clauseSubject(of: verb, from: intro.tokens.lowerBound),
                speaker.kind == .name || isPronoun(speaker)
            else { return nil }
            return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
        }
        return nil
    }

    private func isPronoun(_ phrase: SpeakerPhrase) -> Bool {
        if case .pronoun = phrase.kind { return true }
        return false
    }
}
