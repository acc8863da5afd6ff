import BylineCorpus
import BylineModel
import Testing

/// The cleaner's metadata as the API shows it, through a real load.
@Suite struct ArticleMetadataLoadingTests {
    let loader = CorpusLoader(options: LoadOptions(allowEmpty: true))

    @Test func plainFile_hasNullMetadata() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("plain.txt", "Ferry Service Resumes\n\nThe ferry ran again on Monday.\n\nPassengers cheered.")
        let article = try #require(try loader.load(directory: corpus.path).snapshot.article(id: "ferry-service-resumes"))
        #expect(article.authors.isEmpty)
        #expect([article.outlet, article.outletFull, article.publisher, article.section, article.publishedAt,
                 article.republishedAt].allSatisfy { $0 == nil })
        #expect(article.paragraphs == ["The ferry ran again on Monday.", "Passengers cheered."])
        #expect(article.wordCount == 8)
    }

    @Test func republishedFile_fillsEveryField() throws {
        let corpus = try TemporaryCorpus()
        let raw = "Coastal Archive\n\u{00A0} \u{00A0} \u{00A0} Shop | Donate\n\n"
            + "Mayor Signs Harbour Deal\n\n"
            + "The mayor signed the harbour deal on Friday.\n\n"
            + "[Source: By Ana Ruiz and Ben Cole, WRN World Radio Network, 7Jun21]\n\n"
            + "City Affairs\n"
            + "This document has been published on 9Jun21 by the Coastal Archive. All rights reserved.\n"
        try corpus.write("deal.txt", raw)
        let article = try #require(try loader.load(directory: corpus.path).snapshot.article(id: "mayor-signs-harbour-deal"))
        #expect(article.authors == ["Ana Ruiz", "Ben Cole"])
        #expect(article.outlet == "WRN")
        #expect(article.outletFull == "WRN World Radio Network")
        #expect(article.publisher == "Coastal Archive")
        #expect(article.section == "City Affairs")
        #expect(article.publishedAt == "2021-06-07")
        #expect(article.republishedAt == "2021-06-09")
        #expect(article.text == "The mayor signed the harbour deal on Friday.")
    }
}
