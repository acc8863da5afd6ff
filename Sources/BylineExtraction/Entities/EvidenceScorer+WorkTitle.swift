/// `In her 2003 book, Living History, ...`, `his new memoir, "Gifted Hands," ...`: a
/// capitalised phrase in apposition to someone's book, film or album is that work's title,
/// not a person (CoNLL calls it MISC). Typed a person, `Living History` took the author's
/// `she said`. The owner must be written (`her`, `Trump's`): after `the book,` comes as often
/// the subject of the sentence (`In the book, Byrne recalls ...`, `the author of the book,
/// Mitchell Zuckoff, said`).
extension EvidenceScorer {
    /// Whether the name `range` follows `her book,`, `Trump's new film "` or the like and is
    /// closed as an apposition is (`, Clinton noted`, `:`, `.`, a closing quote): `With her
    /// film, DuVernay documents ...` opens the sentence with its subject.
    func isOwnedWorkTitle(_ range: Range<Int>) -> Bool {
        let tokens = context.tokens
        var i = range.lowerBound - 1
        let quoted = i >= 0 && tokens[i].kind == .punctuation && Self.openingQuotes.contains(tokens[i].text)
        if quoted { i -= 1 }
        if i >= 0, tokens[i].kind == .punctuation, tokens[i].text == "," { i -= 1 }
        if i >= 0, tokens[i].kind == .punctuation, Self.openingQuotes.contains(tokens[i].text) { i -= 1 }
        guard i >= 1, tokens[i].isLowercaseWord, Self.workNouns.contains(tokens[i].text) else { return false }
        i -= 1
        // At most two modifiers between the owner and the noun: `her 2003`, `his new`, `12th`.
        var skipped = 0
        while i >= 0, skipped < 2, tokens[i].kind == .number || Self.workModifiers.contains(tokens[i].text) {
            i -= 1
            skipped += 1
        }
        guard i >= 0, tokens[i].isPossessive || Self.possessivePronouns.contains(tokens[i].text) else { return false }
        return quoted || isClosedApposition(after: range.upperBound)
    }

    /// `Living History, Clinton noted`, `Tough Choices.`, `See No Evil: 19 Hard Truths`.
    private func isClosedApposition(after index: Int) -> Bool {
        let tokens = context.tokens
        guard index < tokens.count, tokens[index].kind == .punctuation else { return false }
        switch tokens[index].text {
        case ",": return index + 1 < tokens.count && tokens[index + 1].isCapitalized
        case ":", ".", "\u{201D}", "\"": return true
        default: return false
        }
    }

    static let workNouns: Set<String> = [
        "book", "memoir", "memoirs", "novel", "autobiography", "film", "movie", "documentary", "album",
        "play", "bestseller", "best-seller",
    ]
    static let workModifiers: Set<String> = [
        "new", "latest", "last", "first", "second", "third", "upcoming", "recent", "forthcoming", "own",
        "debut", "best-selling", "bestselling",
    ]
    static let possessivePronouns: Set<String> = ["his", "her", "their", "my", "our", "His", "Her", "Their", "My", "Our"]
    static let openingQuotes: Set<String> = ["\"", "\u{201C}", "''", "``", "'", "\u{2018}"]
}
