/// Verb word lists that map every inflected form to its lemma (`slammed` → `slam`), for the
/// rules that read verbs outside the speech-verb lexicon (`StanceVerbs`, `AuthoringVerbs`).
enum VerbForms {
    /// Each lemma, its regular forms (`SpeechVerbLexicon.inflect`) or, when listed, its
    /// irregular ones (doubled consonants, strong verbs), all mapped to the lemma.
    static func lemmaTable(_ lemmas: Set<String>, irregular: [String: [String]]) -> [String: String] {
        var forms: [String: String] = [:]
        for lemma in lemmas {
            let inflected = irregular[lemma] ?? {
                let regular = SpeechVerbLexicon.inflect(lemma)
                return [regular.present, regular.past, regular.participle]
            }()
            for form in [lemma] + inflected { forms[form] = lemma }
        }
        return forms
    }
}
