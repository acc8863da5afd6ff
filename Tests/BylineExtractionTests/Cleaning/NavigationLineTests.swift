import BylineExtraction
import Testing

@Suite struct NavigationLineTests {
    func isNavigation(_ text: String, padded: Bool = false) -> Bool {
        NavigationLine.isNavigation(TextNormalizer.Line(text: text, hadSpacePadding: padded))
    }

    @Test(arguments: [
        "Home | World | Business | Sport", "Shop | Subscribe", "Login | Register", "Share Tweet Email",
        "Skip to main content", "Subscribe Donate Podcasts", "Advertisement", "Archive » Politics » Europe",
    ])
    func menus_areNavigation(_ line: String) {
        #expect(isNavigation(line))
    }

    @Test func paddedShortLine_isNavigation() {
        #expect(isNavigation("Our Work Friends", padded: true))
    }

    @Test(arguments: [
        "Council Approves New Budget For Schools", "The mayor said the vote was close.",
        "Stocks fall as oil prices climb | Markets wrap-up and what comes next", "Share prices fell sharply on Monday.",
        "News", "Home Secretary Visits Flood Zone",
    ])
    func headlinesAndSentences_areNotNavigation(_ line: String) {
        #expect(!isNavigation(line))
    }
}
