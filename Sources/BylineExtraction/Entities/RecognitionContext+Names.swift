/// The lists' answers about a run of tokens as one name (the tokens joined by single
/// spaces, `key`), found by code units in `Lexicon.names`: the same answers as
/// `Lexicon.isKnownName`, `counts`, `place` and `OrganizationCues.isMetonym` on `key(range)`,
/// without making that `String`. A run with a non-ASCII code unit asks those with the key.
extension RecognitionContext {
    /// `lexicon.isKnownName(key(range))`.
    func isKnownName(_ range: Range<Int>) -> Bool {
        switch form(of: range) {
        case .other: return lexicon.isKnownName(key(range))
        case .capitals: return entry(range, titled: false)?.isName == true || entry(range, titled: true)?.isName == true
        case .plain: return entry(range, titled: false)?.isName == true
        }
    }

    /// `lexicon.counts(key(range))`.
    func counts(_ range: Range<Int>) -> Lexicon.TypeCounts? {
        switch form(of: range) {
        case .other: return lexicon.counts(key(range))
        case .capitals: return entry(range, titled: false)?.counts ?? entry(range, titled: true)?.counts
        case .plain: return entry(range, titled: false)?.counts
        }
    }

    /// `lexicon.place(key(range))`.
    func place(_ range: Range<Int>) -> Lexicon.PlaceKind? {
        switch form(of: range) {
        case .other: return lexicon.place(key(range))
        case .capitals: return entry(range, titled: false)?.place ?? entry(range, titled: true)?.place
        case .plain: return entry(range, titled: false)?.place
        }
    }

    /// `OrganizationCues.isMetonym(key(range), tokenCount: range.count)`.
    func isMetonym(_ range: Range<Int>) -> Bool {
        guard range.count <= OrganizationCues.longestMetonym else { return false }
        if form(of: range) == .other { return OrganizationCues.isMetonym(key(range), tokenCount: range.count) }
        return entry(range, titled: false)?.isMetonym == true
    }

    /// How a run is written, for the lookups: `Lexicon.titleCasedIfCapitals` gives a second
    /// key only for an ASCII name with capitals and no lower-case letter.
    enum NameForm {
        /// Only ASCII, with a lower-case letter or without capitals: one key.
        case plain
        /// Only ASCII, capitals and no lower-case letter: the key and its title-cased form.
        case capitals
        /// A non-ASCII code unit: the `String` path.
        case other
    }

    func form(of range: Range<Int>) -> NameForm {
        var upper = false
        var lower = false
        for t in range {
            let span = tokens[t].span
            for i in span.start..<span.end {
                let c = units[i]
                if c >= 0x80 { return .other }
                if c &- 0x61 < 26 { lower = true } else if c &- 0x41 < 26 { upper = true }
            }
        }
        return upper && !lower ? .capitals : .plain
    }

    private func entry(_ range: Range<Int>, titled: Bool) -> NameTable.Entry? {
        units.withUnsafeBufferPointer { units in
            tokens.withUnsafeBufferPointer { tokens in
                lexicon.names.entry(units, tokens, range, titled: titled)
            }
        }
    }
}
