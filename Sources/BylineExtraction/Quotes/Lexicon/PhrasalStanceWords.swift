/// Phrasal verbs by which a subject attacks, defends or owns something in its own words:
/// `took aim at "the billionaire class"`, `doubled down on his plan to build "a great wall"`,
/// `apologized for her "mistake"`. Each pattern lists its words in order, verb first. Used by
/// `PhrasalStanceRule`.
enum PhrasalStanceWords {
    static let take: WordClass = ["take", "takes", "took", "taking", "taken"]
    static let aim: WordClass = ["aim"]
    static let shots: WordClass = ["shot", "shots", "swipe", "swipes", "jab", "jabs", "dig", "digs", "potshot", "potshots"]
    static let article: WordClass = ["a", "another", "some", "new", "fresh"]
    static let at: WordClass = ["at"]
    static let atAgainst: WordClass = ["at", "against"]
    static let lash: WordClass = ["lash", "lashes", "lashed", "lashing"]
    static let out: WordClass = ["out"]
    static let hit: WordClass = ["hit", "hits", "hitting"]
    static let back: WordClass = ["back"]
    static let fire: WordClass = ["fire", "fires", "fired", "firing"]
    static let poke: WordClass = ["poke", "pokes", "poked", "poking"]
    static let fun: WordClass = ["fun"]
    static let double: WordClass = ["double", "doubles", "doubled", "doubling"]
    static let down: WordClass = ["down"]
    static let on: WordClass = ["on"]
    static let apologize: WordClass = [
        "apologize", "apologizes", "apologized", "apologizing", "apologise", "apologises", "apologised", "apologising",
    ]
    static let forWord: WordClass = ["for"]
    static let speakOut: WordClass = ["speak", "speaks", "spoke", "speaking"]
    static let againstOnAbout: WordClass = ["against", "on", "about"]
    static let tear: WordClass = ["tear", "tears", "tore", "tearing", "torn"]
    static let into: WordClass = ["into"]

    /// The patterns, each read backward from its last word (the particle before the object).
    static let patterns: [[WordClass]] = [
        [take, aim, at],
        [take, article, shots, at],
        [take, shots, at],
        [lash, out, atAgainst],
        [hit, back, atAgainst],
        [fire, back, at],
        [poke, fun, at],
        [double, down, on],
        [apologize, forWord],
        [speakOut, out, againstOnAbout],
        [tear, into],
    ]

    /// Every pattern's last word.
    static let finals: WordClass = ["at", "against", "on", "for", "about", "into"]

    /// Words the object never crosses: links, verbs of being, auxiliaries.
    static let stops = ClauseStopWords.stops(adding: ["than", "as"])
}
