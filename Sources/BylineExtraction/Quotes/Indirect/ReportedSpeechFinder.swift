/// Finds reported (indirect) speech sentence by sentence: a reporting verb with its speaker
/// before the content (`Lavrov said the two nations agreed ...`, `told reporters that ...`)
/// or after it (`..., Tillerson said.`, `..., according to Tass.`).
///
/// Not reported speech: verbs inside quotations, `said to be`, questions (`asked whether`),
/// hypotheticals (`would say`, `if he says`), and sentences that are a direct quotation with
/// its cue (`"...," he said.`), which the direct-quote sieve handles.
struct ReportedSpeechFinder: Sendable {
    func find(in context: AttributionContext) -> [ReportedClause] {
        let quoted = Self.outerContents(of: context.quotes)
        var found: [ReportedClause] = []
        // Room for most articles' clauses at once when the article has a cue at all: grown
        // from empty by appends, the array was made two or three times an article.
        if context.hasCue(in: 0..<context.tokens.count) { found.reserveCapacity(Self.clauseRoom) }
        var firstOpen = 0  // quotations are in text order: skip those ended before the sentence
        quoted.withUnsafeBufferPointer { quoted in
            for sentence in context.sentences where sentence.tokens.count >= 4 {
                while firstOpen < quoted.count, quoted[firstOpen].end <= sentence.span.start { firstOpen += 1 }
                // Every reader needs a verb of reporting or `according to`: most sentences have none.
                guard context.hasCue(in: sentence.tokens) else { continue }
                var last = firstOpen
                while last < quoted.count, quoted[last].start < sentence.span.end { last += 1 }
                let scope = SentenceScope(
                    sentence: sentence, context: context,
                    quoted: UnsafeBufferPointer(rebasing: quoted[firstOpen..<last]))
                if let clause = AccordingToReader.read(scope) {
                    found.append(clause)
                } else if var clause = PreposedCueReader.read(scope) {
                    // `X said A, adding that B`: two reports, A for the verb and B for the participle.
                    if let second = ParticipleCueReader.read(scope), clause.content.contains(second.content) {
                        let comma = context.tokens[second.cue.verbTokens.lowerBound - 1].span.start
                        if comma > clause.content.start + 2 {
                            clause.content = TextSpan(start: clause.content.start, end: comma)
                            found.append(clause)
                            found.append(second)
                            continue
                        }
                    }
                    found.append(clause)
                } else if let clause = PostposedCueReader.read(scope) {
                    found.append(clause)
                } else if let clause = ParticipleCueReader.read(scope) {
                    found.append(clause)
                }
            }
        }
        return found
    }

    /// How many reported clauses `find` has room for before it grows its array.
    static let clauseRoom = 16

    /// The contents of the quotations that are not nested in another, in order: one array at
    /// its final size (`filter` then `map` made two, the first regrown as it filled).
    static func outerContents(of quotes: [QuotedSpan]) -> [TextSpan] {
        var contents: [TextSpan] = []
        contents.reserveCapacity(quotes.count)
        for quote in quotes where !quote.isNested { contents.append(quote.content) }
        return contents
    }
}

/// One sentence as the reported-speech readers see it: its tokens without the final
/// punctuation, and which tokens lie inside direct quotations.
///
/// A struct whose only reference is the context: the quotations are a buffer borrowed from
/// `ReportedSpeechFinder.find`, which makes every scope and drops it before it returns. (As a
/// class, a scope was a heap object per sentence with a cue, and its slice of quotations one
/// more buffer to retain and release.) The readers take it as an argument: each reader that
/// held a copy retained and released the context, some 24,000 times on the 400-file sample.
struct SentenceScope {
    let context: AttributionContext
    let lowerBound: Int
    /// Exclusive end of the content-bearing tokens (sentence-final marks and quotes left out).
    let contentEnd: Int
    let upperBound: Int
    /// The outer quotations that overlap the sentence; valid only while `find` runs.
    let quoted: UnsafeBufferPointer<TextSpan>

    init(sentence: Sentence, context: AttributionContext, quoted: UnsafeBufferPointer<TextSpan>) {
        self.context = context
        lowerBound = sentence.tokens.lowerBound
        upperBound = sentence.tokens.upperBound
        var end = upperBound
        while end > lowerBound, context.tokens[end - 1].kind == .punctuation,
            context.isClauseEnd(end - 1) || context.isQuoteMark(end - 1) || Self.isCloser(end - 1, context)
        {
            end -= 1
        }
        contentEnd = end
        self.quoted = quoted
    }

    /// Marks that close a sentence after its final punctuation.
    static let closers = ["'", "’", ")"]

    /// `closers.contains(context.tokens[index].text)` by the code units: `'` and `)` as
    /// `isMark` tests them, and `’`, which only the one-unit text U+2019 equals.
    private static func isCloser(_ index: Int, _ context: AttributionContext) -> Bool {
        if context.isMark(index, 0x27) || context.isMark(index, 0x29) { return true }
        let span = context.tokens[index].span
        return span.end - span.start == 1 && context.units[span.start] == 0x2019
    }

    func isQuoted(_ index: Int) -> Bool {
        let span = context.tokens[index].span
        return quoted.contains { $0.contains(span) }
    }

    /// The content from `start` to the sentence's end, unless it is nothing but one direct
    /// quotation (`Lavrov said: "..."` is a direct quote, not reported speech).
    func content(from start: Int, to limit: Int) -> TextSpan? {
        // A semicolon ends the reported clause: what follows is the reporter's again.
        // `;` by its code unit (`isPunctuation(_, WordSets.semicolon)` answers the same).
        let end = (start..<limit).first { context.tokens[$0].kind == .punctuation && context.isMark($0, 0x3B) && !isQuoted($0) } ?? limit
        guard start < end, end - start >= 2 else { return nil }
        let span = context.span(of: start..<end)
        let afterThat = start > 0 && context.isWord(start - 1, in: ReaderWords.that)
        if !afterThat, context.isQuoteMark(start), quoted.contains(where: { $0.start <= span.start + 2 && $0.end >= span.end - 2 }) {
            return nil
        }
        return span
    }
}
