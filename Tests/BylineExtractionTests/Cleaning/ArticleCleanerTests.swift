import BylineExtraction
import Testing

@Suite struct ArticleCleanerTests {
    @Test func plainTitleAndParagraphs_leaveMetadataNull() throws {
        let raw = """
            Council Approves New Budget

            The city council approved a budget of 4.5 million euros on Tuesday.

            "It was a hard year," said Mayor Ana López.

            The vote was close.
            """
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.title == "Council Approves New Budget")
        #expect(article.paragraphs.count == 3)
        #expect(article.metadata == ArticleMetadata())
    }

    @Test func bylineAndReutersDateline_giveAuthorsAndOutlet() throws {
        let raw = """
            Oil Prices Rise On Supply Fears

            By Jane Doe and Tomás Ruiz

            LONDON (Reuters) - Oil prices rose on Tuesday as traders weighed supply risks.

            Brent crude gained 2 percent.
            """
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.metadata.authors == ["Jane Doe", "Tomás Ruiz"])
        #expect(article.metadata.outlet == OutletName(short: "Reuters"))
        #expect(article.metadata.dateline?.location == "LONDON")
        #expect(article.paragraphs.first?.hasPrefix("LONDON (Reuters) - Oil prices") == true)
        #expect(article.paragraphs.count == 2)
    }

    @Test func republishedPage_losesHeaderSourceLineAndFooter() throws {
        let raw = "Harbour Watch\r\n\u{00A0} \u{00A0} \u{00A0} Books | Donate\r\nArchive | Harbour Watch\u{00A0} \u{00A0} \u{00A0}\r\n\r\n\r\n"
            + "Port Strike Enters Second Week\r\n\r\n"
            + "Dock workers in Valparaíso stayed off the job for an eighth day.\r\n\r\n"
            + "Union leaders said talks would resume on Monday.\r\n\r\n"
            + "[Source: By Marta Quintero, LNT Latin News Today, 3Mar19]\r\n\r\n"
            + "Books Donate Radio Harbour\r\n\r\n"
            + "Labour Affairs\r\n"
            + "logo imageThis document has been published on 05Mar19 by the Harbour Watch team. "
            + "All rights reserved.\r\n"
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.title == "Port Strike Enters Second Week")
        #expect(article.paragraphs == [
            "Dock workers in Valparaíso stayed off the job for an eighth day.",
            "Union leaders said talks would resume on Monday.",
        ])
        let metadata = article.metadata
        #expect(metadata.authors == ["Marta Quintero"])
        #expect(metadata.outlet == OutletName(short: "LNT", full: "LNT Latin News Today"))
        #expect(metadata.publisher == "Harbour Watch")
        #expect(metadata.section == "Labour Affairs")
        #expect(metadata.publishedAt?.iso == "2019-03-03")
        #expect(metadata.republishedAt?.iso == "2019-03-05")
    }

    @Test func dateAndSectionLines_underTheTitle_areMetadata() throws {
        let raw = """
            Storm Closes Schools

            Section: Weather

            Monday, 14 January 2019

            Jane Roe, Associated Press

            Schools across the region closed as the storm arrived.
            """
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.metadata.section == "Weather")
        #expect(article.metadata.publishedAt?.iso == "2019-01-14")
        #expect(article.metadata.authors == ["Jane Roe"])
        #expect(article.metadata.outlet?.short == "Associated Press")
        #expect(article.paragraphs == ["Schools across the region closed as the storm arrived."])
    }

    @Test func shortLastParagraph_isKeptWithoutAFooter() throws {
        let raw = "Title Here\n\nA first sentence of the story.\n\nAnother Thing Entirely"
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.paragraphs.count == 2)
        #expect(article.metadata.section == nil)
    }

    @Test func singleLineBreaks_betweenSentences_separateParagraphs() throws {
        let raw = "Headline\nFirst paragraph ends here.\nSecond paragraph ends here."
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.paragraphs == ["First paragraph ends here.", "Second paragraph ends here."])
    }

    @Test func hardWrappedLines_joinIntoOneParagraph() throws {
        let raw = "Headline\n\nThis paragraph was wrapped by an old mail\nprogram at a fixed width so that every line\nis about as long as the others are."
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.paragraphs.count == 1)
    }

    @Test func textWithoutATitle_isRejected() {
        #expect(ArticleCleaner.clean(String(repeating: "A very long first line. ", count: 20)) == nil)
        #expect(ArticleCleaner.clean("Home | News | Sport\n\n") == nil)
        #expect(ArticleCleaner.clean("...\n\n---") == nil)
    }

    @Test func datelineDay_takesTheYearOfTheRepublication() throws {
        let raw = """
            Senate Passes Budget Bill

            WASHINGTON, Apr. 12 (AP) - The Senate passed the bill on Wednesday after a long debate.

            The vote was 51 to 49.

            This page has been published on 13Apr17 by the Policy Archive.
            """
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.metadata.publishedAt?.iso == "2017-04-12")
        #expect(article.metadata.republishedAt?.iso == "2017-04-13")
        #expect(article.metadata.outlet?.short == "AP")
        #expect(article.paragraphs.count == 2)
    }

    @Test func datelineDayAfterTheRepublicationDay_isInTheYearBefore() throws {
        let raw = "Year-End Rally\n\nNEW YORK, December 30 (Reuters) - Stocks rose.\n\n"
            + "This page has been published on 2 January 2018 by the Market Archive."
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.metadata.publishedAt?.iso == "2017-12-30")
    }

    @Test func datelineDayWithoutAYear_leavesTheDateNull() throws {
        let raw = "Senate Passes Budget Bill\n\nWASHINGTON, April 12 (AP) - The Senate passed the bill.\n\nThe vote was close."
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.metadata.dateline?.month == 4)
        #expect(article.metadata.dateline?.day == 12)
        #expect(article.metadata.publishedAt == nil)
    }

    @Test func unmarkedBylineSigningOff_isACreditInTheFooter() throws {
        let raw = "Markets Rally\n\nStocks rose on Wednesday in New York.\n\nTraders said the gains were broad.\n\nJane Doe, Reuters"
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.paragraphs == ["Stocks rose on Wednesday in New York.", "Traders said the gains were broad."])
        #expect(article.metadata.authors == ["Jane Doe"])
        #expect(article.metadata.outlet?.short == "Reuters")
    }
}
