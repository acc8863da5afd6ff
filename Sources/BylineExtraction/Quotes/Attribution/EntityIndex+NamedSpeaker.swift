extension EntityIndex {
    /// A speaker named where the recognizer marked no mention of it (`For now, Pantucci, at
    /// the institute, said ...`: the surname alone, resolved to `Raffaello Pantucci` by
    /// `NameResolver`) is chained like a resolved pronoun, so that `he said` in the next
    /// sentence finds the person the sentence before was about, not a place named beside them.
    mutating func noteNamedSpeaker(_ span: TextSpan, refersTo entity: Int) {
        guard !mentions(overlapping: span).contains(where: { $0.entity == entity }) else { return }
        notePronoun(span, refersTo: entity)
    }
}
