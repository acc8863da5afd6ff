/// Verbs of reporting in every tense (`say`, `says`, `said`, `saying`), looked up by the
/// exact word as written. Regular forms are generated; irregular ones are listed.
struct SpeechVerbLexicon: Sendable {
    static let shared = SpeechVerbLexicon()

    private var forms: [String: SpeechVerb] = [:]

    init() {
        for entry in Self.entries {
            let (lemma, traits, irregular) = entry
            let inflected = irregular ?? Self.inflect(lemma)
            let tagged: [(String, SpeechVerb.Form)] = [
                (lemma, .base), (inflected.present, .present), (inflected.past, .past),
                (inflected.participle, .participle),
            ]
            for (word, form) in tagged where forms[word] == nil {
                forms[word] = SpeechVerb(lemma: lemma, form: form, traits: traits)
            }
            if let pastParticiple = irregular?.pastParticiple, forms[pastParticiple] == nil {
                forms[pastParticiple] = SpeechVerb(lemma: lemma, form: .past, traits: traits)
            }
        }
    }

    subscript(word: String) -> SpeechVerb? { forms[word] }

    typealias Forms = (present: String, past: String, participle: String, pastParticiple: String?)

    /// English regular inflection: `-s/-es/-ies`, `-ed/-d/-ied`, `-ing` with a dropped `e`;
    /// doubled consonants are spelled out in the entries that need them.
    static func inflect(_ lemma: String) -> Forms {
        let last = lemma.last ?? "x"
        let beforeLast = lemma.dropLast().last ?? "x"
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let present: String
        let past: String
        var participle: String
        if last == "y", !vowels.contains(beforeLast) {
            present = lemma.dropLast() + "ies"
            past = lemma.dropLast() + "ied"
        } else if ["s", "x", "z", "h", "o"].contains(last) && (lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || last != "h") {
            present = lemma + "es"
            past = lemma + "ed"
        } else if last == "e" {
            present = lemma + "s"
            past = lemma + "d"
        } else {
            present = lemma + "s"
            past = lemma + "ed"
        }
        participle = last == "e" && !lemma.hasSuffix("ee") ? lemma.dropLast() + "ing" : lemma + "ing"
        if last == "y" { participle = lemma + "ing" }
        return (present, past, participle, nil)
    }
}
