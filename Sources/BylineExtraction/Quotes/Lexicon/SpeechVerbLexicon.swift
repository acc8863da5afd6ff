/// Verbs of reporting in every tense (`say`, `says`, `said`, `saying`), looked up by the
/// exact word as written. Regular forms are generated; irregular ones are listed.
struct SpeechVerbLexicon: Sendable {
    static let shared = SpeechVerbLexicon()

    private(set) var forms: [String: SpeechVerb] = [:]
    /// One bit per (length, first letter, last letter) of the forms, and one per (length,
    /// second letter, second-to-last letter): nine words in ten (`the`, `of`, `was`) are
    /// ruled out without hashing the string.
    private var outerShapes = [UInt64](repeating: 0, count: 512)
    private var innerShapes = [UInt64](repeating: 0, count: 512)

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
        for (word, lemma) in Self.mannerForms where forms[word] == nil {
            forms[word] = SpeechVerb(lemma: lemma, form: .past, traits: [.speech, .inverts, .manner])
        }
        for word in forms.keys {
            guard let (outer, inner) = Self.shapeKeys(word) else { continue }
            outerShapes[outer >> 6] |= 1 << UInt64(outer & 63)
            innerShapes[inner >> 6] |= 1 << UInt64(inner & 63)
        }
    }

    subscript(word: String) -> SpeechVerb? {
        // Every form has two letters or more (`say`): `a` and `I` need no look-up.
        if word.utf8.count < 2 { return nil }
        if let (outer, inner) = Self.shapeKeys(word) {
            guard Self.isSet(outer, in: outerShapes), Self.isSet(inner, in: innerShapes) else { return nil }
        }
        return forms[word]
    }

    private static func isSet(_ key: Int, in bits: [UInt64]) -> Bool { bits[key >> 6] & (1 << UInt64(key & 63)) != 0 }

    /// The two shape bits of an ASCII word of two letters or more, or nil (then only the
    /// dictionary can tell).
    private static func shapeKeys(_ word: String) -> (Int, Int)? {
        // Contiguous bytes (native and small strings): no generic index walking.
        let keys = word.utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int)? in
            let count = bytes.count
            guard count >= 2 else { return nil }
            let first = bytes[0]
            let second = bytes[1]
            let beforeLast = bytes[count - 2]
            let last = bytes[count - 1]
            guard (first | second | beforeLast | last) < 0x80 else { return nil }
            let length = min(count, 31) << 10
            return (length | Int(first & 31) << 5 | Int(last & 31), length | Int(second & 31) << 5 | Int(beforeLast & 31))
        }
        return keys ?? nil
    }

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
