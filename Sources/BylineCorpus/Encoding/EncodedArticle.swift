import BylineModel

/// An article's JSON kept with its text stored once: the encoding of everything else, with
/// the JSON-escaped text to splice in at two places (`paragraphs` is the text cut at its
/// blank lines). Assembling is a copy and one scan, no encoder; storing the text once halves
/// what the corpus costs in memory.
struct EncodedArticle: Sendable {
    /// The article's JSON with `"paragraphs":[]` and `"text":""`.
    private let skeleton: [UInt8]
    private let paragraphsAt: Int
    private let textAt: Int
    /// The text's JSON string without its quotes.
    private let escapedText: [UInt8]

    init(_ article: Article) {
        var shell = article
        shell.paragraphs = []
        let text = shell.text
        shell.text = ""
        let skeleton = ResourceEncoder.encode(shell)
        // Inside JSON strings quotes are escaped, so these byte runs can only be the keys.
        let paragraphs = Array(#""paragraphs":["#.utf8)
        let emptyText = Array(#""text":""#.utf8)
        guard let p = Self.firstIndex(of: paragraphs, in: skeleton), let t = Self.firstIndex(of: emptyText, in: skeleton) else {
            preconditionFailure("an encoded Article always has the paragraphs and text keys")
        }
        self.skeleton = skeleton
        paragraphsAt = p + paragraphs.count
        textAt = t + emptyText.count
        escapedText = Array(ResourceEncoder.encode(text).dropFirst().dropLast())
    }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(skeleton.count + escapedText.count * 2 + 16)
        out.append(contentsOf: skeleton[..<paragraphsAt])
        if !escapedText.isEmpty {
            out.append(UInt8(ascii: "\""))
            // Paragraphs hold no line breaks, so every escaped "\n" pair is a paragraph break.
            var index = 0
            while index < escapedText.count {
                let byte = escapedText[index]
                if byte == UInt8(ascii: "\\"), index + 1 < escapedText.count {
                    if escapedText[index + 1] == UInt8(ascii: "n") {
                        out.append(contentsOf: #"",""#.utf8)
                        index += 4  // "\n\n"
                        continue
                    }
                    out.append(byte)
                    out.append(escapedText[index + 1])
                    index += 2
                    continue
                }
                out.append(byte)
                index += 1
            }
            out.append(UInt8(ascii: "\""))
        }
        out.append(contentsOf: skeleton[paragraphsAt..<textAt])
        out.append(contentsOf: escapedText)
        out.append(contentsOf: skeleton[textAt...])
        return out
    }

    /// The stored bytes, for hashing: equal articles give equal parts.
    var parts: [[UInt8]] { [skeleton, escapedText] }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
