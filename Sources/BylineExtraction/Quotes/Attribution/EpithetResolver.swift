import BylineModel

/// Descriptive speakers that news writing uses for someone it has just named, where
/// `TitleResolver` (which needs the whole description among the person's titles) finds
/// nobody:
/// - a title by its head word, written out or abbreviated before the name: `the Vermont
///   senator said` a few sentences after `Sen. Bernie Sanders`, `the governor` after
///   `Gov. Jo Hale`, when no one else with that title is named there;
/// - an epithet (`added the two-time Academy Award winner`, `the billionaire told
///   Reuters`, `the 71-year-old said`) when the sentences just before name one person only;
/// - `the company said` / `the firm said` when they name one organization only;
/// - `our correspondent said` after `BBC correspondent James Hardy`, as a title.
/// Only definite descriptions (`the ...`) with no possessive or `of`/`for` inside are read:
/// `a spokesman`, `the company's lawyer` or `the head of the agency` name someone else.
/// Names inside quotations are no antecedents: `"I met Obama," the senator said`.
struct EpithetResolver {
    let context: AttributionContext

    func resolve(_ phrase: SpeakerPhrase, in index: EntityIndex) -> Int? {
        let range = phrase.tokens
        guard range.count >= 2, range.upperBound <= context.tokens.count,
            !range.contains(where: { context.tokens[$0].isPossessive || context.isWord($0, in: Self.linkWords) })
        else { return nil }
        let head = range.upperBound - 1
        // `our correspondent said`: the outlet's own journalist, named before with the title.
        guard context.isWord(range.lowerBound, in: WordSets.the)
            || (context.isWord(range.lowerBound, in: Self.our) && context.isWord(head, in: Self.journalistForms))
        else { return nil }
        let position = context.tokens[range.lowerBound].span.start
        if let forms = Self.titleForms(head, context) {
            return titled(before: position, forms: forms, in: index)
        }
        if context.isWord(head, in: Self.personEpithets) || context.lower(head).hasSuffix("-year-old") {
            return sole(.person, before: position, back: Self.sentencesBack, in: index)
        }
        if context.isWord(head, in: Self.organizationEpithets) {
            return sole(.organization, before: position, back: Self.organizationSentencesBack, in: index)
        }
        return nil
    }

    /// The one person named in the last few sentences, outside quotations, who is written
    /// somewhere before the phrase after a form of the title (`Sen. Bernie Sanders`). Others
    /// named there without the title (the interviewer who asked, a rival attacked) are no
    /// candidates; two with the title (`Sen. Ted Cruz and Sen. Marco Rubio`) make it nobody's,
    /// and so does a title named only further back, as likely someone else's.
    private func titled(before position: Int, forms: WordClass, in index: EntityIndex) -> Int? {
        guard !context.sentences.isEmpty else { return nil }
        let windowStart = self.windowStart(before: position, back: Self.sentencesBack)
        var found: Int?
        var checked: [Int] = []
        for mention in index.mentions(before: position) {
            if mention.span.start < windowStart { break }
            let entity = mention.entity
            guard entity != found, !checked.contains(entity), index.entities[entity].type == .person,
                !isQuoted(mention.span)
            else { continue }
            checked.append(entity)
            guard index.entities[entity].mentions.contains(where: { $0.end <= position && isTitled($0, forms) }) else { continue }
            if found != nil { return nil }
            found = entity
        }
        return found
    }

    /// Whether one of the three words before the mention is a form of the title, reading
    /// back over capitalized words and titles only (`Vermont Sen. Bernie Sanders`).
    private func isTitled(_ span: TextSpan, _ forms: WordClass) -> Bool {
        let first = context.tokenIndex(atOrAfter: span.start)
        var index = first - 1
        while index >= 0, first - index <= 3, context.tokens[index].kind == .word {
            if context.isWord(index, in: forms) { return true }
            guard context.tokens[index].isCapitalized || context.isWord(index, in: SpeakerWords.titles) else { return false }
            index -= 1
        }
        return false
    }

    /// The one entity of `type` named outside quotations in the phrase's sentence before it
    /// and the sentences just before; nil when there are none or several.
    private func sole(_ type: EntityType, before position: Int, back: Int, in index: EntityIndex) -> Int? {
        guard !context.sentences.isEmpty else { return nil }
        let windowStart = self.windowStart(before: position, back: back)
        var found: Int?
        for mention in index.mentions(before: position) {
            if mention.span.start < windowStart { break }
            guard index.entities[mention.entity].type == type, !isQuoted(mention.span), !isHeading(mention.span) else { continue }
            if let first = found, first != mention.entity { return nil }
            found = mention.entity
        }
        return found
    }

    /// Where the sentences an antecedent may stand in start: `back` before the phrase's own.
    private func windowStart(before position: Int, back: Int) -> Int {
        guard !context.sentences.isEmpty else { return 0 }
        let sentence = context.sentenceIndex(ofToken: context.tokenIndex(atOrAfter: position))
        return context.sentences[max(0, sentence - back)].span.start
    }

    /// `ABSTRACT.`, `FULL TEXT.`: a name that is its sentence alone is a heading the
    /// recognizer took for a name, nobody an epithet stands for.
    private func isHeading(_ span: TextSpan) -> Bool {
        let first = context.tokenIndex(atOrAfter: span.start)
        return context.sentences[context.sentenceIndex(ofToken: first)].tokens.count <= 2
    }

    private func isQuoted(_ span: TextSpan) -> Bool {
        context.quotes.contains { $0.content.start <= span.start && span.end <= $0.content.end }
    }

    /// How many mentions back a title is looked for, as `TitleResolver` does.
    static let reach = 40
    /// Sentences before the phrase's own that an epithet's antecedent may stand in.
    static let sentencesBack = 3
    /// For `the company`: the sentence before only (`As for Bloomberg, Forbes put his worth
    /// at ... . The company says` means Bloomberg's company, named in neither).
    static let organizationSentencesBack = 1
}
