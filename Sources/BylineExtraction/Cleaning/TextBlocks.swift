/// Normalised lines grouped into blocks (runs of lines between blank lines), and blocks
/// turned into paragraphs.
enum TextBlocks {
    static func split(_ lines: [TextNormalizer.Line]) -> [[TextNormalizer.Line]] {
        var blocks: [[TextNormalizer.Line]] = []
        var current: [TextNormalizer.Line] = []
        for line in lines {
            if line.text.isEmpty {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// A block's paragraphs. Lines of a hard-wrapped paragraph are all about as long as the
    /// longest and join with spaces; otherwise (lines that each end a sentence, a label above
    /// a notice) each line is a paragraph. Navigation lines are dropped either way.
    static func paragraphs(of block: [TextNormalizer.Line]) -> [String] {
        // Most blocks are one line (a paragraph): no arrays to filter and map.
        if block.count == 1 { return NavigationLine.isNavigation(block[0]) ? [] : [block[0].text] }
        let lines = block.filter { !NavigationLine.isNavigation($0) }.map(\.text)
        guard lines.count > 1 else { return lines }
        let body = lines.dropLast()
        if body.allSatisfy(NavigationLine.endsSentence) { return lines }
        let counts = lines.map(ScalarText.characterCount)
        let longest = counts.max() ?? 0
        let wrapped = counts.dropLast().allSatisfy { $0 >= max(20, longest / 2) }
        return wrapped ? [lines.joined(separator: " ")] : lines
    }
}
