/// One name found in the text before linking: its tokens, the title read before it, and
/// the evidence it brings for each type.
struct Candidate: Sendable {
    /// Token indices of the name itself (no title, no possessive).
    var tokens: Range<Int>
    var span: TextSpan
    /// The name as written, tokens joined by single spaces (the lexicons' key form).
    var key: String
    /// The words of `key`.
    var words: [String]
    var title: String?
    var titleGender: RecognizedEntity.Gender?
    var votes: TypeVotes
    /// A full name this short form stands for (`U.S.` -> `United States`), from the acronym list.
    var expansion: String?

    var tokenCount: Int { tokens.count }
}
