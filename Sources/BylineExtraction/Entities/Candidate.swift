/// One name found in the text before linking: its tokens, the title read before it, and
/// the evidence it brings for each type.
struct Candidate: Sendable {
    /// Token indices of the name itself (no title, no possessive).
    var tokens: Range<Int>
    var span: TextSpan
    // No `key` or `words` `String`s: the linker compares the tokens' words as ids
    // (`LinkVocabulary`) and makes a key (`RecognitionContext.key`) only to report it.
    var title: String?
    var titleGender: RecognizedEntity.Gender?
    var votes: TypeVotes
    /// A full name this short form stands for (`U.S.` -> `United States`), from the acronym list.
    var expansion: String?

    var tokenCount: Int { tokens.count }
}
