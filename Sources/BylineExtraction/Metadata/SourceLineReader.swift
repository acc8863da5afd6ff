/// Reads the line republishers print to credit the original: `[Source: By A and B, OUTLET,
/// 12Apr17]`, `Source: Reuters`, `(Source: The Guardian, April 12, 2017)`, `Originally
/// published by OUTLET on DATE`.
public enum SourceLineReader {
    public static func read(_ text: String) -> Byline? {
        switch text.utf8.first {
        case UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "S"), UInt8(ascii: "s"), UInt8(ascii: "V"),
            UInt8(ascii: "v"), UInt8(ascii: "O"), UInt8(ascii: "o"), UInt8(ascii: "F"), UInt8(ascii: "f"):
            break
        default:
            return nil
        }
        guard mayStartWithLabel(text) else { return nil }
        var body = text.trimming(" ")
        var bracketed = false
        // In simple text (`ScalarText`) the first and last characters are the first and
        // last bytes here; other text takes the `Character` test.
        let simpleInner = ScalarText.withSimpleBytes(body) { bytes -> String? in
            guard let first = bytes.first, let last = bytes.last,
                (first == UInt8(ascii: "[") && last == UInt8(ascii: "]")) || (first == UInt8(ascii: "(") && last == UInt8(ascii: ")"))
            else { return nil }
            return ScalarText.string(bytes, 1..<(bytes.count - 1))
        }
        if let simpleInner {
            if let inner = simpleInner {
                body = inner
                bracketed = true
            }
        } else if let first = body.first, let last = body.last, (first == "[" && last == "]") || (first == "(" && last == ")") {
            body = String(body.dropFirst().dropLast())
            bracketed = true
        }
        // Characters never outnumber bytes: the count is taken only for long text.
        guard body.utf8.count <= 300 || body.count <= 300 else { return nil }
        guard let (label, rest) = labelAndRest(body) else { return nil }
        if label < creditLabels.count {
            // "Source: NATO." under a chart credits data, not the story: without brackets,
            // only a line naming authors or a date is a credit line.
            guard let byline = BylineReader.pieces(rest) else { return nil }
            return bracketed || !byline.authors.isEmpty || byline.date != nil ? byline : nil
        }
        var byline = Byline()
        let words = DateTokens.split(rest)
        if let found = DateScanner.first(inTokens: words) {
            byline.date = found.date
            let outletWords = words[..<found.tokens.lowerBound].filter { !["on", "in"].contains($0.lowercased()) }
            byline.outlet = OutletName(outletWords.joined(separator: " "))
        } else {
            byline.outlet = OutletName(rest)
        }
        return byline.isEmpty ? nil : byline
    }

    static let creditLabels = ["source:", "sources:", "source -", "via:"]
    static let labels = creditLabels + publishedLabels
    static let labelStarts = ["source", "via:", "originally published ", "first published "]
    static let publishedLabels = [
        "originally published by ", "originally published in ", "first published by ", "first published in ",
    ]

    /// The first label (an index into `creditLabels + publishedLabels`) that the lowercased
    /// body starts with, and the body after it. On simple text (`ScalarText`) the labels,
    /// all ASCII, are compared with the bytes without case: there a character is one scalar
    /// and none but an ASCII letter lowercases to one, so the answer is the lowercased
    /// string's, without lowercasing the whole line.
    static func labelAndRest(_ body: String) -> (label: Int, rest: String)? {
        if let simple = ScalarText.withSimpleBytes(body, { bytes -> (label: Int, rest: String)? in
            for (index, label) in labels.enumerated() where ByteSearch.hasPrefixIgnoringASCIICase(bytes, label) {
                return (index, ScalarText.string(bytes, label.utf8.count..<bytes.count))
            }
            return nil
        }) {
            return simple
        }
        let lower = body.lowercased()
        for (index, label) in labels.enumerated() where lower.hasPrefix(label) {
            return (index, String(body.dropFirst(label.count)))
        }
        return nil
    }

    /// A cheap necessary condition, from the bytes: after leading spaces and perhaps one
    /// opening bracket, a label's first word. Most paragraphs starting with S, F, O or V
    /// fail it before any `String` work.
    static func mayStartWithLabel(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            if start < bytes.count, bytes[start] == UInt8(ascii: "[") || bytes[start] == UInt8(ascii: "(") { start += 1 }
            let rest = UnsafeBufferPointer(rebasing: bytes[start...])
            return labelStarts.contains {
                ByteSearch.hasPrefixIgnoringASCIICase(rest, $0)
            }
        } ?? true
    }
}
