/// `"..."` ¶ `-President Obama, tweeting after the speech.` ¶ or `"...` ¶ `Jo Hale, Economic
/// Policy Institute."`: a quotation that fills its paragraph, signed by a short line under it.
/// The line opens with a name, after a dash, or is the name and an affiliation in capitals;
/// `Trump, however, disagreed.` is a sentence about someone, no signature.
extension AdjacentCueRule {
    func signature(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        let paragraphs = context.text.paragraphs
        guard !quote.isNested, quote.openMark.start == paragraphs[quote.paragraph].start,
            quote.endParagraph + 1 < paragraphs.count, site.afterToken < context.tokens.count,
            context.tokens[site.afterToken].span.start >= paragraphs[quote.endParagraph].end
        else { return nil }
        let next = paragraphs[quote.endParagraph + 1]
        var index = context.tokenIndex(atOrAfter: next.start)
        let end = context.tokenIndex(atOrAfter: next.end)
        guard index < end, end - index <= 20 else { return nil }
        let dash = context.isPunctuation(index, Self.signatureDashes.union(["-"])) ? index : nil
        if dash != nil { index += 1 }
        let reader = SpeakerPhraseReader(context: context)
        guard reader.isNamePart(index) else { return nil }
        var nameEnd = index
        while nameEnd < end, reader.isNamePart(nameEnd) { nameEnd += 1 }
        guard nameEnd < end, context.isPunctuation(nameEnd, [",", "."]), let name = reader.namePhrase(index..<nameEnd),
            name.kind == .name
        else { return nil }
        // Without a dash, an affiliation in capitals must follow (`, Economic Policy Institute.`),
        // and nothing else: a name alone may be the quotation's last words.
        if dash == nil {
            let rest = (nameEnd + 1)..<end
            guard context.isMark(nameEnd, 0x2C), reader.isNamePart(nameEnd + 1), rest.allSatisfy({ context.tokens[$0].kind != .word || context.tokens[$0].isCapitalized || context.isWord($0, in: ["of", "for", "and", "the"]) })
            else { return nil }
        }
        return Cue(verbTokens: dash.map { $0..<($0 + 1) } ?? nameEnd..<(nameEnd + 1), speaker: name)
    }
}
