/// Where a verb of saying met while reading back from a quotation is no cue for it
/// (session 6): a verb of saying used in another sense, and the cue of an earlier quotation
/// whose clause a new one has followed.
extension ReportingClauseRule {
    /// `Rubio will continue to be "..."`, `statements by Trump calling for a ban ... make him
    /// "..."`: `continue to be` goes on being, and a participle `calling for` after its noun
    /// describes what was demanded; neither reports the words of a quotation further on.
    /// (`"...," he continued.` and `called it "..."` stay cues.)
    func isOtherSense(_ index: Int, _ context: AttributionContext) -> Bool {
        guard let verb = context.speechVerb(at: index) else { return false }
        if isModifierOrNoun(index, verb, context) { return true }
        switch verb.lemma {
        // `continue to be "..."` describes its subject; `continued to call it "..."` still reports.
        // `bowing out of continuing the war`: with an object, continuing is going on doing it.
        case "continue":
            return (context.isWord(index + 1, in: WordSets.to) && context.isWord(index + 2, in: Self.beWord))
                || context.isWord(index + 1, in: Self.objectDeterminers)
        // Only the participle after its noun: `Mr. Trump has called for taxing "pass through"
        // income` and `Schiff called on the administration to "..."` report their subject's demand.
        case "call":
            return verb.form == .participle && context.tokens.indices.contains(index - 1)
                && context.tokens[index - 1].kind == .word && context.isWord(index + 1, in: Self.callParticles)
        default: return false
        }
    }

    /// `told the Post in a written statement, "..."`, `the
    /// prepared remarks`: a participle right after an article modifies the noun after it;
    /// `mixed feelings in many Asian states, and it has used "..."`: a verb's `-s` form after a
    /// quantifier (and an adjective) is a plural noun. Neither has a subject that speaks.
    private func isModifierOrNoun(_ index: Int, _ verb: SpeechVerb, _ context: AttributionContext) -> Bool {
        guard index >= 1 else { return false }
        switch verb.form {
        // (`written`, `prepared`: the lexicon gives the past form for the past participle.)
        case .participle, .past: return context.isWord(index - 1, in: WordSets.articles)
        case .present:
            let before = context.tokens[index - 1].isCapitalized && index >= 2 ? index - 2 : index - 1
            return context.isWord(before, in: Self.quantifiers)
        case .base: return false
        }
    }

    static let quantifiers: WordClass = ["many", "several", "some", "other", "these", "those", "both", "all", "most", "few", "member"]
    static let objectDeterminers: WordClass = ["the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those"]
    static let callParticles: Set<String> = ["for", "on", "upon"]
    static let beWord: WordClass = ["be"]

    /// `"You winning?" she said, but Kevin was drifting off, and as Trump went on about
    /// "..."`: a verb whose subject follows an earlier quotation's closing mark is that
    /// quotation's cue; once a contrasting or subordinate link after a comma opens a new
    /// clause, a later quotation of the sentence is no longer in its clause. (`, and` is
    /// not such a link: `Oz is "smart," Jo Hale wrote, and "full of it."` is all Hale's.)
    func cuesEarlierQuotation(verb: Int, speaker: SpeakerPhrase, _ site: QuoteSite, _ context: AttributionContext) -> Bool {
        var mark = speaker.tokens.lowerBound - 1
        if context.tokens.indices.contains(mark), context.isMark(mark, 0x2C) { mark -= 1 }
        guard mark >= site.lowerBound, context.isQuoteMark(mark) else { return false }
        let start = context.tokens[mark].span.start
        guard context.quotes[..<site.quote].contains(where: { $0.closeMark.map { $0.start <= start && start < $0.end } ?? false })
        else { return false }
        return ((verb + 1)..<site.openToken).contains { index in
            context.isMark(index, 0x2C) && context.isWord(index + 1, in: Self.newClauseLinks)
        }
    }

    static let newClauseLinks: WordClass = ["but", "while", "as", "when", "though", "although", "yet", "whereas"]
}
