/// Verbs that characterize something in the speaker's own words: `called the plan "a
/// disaster"`, `described his record as "mixed"`, `referred to Rubio as "a lightweight"`.
/// Every inflected form maps to its lemma; `refer` counts only before `to`.
enum NamingVerbs {
    /// Name their object directly, `as` optional: `called them "losers"`, `dubbed it "a hoax"`.
    static let naming: Set<String> = ["call", "dub", "label", "brand", "nickname", "term", "deem", "pronounce"]
    /// Need `as` before the words: `hailed the deal as a "breakthrough"`.
    static let characterizing: Set<String> = [
        "describe", "characterize", "characterise", "portray", "depict", "cast", "paint", "frame", "hail",
        "herald", "praise", "tout", "laud", "dismiss", "deride", "reject", "denounce", "criticize", "criticise",
        "attack", "mock", "ridicule", "slam", "blast", "defend", "decry", "condemn", "lambaste", "refer",
        "rate",
    ]
    /// Forms the regular rules of `SpeechVerbLexicon.inflect` get wrong (doubled consonants,
    /// unchanged pasts).
    private static let irregular: [String: [String]] = [
        "dub": ["dubs", "dubbed", "dubbing"], "label": ["labels", "labeled", "labelled", "labeling", "labelling"],
        "slam": ["slams", "slammed", "slamming"], "refer": ["refers", "referred", "referring"],
        "cast": ["casts", "casting"],
    ]

    /// Lemma of every form, built once.
    static let lemmas: [String: String] = {
        var forms: [String: String] = [:]
        for lemma in naming.union(characterizing) {
            let inflected = irregular[lemma] ?? {
                let regular = SpeechVerbLexicon.inflect(lemma)
                return [regular.present, regular.past, regular.participle]
            }()
            for form in [lemma] + inflected { forms[form] = lemma }
        }
        return forms
    }()
}
