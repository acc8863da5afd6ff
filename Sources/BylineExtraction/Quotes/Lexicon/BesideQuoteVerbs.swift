/// Verbs that cue a quotation only when they stand right beside it and close the cue's clause
/// (`"...," Hannity started.`, `"...," she went on.`, `Hale shot back, "..."`, `"...,"
/// remembered Roy Vance, a spokesman.`). Elsewhere they are plain verbs (`the war started`,
/// `shot back at the gunmen`, `went on to win`), so they stay out of `SpeechVerbLexicon`: a
/// verb there also counts as a cue for reported speech and for every rule's "has a verb of
/// saying" test.
enum BesideQuoteVerbs {
    /// One-word cues, past tense.
    static let single: Set<String> = [
        "started", "began", "remembered", "finished", "offered", "ventured",
        // `"...," she volunteered.`, `"...," he allowed.`, `"...," Hale corrected.`
        "volunteered", "allowed", "corrected", "demurred", "cracked", "shrugged", "resumed", "persisted",
        // `"...," an angry Hale retaliated.`
        "retaliated",
    ]
    /// Particles that make a phrasal verb of speaking with one of `phrasal`'s verbs.
    static let phrasal: [String: Set<String>] = [
        "went": ["on"], "goes": ["on"], "shot": ["back"], "fired": ["back"], "hit": ["back"], "snapped": ["back"],
        "pushed": ["back"], "chimed": ["in"], "weighed": ["in"], "cut": ["in"], "broke": ["in"], "jumped": ["in"],
        "piped": ["up"], "spoke": ["up", "out"], "summed": ["up"],
        // `"...," Trump lashed out.`, `she chipped in`, `Hale sounded off, "..."`.
        "lashed": ["out"], "chipped": ["in"], "butted": ["in"], "sounded": ["off"],
    ]
    /// Words a phrasal cue's particle may be; tested first, so most tokens cost one comparison.
    static let particles: Set<String> = ["on", "back", "in", "up", "out", "off"]
}
