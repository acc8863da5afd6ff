extension SpeechVerbLexicon {
    /// Verbs of manner of speaking that news writing uses as the cue of a quotation
    /// (`"...," he fumed`, `"...," scoffed the senator`, `she gloated: "..."`), from the
    /// standard lists of English reporting verbs. Only the inflected forms that are verbs in
    /// running text are listed: `pressed` and `snapped` are cues, `press` and `snap` are
    /// mostly nouns (`press secretary`). They cue direct quotations only: none takes a bare
    /// content clause, so reported speech stays with the verbs of saying.
    static let mannerForms: [String: String] = {
        let lemmas: [(String, [String])] = [
            ("fume", ["fumed", "fumes"]), ("press", ["pressed"]), ("snap", ["snapped"]),
            ("gloat", ["gloated", "gloats"]), ("scoff", ["scoffed", "scoffs"]),
            ("huff", ["huffed"]), ("sniff", ["sniffed"]), ("bark", ["barked"]),
            ("snarl", ["snarled"]), ("thunder", ["thundered", "thunders"]), ("crow", ["crowed"]),
            ("gush", ["gushed", "gushes"]), ("rave", ["raved"]), ("plead", ["pleaded", "pleads"]),
            ("implore", ["implored", "implores"]), ("beg", ["begged"]), ("sneer", ["sneered"]),
            ("bellow", ["bellowed"]), ("yell", ["yelled"]), ("scream", ["screamed"]),
            ("holler", ["hollered"]), ("sigh", ["sighed", "sighs"]), ("groan", ["groaned"]),
            ("moan", ["moaned"]), ("whine", ["whined"]), ("stammer", ["stammered"]),
            ("blurt", ["blurted"]), ("interject", ["interjected", "interjects"]),
            ("interrupt", ["interrupted"]), ("chuckle", ["chuckled", "chuckles"]),
            ("laugh", ["laughed", "laughs"]), ("deadpan", ["deadpanned", "deadpans"]),
            ("tease", ["teased"]), ("taunt", ["taunted"]), ("needle", ["needled"]),
            ("rail", ["railed"]), ("rant", ["ranted"]), ("seethe", ["seethed"]),
            ("vent", ["vented"]), ("confide", ["confided"]), ("confess", ["confessed"]),
            ("email", ["emailed", "e-mailed"]), ("text", ["texted"]),
            ("elaborate", ["elaborated"]), ("intone", ["intoned"]), ("aver", ["averred"]),
            ("inquire", ["inquired"]), ("query", ["queried"]), ("lecture", ["lectured"]),
            ("hiss", ["hissed"]), ("growl", ["growled"]), ("cheer", ["cheered"]),
            ("beam", ["beamed"]), ("enthuse", ["enthused"]), ("rejoice", ["rejoiced"]),
            ("grouse", ["groused"]), ("carp", ["carped"]), ("wail", ["wailed"]),
            ("cry", ["cried"]), ("exult", ["exulted"]), ("coo", ["cooed"]),
            ("announce", ["announced"]),
            ("challenge", ["challenged"]), ("prod", ["prodded"]),
            ("reassure", ["reassured"]), ("caution", ["cautioned"]), ("scribble", ["scribbled"]),
            ("post", ["posted"]), ("snipe", ["sniped"]),
            ("echo", ["echoed", "echoes"]), ("brag", ["bragged", "brags"]),
            ("boom", ["boomed"]), ("shriek", ["shrieked"]),
            ("jeer", ["jeered"]), ("heckle", ["heckled"]), ("mumble", ["mumbled", "mumbles"]),
            ("stutter", ["stuttered"]), ("grunt", ["grunted"]), ("snort", ["snorted"]),
            ("sob", ["sobbed"]), ("reminisce", ["reminisced"]), ("riff", ["riffed"]),
            ("rhapsodize", ["rhapsodized"]), ("wisecrack", ["wisecracked"]),
            ("retweet", ["retweeted"]), ("interrupt", ["interrupts"]),
            ("editorialize", ["editorialized"]),
        ]
        var forms: [String: String] = [:]
        for (lemma, words) in lemmas {
            for word in words { forms[word] = lemma }
        }
        return forms
    }()
}
