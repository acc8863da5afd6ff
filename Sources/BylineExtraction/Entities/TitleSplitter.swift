/// Finds a title inside a run of capitalised words: `Russian President` in
/// `Russian President Vladimir Putin`, `U.S. Secretary of State` in
/// `U.S. Secretary of State Rex Tillerson`. A title has a head word (`President`,
/// `Minister`, `Mr.`) and may take modifiers, nationality adjectives and a country before it.
struct TitleSplitter {
    let context: RecognitionContext

    struct Split {
        /// Tokens before the title that are a name of their own (`Bank of England` Governor...).
        var before: Range<Int>
        var title: Range<Int>
        var name: Range<Int>
    }

    func split(_ chunk: Range<Int>) -> Split? {
        guard let head = chunk.first(where: { context.facts[$0].contains(.titleHead) }) else { return nil }
        var start = head
        while start > chunk.lowerBound, isTitlePart(start - 1, beforeHead: true) { start -= 1 }
        var end = head + 1
        while end < chunk.upperBound,
            !context.facts[end].isDisjoint(with: [.titleHead, .titleModifier])
        {
            end += 1
        }
        // `of` must not be the last word of the title.
        while end > head + 1, context.tokens[end - 1].text == "of" { end -= 1 }
        return Split(before: chunk.lowerBound..<start, title: start..<end, name: end..<chunk.upperBound)
    }

    private func isTitlePart(_ index: Int, beforeHead: Bool) -> Bool {
        let facts = context.facts[index]
        if !facts.isDisjoint(with: [.titleModifier, .titleHead]) || facts.isDemonym { return true }
        // A country before the title: `U.S. Secretary`; `Syria's` is cut off by the possessive.
        return !facts.isDisjoint(with: [.acronym, .country])
    }
}
