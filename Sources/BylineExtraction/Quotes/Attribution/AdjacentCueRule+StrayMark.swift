/// `"... he's like 6'2”,” Rubio said`: a writer's inches mark (or a slip) closed the quotation
/// one mark early, and the real closing mark follows the comma. That second mark opens no
/// quotation; the cue after it is still the one beside the quotation.
extension AdjacentCueRule {
    /// Whether the token at `index` is a right double quotation mark (U+201D) that opens no
    /// quotation. Only the curly closing form: a straight `"` after a comma is as likely to open
    /// the next quotation (`"Yes," "no," they said`).
    static func isStrayClosingMark(_ index: Int, _ context: AttributionContext) -> Bool {
        guard context.tokens.indices.contains(index), context.tokens[index].kind == .punctuation else { return false }
        let span = context.tokens[index].span
        guard span.end - span.start == 1, context.units[span.start] == 0x201D else { return false }
        return !context.quotes.contains { $0.openMark.start == span.start }
    }
}
