import Foundation
import Logging
import Testing

@testable import BylineLogging

@Suite struct LogLineTests {
    let line = LogLine(
        time: Date(timeIntervalSince1970: 0), level: .info, label: "byline", message: "said \"hi\"\n",
        metadata: ["url": "http://x", "count": .stringConvertible(3), "message": "cannot overwrite"])

    @Test func json_isOneParseableObjectPerLine() throws {
        let text = line.json()
        #expect(!text.contains("\n"))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(object?["message"] as? String == "said \"hi\"\n")
        #expect(object?["level"] as? String == "info")
        #expect(object?["url"] as? String == "http://x")
        #expect(object?["count"] as? String == "3")
        #expect(object?["time"] as? String == "1970-01-01T00:00:00.000Z")
    }

    @Test func text_isOneLineWithSortedMetadata() {
        #expect(line.text().hasPrefix("1970-01-01T00:00:00.000Z info byline: said"))
        #expect(line.text().hasSuffix("count=3 message=cannot overwrite url=http://x"))
        #expect(line.text() == "1970-01-01T00:00:00.000Z info byline: said \"hi\"\n count=3 message=cannot overwrite url=http://x")
    }
}
