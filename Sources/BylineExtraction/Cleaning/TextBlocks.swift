/// Normalised lines grouped into blocks (runs of lines between blank lines), and blocks
/// turned into paragraphs.
enum TextBlocks {
    /// The blocks as ranges of `lines` (maximal runs of non-blank lines): the cleaner reads
    /// them as slices of the one array, with no array made per block.
    static func ranges(_ lines: [TextNormalizer.Line]) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        // Blocks are separated by blank lines: never more than half the lines, rounded up.
        // Room for them all at once (grown by appends, the array was made four or five times).
        blocks.reserveCapacity((lines.count + 1) / 2)
        var start = 0
        for index in 0...lines.count where index == lines.count || lines[index].text.isEmpty {
            if index > start { blocks.append(start..<index) }
            start = index + 1
        }
        return blocks
    }

    /// A block's paragraphs. Lines of a hard-wrapped paragraph are all about as long as the
    /// longest and join with spaces; otherwise (lines that each end a sentence, a label above
    /// a notice) each line is a paragraph. Navigation lines are dropped either way.
    static func paragraphs(of block: [TextNormalizer.Line]) -> [String] {
        var paragraphs: [String] = []
        appendParagraphs(of: block[...], to: &paragraphs)
        return paragraphs
    }

    /// `paragraphs(of:)` appended to `paragraphs`: the cleaner collects every block's
    /// paragraphs in one array, without an array per block.
    static func appendParagraphs(of block: ArraySlice<TextNormalizer.Line>, to paragraphs: inout [String]) {
        // Most blocks are one line (a paragraph): no arrays to filter and map.
        if block.count == 1 {
            if let line = block.first, !NavigationLine.isNavigation(line) { paragraphs.append(line.text) }
            return
        }
        let lines = block.filter { !NavigationLine.isNavigation($0) }.map(\.text)
        guard lines.count > 1 else {
            paragraphs.append(contentsOf: lines)
            return
        }
        let body = lines.dropLast()
        if body.allSatisfy(NavigationLine.endsSentence) {
            paragraphs.append(contentsOf: lines)
            return
        }
        let counts = lines.map(ScalarText.characterCount)
        let longest = counts.max() ?? 0
        let wrapped = counts.dropLast().allSatisfy { $0 >= max(20, longest / 2) }
        if wrapped { paragraphs.append(lines.joined(separator: " ")) } else { paragraphs.append(contentsOf: lines) }
    }
}
