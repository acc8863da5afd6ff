import BylineModel

/// One article's JSON in two parts: the encoding of everything but the text (with
/// `"paragraphs":[]` and `"text":""`), and the JSON-escaped text to splice in at both places
/// (`paragraphs` is the text cut at its blank lines). Storing the text once halves what the
/// corpus costs in memory; assembling is a copy and one scan, no encoder.
struct EncodedArticle: Sendable {
    var skeleton: [UInt8]
    var escapedText: [UInt8]
    /// Where the paragraph strings go in `skeleton` (just after `"paragraphs":[`).
    var paragraphsAt: Int
    /// Where the text goes in `skeleton` (just after `"text":"`).
    var textAt: Int

    init(_ article: Article) {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(article.text.utf8.count + 64)
        JSONWriter.escape(article.text, into: &escaped)
        self.init(article, escapedText: escaped)
    }

    /// With the text already escaped (`article.text` is not read).
    init(_ article: Article, escapedText: [UInt8]) {
        (skeleton, paragraphsAt, textAt, _) = ArticleJSON.skeleton(article)
        self.escapedText = escapedText
    }

    /// The article's JSON from its stored parts.
    static func assemble(skeleton: ArraySlice<UInt8>, text: ArraySlice<UInt8>, paragraphsAt: Int, textAt: Int) -> [UInt8] {
        let base = skeleton.startIndex
        var out: [UInt8] = []
        out.reserveCapacity(skeleton.count + text.count * 2 + 16)
        out.append(contentsOf: skeleton[..<(base + paragraphsAt)])
        if !text.isEmpty {
            out.append(UInt8(ascii: "\""))
            // Paragraphs hold no line breaks, so every escaped "\n\n" is a paragraph break.
            var index = text.startIndex
            while index < text.endIndex {
                let byte = text[index]
                if byte == UInt8(ascii: "\\"), index + 1 < text.endIndex {
                    if text[index + 1] == UInt8(ascii: "n") {
                        out.append(contentsOf: #"",""#.utf8)
                        index += 4
                        continue
                    }
                    out.append(byte)
                    out.append(text[index + 1])
                    index += 2
                    continue
                }
                out.append(byte)
                index += 1
            }
            out.append(UInt8(ascii: "\""))
        }
        out.append(contentsOf: skeleton[(base + paragraphsAt)..<(base + textAt)])
        out.append(contentsOf: text)
        out.append(contentsOf: skeleton[(base + textAt)...])
        return out
    }
}
