import Testing
@testable import BylineExtraction

@Suite struct ASCIIBytesTests {
    @Test func agreesWithTheByteByByteDefinition() {
        let samples = ["", "plain words", "Zoë", "naïve café", "\u{7F}", "tab\there", "東京", "emoji 🎉", "end\u{80}"]
        for sample in samples {
            let bytes = Array(sample.utf8)
            #expect(ASCIIBytes.areASCII(bytes) == bytes.allSatisfy { $0 < 0x80 }, "\(sample)")
        }
    }

    @Test func highByteAnywhere_isNotASCII() {
        for position in 0..<40 {
            var bytes = [UInt8](repeating: 0x61, count: 40)
            bytes[position] = 0x80
            #expect(!ASCIIBytes.areASCII(bytes))
            #expect(!ASCIIBytes.areASCII(bytes[position...]))
        }
    }
}
