/// Sieve rule for descriptive speakers: `the secretary of state said` resolves to the person
/// whose title matches, either from the titles the recognizer recorded or from the words
/// written before one of that person's mentions (`Secretary of State Rex Tillerson`). Only
/// definite descriptions are resolved; `officials` or `a spokesman` name nobody.
struct TitleResolver {
    let context: AttributionContext

    func resolve(_ phrase: SpeakerPhrase, in index: EntityIndex) -> Int? {
        let range = phrase.tokens
        guard range.count >= 2, context.lower(range.lowerBound) == "the" else { return nil }
        let position = context.tokens[range.lowerBound].span.start
        // `the alliance` after `the Countryside Alliance`: the organization named by its head.
        if range.count == 2 {
            let head = context.lower(range.lowerBound + 1)
            for mention in index.mentions(before: position).prefix(40)
            where index.entities[mention.entity].type == .organization {
                // The name's last word lowered, compared without lowering the name into a string.
                if EntityIndex.lastWord(of: index.entities[mention.entity].name, lowersTo: head) {
                    return mention.entity
                }
            }
        }
        // Tested on the tokens before any string is built (`isListed` answers what the
        // lists answer for the lowered word): most descriptions hold no role or title.
        guard (range.lowerBound + 1..<range.upperBound).contains(where: {
            context.isListed($0, in: SpeakerWords.roleNouns) || context.isListed($0, in: SpeakerWords.titles)
        }) else {
            return nil
        }
        let words = (range.lowerBound + 1..<range.upperBound).map { context.lower($0) }
        let role = words.joined(separator: " ")
        for mention in index.mentions(before: position).prefix(40) where index.entities[mention.entity].type == .person {
            if index.entities[mention.entity].titles.contains(where: { ASCIISearch.contains(ASCIICase.lowercased($0), role) }) {
                return mention.entity
            }
            if mayPrecede(mention.span, role: words), ASCIISearch.contains(titleBefore(mention.span), role) { return mention.entity }
        }
        return nil
    }

    /// A cheap necessary condition for `titleBefore(span).contains(role)`, tested before the
    /// string is built: a one-word role lies inside one of the words, and a longer one ends
    /// with its last word at the start of one of them.
    private func mayPrecede(_ span: TextSpan, role words: [String]) -> Bool {
        guard let last = words.last else { return true }
        let first = context.tokenIndex(atOrAfter: span.start)
        let inside = words.count == 1
        var needle = last
        return needle.withUTF8 { needle in
            context.units.withUnsafeBufferPointer { units in
                (max(0, first - 5)..<first).contains { index in
                    if let answer = lowered(index, units, has: needle, anywhere: inside) { return answer }
                    return inside ? ASCIISearch.contains(context.lower(index), last) : context.lower(index).hasPrefix(last)
                }
            }
        }
    }

    /// `mayPrecede`'s test on the token's code units, without lowering it into a `String`:
    /// whether `lower(index)` contains `needle` (or starts with it), when both are ASCII
    /// without carriage returns (every byte a character, equal to no other, as
    /// `ASCIISearch` has it); nil otherwise, and the strings answer.
    private func lowered(_ index: Int, _ units: UnsafeBufferPointer<UInt16>, has needle: UnsafeBufferPointer<UInt8>, anywhere: Bool) -> Bool? {
        let span = context.tokens[index].span
        let shape = context.tokens[index].shape
        let folding = shape.contains(.capitalized) || shape.contains(.allCaps)
        var bits: UInt16 = 0
        for i in span.start..<span.end {
            bits |= units[i]
            if units[i] == 0x0D { return nil }
        }
        var needleBits: UInt8 = 0
        for byte in needle {
            needleBits |= byte
            if byte == 0x0D { return nil }
        }
        guard bits < 0x80, needleBits < 0x80, !needle.isEmpty else { return nil }
        let count = span.end - span.start
        guard needle.count <= count else { return false }
        let lastStart = anywhere ? count - needle.count : 0
        for offset in 0...lastStart {
            var k = 0
            while k < needle.count {
                let unit = units[span.start + offset + k]
                let lowered = folding && unit &- 0x41 < 26 ? unit | 0x20 : unit
                if lowered != UInt16(needle[k]) { break }
                k += 1
            }
            if k == needle.count { return true }
        }
        return false
    }

    /// The lower-cased words right before a mention (`u.s. secretary of state`).
    private func titleBefore(_ span: TextSpan) -> String {
        let first = context.tokenIndex(atOrAfter: span.start)
        let start = max(0, first - 5)
        guard start < first else { return "" }
        return (start..<first).map { context.lower($0) }.joined(separator: " ")
    }
}
