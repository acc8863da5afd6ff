/// Verb word lists built from lemmas: every inflected form, regular (`SpeechVerbLexicon.inflect`)
/// or, when listed, irregular (doubled consonants, strong verbs). For the rules that read verbs
/// outside the speech-verb lexicon (`StanceVerbs`, `AuthoringVerbs`, `JudgedActWords`, ...).
enum VerbForms {
    /// The lemma and its forms: the listed irregular ones, or the regular three.
    static func forms(of lemma: String, irregular: [String: [String]]) -> [String] {
        if let listed = irregular[lemma] { return [lemma] + listed }
        let regular = SpeechVerbLexicon.inflect(lemma)
        return [lemma, regular.present, regular.past, regular.participle]
    }

    /// Each form of each lemma mapped to its lemma (`slammed` → `slam`).
    static func lemmaTable(_ lemmas: Set<String>, irregular: [String: [String]]) -> [String: String] {
        var table: [String: String] = [:]
        for lemma in lemmas {
            for form in forms(of: lemma, irregular: irregular) { table[form] = lemma }
        }
        return table
    }

    /// Every form of every lemma, as one packed word class.
    static func wordClass(_ lemmas: [String], irregular: [String: [String]] = [:]) -> WordClass {
        WordClass(Set(lemmas.flatMap { forms(of: $0, irregular: irregular) }))
    }
}
