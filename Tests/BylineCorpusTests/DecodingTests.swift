import BylineCorpus
import Testing

@Suite struct DecodingTests {
    let loader = CorpusLoader(options: LoadOptions(allowEmpty: true))

    @Test func byteOrderMark_isStripped() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Marked Title\n\nBody.".utf8))
        let result = try loader.load(directory: corpus.path)
        #expect(result.snapshot.articleSummary(id: "marked-title")?.title == "Marked Title")
        #expect(result.issues.isEmpty)
    }

    @Test func windows1252_isDecoded_withAWarningNamingTheFile() throws {
        let corpus = try TemporaryCorpus()
        // "Café Owner Speaks", then “Closed”, said René – in Windows-1252.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" Owner Speaks\n\n".utf8)
            + [0x93] + Array("Closed".utf8) + [0x94] + Array(", said Ren".utf8) + [0xE9, 0x20, 0x96] + Array(" briefly.".utf8)
        let path = try corpus.write("legacy.txt", bytes: bytes)
        let result = try loader.load(directory: corpus.path)
        let article = try #require(result.snapshot.article(id: "cafe-owner-speaks"))
        #expect(article.title == "Café Owner Speaks")
        #expect(article.text == "\u{201C}Closed\u{201D}, said René \u{2013} briefly.")
        #expect(result.issues == [LoadIssue(path: path, reason: .decodedAsWindows1252)])
    }

    @Test func utf16WithByteOrderMark_isDecoded() throws {
        let corpus = try TemporaryCorpus()
        let units = Array("Wide Title\n\nBody text.".utf16)
        try corpus.write("wide.txt", bytes: [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try loader.load(directory: corpus.path).snapshot.articleSummary(id: "wide-title") != nil)
    }

    @Test(arguments: [
        [UInt8]([0x00, 0x01, 0x02, 0x03]), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00],
        [0x1F, 0x8B, 0x08, 0x08, 0x01, 0x02, 0x03, 0x04],
    ])
    func binaryBytes_areNotText(_ bytes: [UInt8]) {
        #expect(throws: TextFileDecoder.Failure.notText) { try TextFileDecoder.decode(bytes) }
    }

    @Test func crlfFile_readsLikeLF() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("crlf.txt", "Line Endings\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n")
        let article = try loader.load(directory: corpus.path).snapshot.article(id: "line-endings")
        #expect(article?.paragraphs == ["First paragraph.", "Second paragraph."])
        #expect(article?.text == "First paragraph.\n\nSecond paragraph.")
    }
}
