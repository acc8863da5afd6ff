import BylineModel

/// `Likewise, Trump went after ...`, `Another said he hoped ...`, `Publicly, the GOP nominee
/// feuds ... and dismisses ...`: a speaker phrase read back to the sentence's first word takes
/// a word capitalised only because it opens the sentence for a name the recognizer missed.
/// The recognizer never opens a name with such a word; neither does a new speaker.
extension NameResolver {
    /// Whether the one-word name at `index` is a closed-class word (`FunctionWords`:
    /// `Likewise`, `Someone`, `Another`, `Having`) or an `-ly` adverb opening its sentence
    /// that no list knows as a name (`Hastily`, `Recently`; not `Kelly`, `Connolly` where
    /// CoNLL or the given names know them).
    func isOpeningWord(_ index: Int) -> Bool {
        let text = context.tokens[index].text
        let facts = Lexicon.shared.facts(for: text)
        if facts.contains(.pronoun) { return true }
        guard text.utf8.count > 4, text.hasSuffix("ly"),
            facts.isDisjoint(with: [.surface, .place, .givenName])
        else { return false }
        return opensSentence(index)
    }

    /// First in its sentence, or after nothing but punctuation there (an opening quote).
    private func opensSentence(_ index: Int) -> Bool {
        guard !context.sentences.isEmpty else { return false }
        var i = context.sentences[context.sentenceIndex(ofToken: index)].tokens.lowerBound
        while i < index {
            if context.tokens[i].kind != .punctuation { return false }
            i += 1
        }
        return true
    }
}
