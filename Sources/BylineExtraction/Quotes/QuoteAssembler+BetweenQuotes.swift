/// A quoted paragraph with no cue, between two quotations of one speaker, is that speaker's:
///
///     "Not only can he win, he can win big," Hale notes.
///     Hale is upbeat about the senator's chances.
///     "He may be the only one who unites the party."
///     "He can bring the wings together," Hale notes.
///
/// News style names a new speaker before or right after the first words of theirs it quotes,
/// so a paragraph of quoted words that neither opens nor closes with a cue, framed by the
/// same person's quotations, continues that person. Only whole quoted paragraphs (no
/// reporter's words around the quotation), only when the quotation after it opens the next
/// paragraph with a cue of its own, the one before ends at most two paragraphs earlier, both
/// name the same entity, and no one else's reported words stand between them.
extension QuoteAssembler {
    /// Most paragraphs of reporter's text between the earlier quotation and the cueless one.
    static let betweenReach = 1

    func fillBetweenQuotesOfOneSpeaker(_ direct: inout [ExtractedQuote], reportedSpeakers: [ResolvedSpeaker?]) {
        let quotes = context.quotes
        for index in quotes.indices where direct[index].speaker == nil && decided[index] == nil && !quotes[index].isNested {
            guard isWholeParagraph(quotes[index]),
                let next = ((index + 1)..<quotes.count).first(where: { !quotes[$0].isNested }),
                let previous = (0..<index).last(where: { !quotes[$0].isNested }),
                let speaker = direct[next].speaker, direct[previous].speaker == speaker,
                let cue = decided[next], cue.cue != nil, cue.continues == nil
            else { continue }
            let quote = quotes[index]
            let after = quotes[next]
            guard after.paragraph == quote.endParagraph + 1, opensParagraph(after),
                quotes[previous].endParagraph < quote.paragraph,
                quote.paragraph - quotes[previous].endParagraph - 1 <= Self.betweenReach,
                onlyOneVoice(from: quotes[previous].outer.end, to: quote.openMark.start, speaker, reportedSpeakers)
            else { continue }
            direct[index].speaker = speaker
            direct[index].speakerText = direct[next].speakerText
            direct[index].speakerSpan = direct[next].speakerSpan
            direct[index].cue = direct[next].cue
            direct[index].cueSpan = direct[next].cueSpan
        }
    }

    private func opensParagraph(_ quote: QuotedSpan) -> Bool {
        quote.openMark.start == context.text.paragraphs[quote.paragraph].start
    }

    /// The quotation opens its paragraph and only punctuation follows its closing mark.
    private func isWholeParagraph(_ quote: QuotedSpan) -> Bool {
        guard opensParagraph(quote), let close = quote.closeMark else { return false }
        let end = context.text.paragraphs[quote.endParagraph].end
        var position = close.end
        while position < end {
            let unit = context.units[position]
            // Letters and digits are reporter's words; whitespace and marks are not.
            if QuoteCharacters.isLetterOrDigit(unit) { return false }
            position += 1
        }
        return true
    }

    /// Between the two points, no one else's reported words: every reported clause there is
    /// `speaker`'s (`Hale notes that ...` keeps the voice; `Lee said ...` would not). A verb
    /// of saying that reports no clause (`Lee agreed.`) would have introduced the quotation
    /// itself (`SpeakerIntroductionRule`), so it is not asked again here.
    private func onlyOneVoice(from start: Int, to end: Int, _ speaker: Int, _ reportedSpeakers: [ResolvedSpeaker?]) -> Bool {
        guard start < end else { return true }
        let tokens = context.tokenIndex(atOrAfter: start)..<context.tokenIndex(atOrAfter: end)
        guard context.hasCue(in: tokens) else { return true }
        let span = TextSpan(start: start, end: end)
        for (clause, reportedClause) in reported.enumerated()
        where span.contains(context.span(of: reportedClause.cue.verbTokens)) && reportedSpeakers[clause]?.entity != speaker {
            return false
        }
        return true
    }
}
