/// Finds a title inside a run of capitalised words: `Russian President` in
/// `Russian President Vladimir Putin`, `U.S. Secretary of State` in
/// `U.S. Secretary of State Rex Tillerson`. A title has a head word (`President`,
/// `Minister`, `Mr.`) and may take modifiers, nationality adjectives and a country before it.
struct TitleSplitter {
    let tokens: [Token]
    let lexicon: Lexicon

    struct Split {
        /// Tokens before the title that are a name of their own (`Bank of England` Governor...).
        var before: Range<Int>
        var title: Range<Int>
        var name: Range<Int>
    }

    func split(_ chunk: Range<Int>) -> Split? {
        guard let head = chunk.first(where: { PersonCues.titleHeads.contains(tokens[$0].text) })
        else { return nil }
        var start = head
        while start > chunk.lowerBound, isTitlePart(start - 1, beforeHead: true) { start -= 1 }
        var end = head + 1
        while end < chunk.upperBound,
            PersonCues.titleHeads.contains(tokens[end].text) || isTitlePart(end, beforeHead: false)
        {
            end += 1
        }
        // `of` must not be the last word of the title.
        while end > head + 1, tokens[end - 1].text == "of" { end -= 1 }
        return Split(before: chunk.lowerBound..<start, title: start..<end, name: end..<chunk.upperBound)
    }

    private func isTitlePart(_ index: Int, beforeHead: Bool) -> Bool {
        let text = tokens[index].text
        if PersonCues.titleModifiers.contains(text) { return true }
        guard beforeHead else { return false }
        if PersonCues.titleHeads.contains(text) { return true }
        if JunkWords.isDemonym(text, lexicon: lexicon) { return true }
        // A country before the title: `U.S. Secretary`, `Syria's` is cut off by the possessive.
        return OrganizationCues.acronyms[text] != nil || lexicon.place(text) == .country
    }
}

extension JunkWords {
    /// Nationality adjectives: listed, typed MISC by the training list, or a demonym ending
    /// on a word no list knows as a name.
    static func isDemonym(_ word: String, lexicon: Lexicon) -> Bool {
        if demonyms.contains(word) { return true }
        if let counts = lexicon.counts(word), counts.total > 0 {
            return counts.misc * 2 > counts.total
        }
        guard lexicon.place(word) == nil, lexicon.givenNames[word] == nil else { return false }
        return demonymSuffixes.contains { word.hasSuffix($0) && word.count > $0.count + 2 }
    }
}
