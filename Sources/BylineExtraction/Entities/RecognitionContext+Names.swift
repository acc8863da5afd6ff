/// The lists' answers about a run of tokens as one name (the tokens joined by single
/// spaces, `key`), found by code units in `Lexicon.names`: the same answers as
/// `Lexicon.isKnownName`, `counts`, `place` and `OrganizationCues.isMetonym` on `key(range)`,
/// without making that `String`. Runs the table cannot answer (`NameTable.Form.other`)
/// ask those with the key.
extension RecognitionContext {
    /// The answers the evidence scorer needs about one run, found with one look-up (two for
    /// capitals).
    struct NameAnswers {
        /// `lexicon.counts(key)`.
        var counts: Lexicon.TypeCounts?
        /// `lexicon.place(key)`.
        var place: Lexicon.PlaceKind?
        /// `OrganizationCues.isMetonym(key, tokenCount:)`.
        var isMetonym = false
    }

    /// `probed`: `probe(range)` when the caller has it already.
    func name(_ range: Range<Int>, probed: NameTable.Probe? = nil) -> NameAnswers {
        let probe = probed ?? self.probe(range)
        var answers = NameAnswers()
        switch probe.form {
        case .other:
            let key = key(range)
            answers.counts = lexicon.counts(key)
            answers.place = lexicon.place(key)
            answers.isMetonym = OrganizationCues.isMetonym(key, tokenCount: range.count)
        case .plain, .capitals:
            answers.counts = probe.exact?.counts ?? probe.titled?.counts
            answers.place = probe.exact?.place ?? probe.titled?.place
            answers.isMetonym = range.count <= OrganizationCues.longestMetonym && probe.exact?.isMetonym == true
        }
        return answers
    }

    /// `lexicon.isKnownName(key(range))`.
    func isKnownName(_ range: Range<Int>) -> Bool {
        let probe = self.probe(range)
        if probe.form == .other { return lexicon.isKnownName(key(range)) }
        return probe.exact?.isName == true || probe.titled?.isName == true
    }

    /// `lexicon.isKnownName(key(range)) || OrganizationCues.isMetonym(key(range), ...)`.
    func isKnownNameOrMetonym(_ range: Range<Int>, probed: NameTable.Probe? = nil) -> Bool {
        let probe = probed ?? self.probe(range)
        if probe.form == .other {
            let key = key(range)
            return lexicon.isKnownName(key) || OrganizationCues.isMetonym(key, tokenCount: range.count)
        }
        return probe.exact?.isName == true || probe.titled?.isName == true
            || (range.count <= OrganizationCues.longestMetonym && probe.exact?.isMetonym == true)
    }

    /// `lexicon.counts(key(range))`.
    func counts(_ range: Range<Int>) -> Lexicon.TypeCounts? {
        let probe = self.probe(range)
        if probe.form == .other { return lexicon.counts(key(range)) }
        return probe.exact?.counts ?? probe.titled?.counts
    }

    /// `lexicon.place(key(range))`.
    func place(_ range: Range<Int>) -> Lexicon.PlaceKind? {
        let probe = self.probe(range)
        if probe.form == .other { return lexicon.place(key(range)) }
        return probe.exact?.place ?? probe.titled?.place
    }

    /// `OrganizationCues.isMetonym(key(range), tokenCount: range.count)`.
    func isMetonym(_ range: Range<Int>) -> Bool {
        guard range.count <= OrganizationCues.longestMetonym else { return false }
        let probe = self.probe(range)
        if probe.form == .other { return OrganizationCues.isMetonym(key(range), tokenCount: range.count) }
        return probe.exact?.isMetonym == true
    }

    /// What the name table holds for `range`: asked once, it answers every question above.
    func probe(_ range: Range<Int>) -> NameTable.Probe {
        units.withUnsafeBufferPointer { units in
            tokens.withUnsafeBufferPointer { tokens in
                lexicon.names.probe(units, tokens, range)
            }
        }
    }
}
