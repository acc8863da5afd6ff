import Testing

@testable import BylineExtraction

/// Blocks are the maximal runs of non-blank lines, read as ranges of the page's lines; the
/// header and the body are read from slices of that one array.
@Suite struct TextBlocksTests {
    static func lines(_ texts: [String]) -> [TextNormalizer.Line] { texts.map { TextNormalizer.Line(text: $0) } }

    @Test func ranges_areTheRunsOfNonBlankLines() {
        #expect(TextBlocks.ranges(Self.lines(["", "a", "b", "", "", "c", ""])) == [1..<3, 5..<6])
        #expect(TextBlocks.ranges(Self.lines(["a"])) == [0..<1])
        #expect(TextBlocks.ranges(Self.lines(["", ""])) == [])
        #expect(TextBlocks.ranges([]) == [])
    }

    @Test func header_afterMenusInALaterBlock_readsTitleAndBodyFromSlices() throws {
        let lines = Self.lines([
            "", "Daily Planet", "Home | World | Sport | Contact", "", "Home | News | Radio", "Mayor Opens New Bridge",
            "The bridge opened on Monday after three years of work.", "", "Crowds gathered on both banks.", "",
        ])
        let header = try #require(Header.read(lines, blocks: TextBlocks.ranges(lines)))
        #expect(header.title == "Mayor Opens New Bridge")
        #expect(header.siteName == "Daily Planet")
        #expect(header.bodyParagraphs() == [
            "The bridge opened on Monday after three years of work.", "Crowds gathered on both banks.",
        ])
    }

    @Test func paragraphs_appendedPerBlock_equalThoseOfEachBlock() {
        let block = Self.lines([
            "A hard-wrapped paragraph runs on over several lines of",
            "about the same length, as plain-text mail and wire copy",
            "still do.",
        ])
        var appended = ["before"]
        TextBlocks.appendParagraphs(of: block[...], to: &appended)
        #expect(appended == ["before"] + TextBlocks.paragraphs(of: block))
        #expect(TextBlocks.paragraphs(of: block).count == 1)
    }
}
