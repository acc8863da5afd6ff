/// One lexicon behind a single reference. The recognizer's per-article parts (the context
/// and its fact table) hold this, not a copy of the `Lexicon`: a copy retained its dozen
/// arrays when made and released them when the article was done, and with every worker
/// thread counting on the same shared arrays each of those atomic updates was slow.
final class LexiconStore: Sendable {
    let lexicon: Lexicon

    init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
    }
}
