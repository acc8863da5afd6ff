/// One stretch of reported speech: the content clause and the cue that reports it.
struct ReportedClause: Sendable, Hashable {
    var content: TextSpan
    var cue: Cue
}
