/// Session 6 (attr2): a verb form that is a title's adjective.
extension AttributionContext {
    /// Whether the token at `index` is a verb of saying where a role stands before a name.
    /// `state` before a capital is the adjective of `state Senate leader Phil Berger`, `state
    /// Sen. Jo Hale`: a base form right before a capitalized word is no verb there (a verb
    /// would have its subject before it, and the title words lead up to the name).
    func isVerbBeforeTitle(_ index: Int) -> Bool {
        guard let verb = verbFacts(at: index) else { return false }
        guard verb.form == .base, tokens.indices.contains(index + 1) else { return true }
        return !(tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized)
    }
}
