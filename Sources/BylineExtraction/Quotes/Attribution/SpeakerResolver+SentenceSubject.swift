extension SpeakerResolver {
    /// A pronoun after its own sentence's subject that reports speech stands for that subject:
    /// `Cross said he is left with two options: Clinton, whom he called "..."` is Cross's
    /// word. The pronoun resolver finds such a subject among the recognized mentions; this
    /// step is for a subject the recognizer gave no mention there (a surname that is also a
    /// common word, `Cross`, `Bond`), which it resolves like a named speaker (by name or
    /// surname, else a new entity). Nil leaves the pronoun to `PronounResolver`.
    mutating func speakingSubject(beforePronoun phrase: SpeakerPhrase, gender: RecognizedEntity.Gender?) -> Int? {
        let pronoun = phrase.tokens.lowerBound
        let bounds = context.sentences[context.sentenceIndex(ofToken: pronoun)].tokens
        guard pronoun > bounds.lowerBound + 1 else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        guard let subject = reader.sentenceSubject(from: bounds.lowerBound, before: pronoun), subject.kind == .name,
            subject.tokens.upperBound < pronoun, context.speechVerb(at: subject.tokens.upperBound) != nil
        else { return nil }
        let span = context.span(of: subject.nameTokens ?? subject.tokens)
        // A subject the recognizer has a mention for is the pronoun resolver's to weigh, and a
        // name inside a quotation is no subject of the reporter's sentence.
        guard index.entity(covering: span) == nil, !context.quotes.contains(where: { $0.content.contains(span) })
        else { return nil }
        var names = NameResolver(context: context)
        guard let entity = names.resolve(subject, in: &index) else { return nil }
        let found = index.entities[entity]
        guard found.type == .person || index.spoken.contains(entity) else { return nil }
        if let gender, let known = found.gender, known != gender { return nil }
        return entity
    }
}
