/// Words by which news writing says HOW a person spoke before quoting them, without a verb of
/// saying: `Hale was blunt.`, `Lee put it this way:`, `Pike went further.`, `Ortiz didn't
/// mince words.`, `Waller shrugged.`, `Mendes had a simpler explanation.` Read by
/// `MannerPredicateReader`; a sentence about a person that holds none of them (`Pike arrived
/// late.`, `Waller was tired.`) introduces nobody's words.
enum SpeakingManner {
    /// After a copula (`was blunt`, `is more direct`, `was more guarded`): adjectives that
    /// describe a way of speaking. A mood or an outlook (`Waller is upbeat about the senator's
    /// chances`, `was confident`, `was skeptical`) describes the person, not words: the quoted
    /// paragraph after it may be anyone's.
    static let adjectives: WordClass = [
        "blunt", "blunter", "candid", "frank", "franker", "direct", "emphatic", "defiant", "unapologetic",
        "unequivocal", "adamant", "succinct", "terse", "curt", "pointed", "forthright", "outspoken",
        "diplomatic", "dismissive", "scathing", "withering", "unsparing", "apologetic", "contrite",
        "conciliatory", "combative", "effusive", "gracious", "magnanimous", "charitable", "measured",
        "cautious", "circumspect", "guarded", "coy", "evasive", "cryptic", "noncommittal", "vague",
        "vaguer", "explicit", "categorical", "plainspoken", "blunt-spoken", "matter-of-fact", "sarcastic",
        "clear", "clearer", "harsh", "harsher", "sharper", "firm", "firmer", "defensive", "brusque",
        "frosty", "tight-lipped", "mum", "insistent",
        // A message's manner (`Pike's message was simple.`).
        "simple", "short", "straightforward",
    ]
    /// Copulas before such an adjective.
    static let copulas: WordClass = ["was", "is", "seemed", "seems", "sounded", "sounds", "remained", "remains"]
    /// What may stand between the copula and the adjective: degree and negation
    /// (`was even more blunt`, `was not so sure`, `was a bit more direct`).
    static let degrees: WordClass = [
        "more", "less", "even", "far", "much", "very", "equally", "just", "as", "so", "especially",
        "particularly", "somewhat", "slightly", "typically", "characteristically", "uncharacteristically",
        "notably", "refreshingly", "brutally", "strikingly", "decidedly", "not", "n't", "no", "never",
        "a", "bit", "little", "also", "too", "still", "considerably", "quite", "rather", "clearly",
    ]
    /// Verbs of gesture that go with speaking (`Waller shrugged.`, `She pauses.`).
    static let gestures: WordClass = [
        "laughed", "laughs", "smiled", "smiles", "shrugged", "shrugs", "sighed", "sighs", "chuckled",
        "chuckles", "grinned", "grins", "nodded", "nods", "paused", "pauses", "winced", "winces",
        "smirked", "smirks", "frowned", "frowns", "beamed", "beams", "demurred", "demurs",
    ]
    /// `put it`, `puts it`: `Hale put it this way.`, `As Lee put it bluntly:` (the `as` form
    /// is `PutItRule`'s).
    static let put: WordClass = ["put", "puts"]
    static let it: WordClass = ["it"]
    /// `went further`, `went a step further`, `goes even further`.
    static let go: WordClass = ["went", "goes", "go"]
    static let further: WordClass = ["further", "farther"]
    /// `didn't mince words`, `minced no words`; `pulled no punches`; `held nothing back`,
    /// `didn't hold back`.
    static let mince: WordClass = ["mince", "minced", "minces"]
    static let words: WordClass = ["words"]
    static let pull: WordClass = ["pull", "pulled", "pulls"]
    static let punches: WordClass = ["punches"]
    static let hold: WordClass = ["hold", "held", "holds"]
    static let back: WordClass = ["back"]
    /// `pushed back`, `hit back`, `weighed in`, `chimed in`: answering or joining in.
    static let backVerbs: WordClass = ["pushed", "pushes", "hit", "hits", "struck", "strikes", "fought", "fights"]
    static let inVerbs: WordClass = ["weighed", "weighs", "chimed", "chimes"]
    static let inWord: WordClass = ["in"]
    /// `opened her speech with a joke`, `ended with a warning`: how a speech began or closed.
    static let frameVerbs: WordClass = ["opened", "opens", "ended", "ends", "closed", "closes", "began", "begins", "concluded", "concludes"]
    /// `addressed the crowd`, `remembers the day well`: speaking to people, telling a memory.
    static let addressVerbs: WordClass = ["addressed", "addresses", "remembers", "remembered"]
    /// `doesn't see it that way`, `sees it differently`.
    static let see: WordClass = ["see", "sees", "saw"]
    /// `wasn't buying it`, `was having none of it`, `begged to differ`.
    static let buying: WordClass = ["buying", "having"]
    static let differ: WordClass = ["differ"]
    static let beg: WordClass = ["begged", "begs"]
    /// `summed it up`, `summed up the mood`.
    static let sum: WordClass = ["summed", "sums"]
    /// Verbs that give or hold a view: `had a simpler explanation`, `offered a different take`,
    /// `took a harder line`, `struck a defiant tone`, `sounded a note of caution`.
    static let holdVerbs: WordClass = [
        "had", "has", "offered", "offers", "gave", "gives", "took", "takes", "struck", "strikes",
        "sounded", "sounds", "voiced", "voices", "expressed", "expresses",
    ]
    /// Verbs whose view needs no determiner (`expressed concern`, `voiced doubts`).
    static let voice: WordClass = ["voiced", "voices", "expressed", "expresses"]
    /// The views themselves (the object of `holdVerbs`, after a determiner and at most three
    /// modifiers).
    static let views: WordClass = [
        "take", "view", "answer", "explanation", "response", "reaction", "assessment", "verdict",
        "prediction", "warning", "theory", "suggestion", "advice", "retort", "comeback", "message",
        "description", "interpretation", "perspective", "diagnosis", "reply", "rebuttal", "line",
        "tack", "stance", "tone", "note", "outlook", "forecast", "analysis", "version",
        "account", "recollection", "memory", "opinion", "caution", "concern", "concerns", "doubts",
        "criticism", "praise", "plea", "appeal", "challenge", "promise", "pledge", "reminder", "joke",
        "quip", "anecdote", "story", "point", "argument", "case", "words", "stage", "podium", "microphone",
        "floor", "questions",
    ]
    static let viewDeterminers: WordClass = ["a", "an", "his", "her", "their", "this", "the", "another", "some", "no"]
    /// `was asked about the ruling`: a question put to the subject, whose answer follows.
    static let questionCopulas: WordClass = ["was", "is"]
    static let questioned: WordClass = ["asked", "pressed", "questioned", "quizzed", "challenged"]
    /// Auxiliaries and adverbs between a subject and its predicate (`Pike did not`, `Pike then`).
    static let auxiliaries: WordClass = [
        "did", "does", "do", "has", "had", "have", "would", "could", "will", "can", "may", "might",
        "also", "then", "later", "again", "too", "still", "just", "quickly", "simply", "at", "for", "in", "on",
    ]
    /// Every word a manner predicate may open with: one test per token skips the rest
    /// (`MannerPredicateReader` scans whole sentences before a quotation).
    static let heads = WordClass(
        copulas.words.union(gestures.words).union(put.words).union(go.words).union(mince.words).union(pull.words)
            .union(hold.words).union(beg.words).union(sum.words).union(backVerbs.words).union(inVerbs.words)
            .union(holdVerbs.words).union(frameVerbs.words).union(addressVerbs.words).union(see.words)
            .union(questionCopulas.words))
    /// Negation words: `didn't`, `did not`, `wasn't`.
    static let negation: WordClass = ["not", "n't", "no", "never"]
}
