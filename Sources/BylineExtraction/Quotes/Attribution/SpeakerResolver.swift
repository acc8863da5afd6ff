/// Turns a speaker phrase into an entity: names through `NameResolver` (adding the speakers
/// the recognizer missed), descriptions through `TitleResolver`, pronouns through
/// `PronounResolver`. A description that matches nobody keeps its words and no entity.
struct SpeakerResolver {
    let context: AttributionContext
    var index: EntityIndex

    mutating func resolve(_ phrase: SpeakerPhrase) -> ResolvedSpeaker {
        if let named = appositiveName(of: phrase) ?? invertedAppositiveName(of: phrase) { return resolve(named) }
        let span = context.span(of: phrase.tokens)
        let written = context.text[span]
        if let dashEnd = datelineEnd(phrase) {
            guard let subject = subject(afterDateline: dashEnd) else { return ResolvedSpeaker(entity: nil, text: written, span: span) }
            return resolve(subject)
        }
        switch phrase.kind {
        case .name:
            var names = NameResolver(context: context)
            let entity = names.resolve(phrase, in: &index)
            if let entity {
                index.noteSpeaker(entity)
                index.noteNamedSpeaker(span, refersTo: entity)
            }
            return ResolvedSpeaker(entity: entity, text: written, span: span)
        case .descriptive:
            var entity = TitleResolver(context: context).resolve(phrase, in: index) ?? institution(namedBy: phrase)
            if entity == nil, let author = SpeakerPhraseReader(context: context).namedAuthor(in: phrase) {
                var names = NameResolver(context: context)
                entity = names.resolve(author, in: &index)
            }
            if entity == nil { entity = EpithetResolver(context: context).resolve(phrase, in: index) }
            return ResolvedSpeaker(entity: entity, text: written, span: span)
        case .pronoun(let gender):
            let entity = speakingSubject(beforePronoun: phrase, gender: gender)
                ?? PronounResolver(context: context).resolve(gender: gender, before: span.start, in: index)
            if let entity { index.notePronoun(span, refersTo: entity) }
            return ResolvedSpeaker(entity: entity, text: written, span: span)
        case .pluralPronoun:
            return ResolvedSpeaker(entity: nil, text: written, span: span)
        }
    }
}

extension AttributionContext {
    /// The text span from the first token's start to the last token's end.
    func span(of range: Range<Int>) -> TextSpan {
        guard !range.isEmpty else { return TextSpan(start: 0, end: 0) }
        return TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
    }
}
