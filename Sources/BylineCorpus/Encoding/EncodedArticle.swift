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
        var shell = article
        shell.paragraphs = []
        shell.text = ""
        let skeleton = ResourceEncoder.encode(shell)
        // Inside JSON strings quotes are escaped, so these byte runs can only be the keys.
        let paragraphs = Array(#""paragraphs":["#.utf8)
        let emptyText = Array(#""text":""#.utf8)
        guard let p = Self.firstIndex(of: paragraphs, in: skeleton), let t = Self.firstIndex(of: emptyText, in: skeleton)
        else { preconditionFailure("an encoded Article always has the paragraphs and text keys") }
        self.skeleton = skeleton
        paragraphsAt = p + paragraphs.count
        textAt = t + emptyText.count
        escapedText = Array(ResourceEncoder.encode(article.text).dropFirst().dropLast())
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

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

/// Every article's JSON, stored as `EncodedArticle` parts in arenas.
struct ArticleStore: Sendable {
    private let skeletons: ByteArena
    private let texts: ByteArena
    private let paragraphsAt: [Int32]
    private let textAt: [Int32]

    init(_ articles: [EncodedArticle]) {
        skeletons = ByteArena(articles.map(\.skeleton))
        texts = ByteArena(articles.map(\.escapedText))
        paragraphsAt = articles.map { Int32($0.paragraphsAt) }
        textAt = articles.map { Int32($0.textAt) }
    }

    subscript(index: Int) -> [UInt8] {
        EncodedArticle.assemble(
            skeleton: skeletons[index], text: texts[index], paragraphsAt: Int(paragraphsAt[index]),
            textAt: Int(textAt[index]))
    }

    /// For each UTF-16 offset into article `index`'s text, the byte offset of the same place
    /// in its stored, escaped text (one walk for all of them); `nil` for an offset out of
    /// range or inside a character.
    func escapedOffsets(of index: Int, at offsets: [Int]) -> [Int?] {
        let text = texts[index]
        let wanted = offsets.enumerated().sorted { $0.element < $1.element }
        var result = [Int?](repeating: nil, count: offsets.count)
        var next = 0
        var units = 0
        var position = text.startIndex
        while next < wanted.count {
            while next < wanted.count, wanted[next].element < units { next += 1 }  // inside a character
            while next < wanted.count, wanted[next].element == units {
                result[wanted[next].offset] = position - text.startIndex
                next += 1
            }
            guard position < text.endIndex else { break }
            let byte = text[position]
            switch byte {
            case UInt8(ascii: "\\"):
                position += position + 1 < text.endIndex && text[position + 1] == UInt8(ascii: "u") ? 6 : 2
                units += 1
            case 0xF0...:
                position += 4
                units += 2  // outside the BMP: a surrogate pair in UTF-16
            case 0xE0...:
                position += 3
                units += 1
            case 0xC0...:
                position += 2
                units += 1
            default:
                position += 1
                units += 1
            }
        }
        return result
    }

    /// The escaped bytes of article `index`'s text between two byte offsets from `escapedOffsets`.
    func escapedText(of index: Int, bytes range: Range<Int>) -> ArraySlice<UInt8>? {
        let text = texts[index]
        guard range.lowerBound >= 0, range.upperBound <= text.count else { return nil }
        return text[(text.startIndex + range.lowerBound)..<(text.startIndex + range.upperBound)]
    }

    func hash(into hash: inout UInt64) {
        skeletons.hash(into: &hash)
        texts.hash(into: &hash)
    }
}
