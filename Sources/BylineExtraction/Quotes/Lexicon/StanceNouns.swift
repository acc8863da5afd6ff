/// Nouns for what a person says or stands for, owned by a possessor: `Trump's "Make America
/// Great Again" rallying cry`, `Clinton's call to "make America whole again"`.
enum StanceNouns {
    /// Nouns a quotation may label from before: `Obama's "if you like your plan" promise`.
    static let labels: Set<String> = [
        "slogan", "slogans", "promise", "promises", "pledge", "vow", "cry", "mantra", "motto",
        "catchphrase", "tagline", "line", "phrase", "remark", "remarks", "comment", "comments",
        "message", "refrain", "policy", "plan", "proposal", "agenda", "doctrine", "pitch", "claim",
        "claims", "call", "theme", "rhetoric", "description", "quip", "boast", "warning", "insult",
        "nickname", "declaration", "characterization", "label", "speech", "tweet",
    ]
    /// Nouns whose complement a quotation may be: `Obama's rejection of "a politics of
    /// cynicism"`, `Clinton's broadside against "printing money"`, `Trump's pledge to be "neutral"`.
    static let acts: Set<String> = [
        "call", "calls", "claim", "claims", "promise", "promises", "pledge", "pledges", "vow", "vows",
        "rejection", "broadside", "attack", "attacks", "criticism", "condemnation", "denunciation",
        "description", "characterization", "suggestion", "assertion", "insistence", "remark",
        "remarks", "comment", "comments", "warning", "warnings", "plea", "demand", "demands",
        "proposal", "appeal", "defense", "defence", "lament", "argument", "accusation", "charge",
        "statement", "tweet", "speech", "message", "words", "slogan", "embrace", "endorsement",
        "dismissal", "mockery", "request", "invocation", "reference", "references", "use", "praise",
        "prediction", "threat", "boast", "complaint", "denial", "admission", "apology",
    ]
}
