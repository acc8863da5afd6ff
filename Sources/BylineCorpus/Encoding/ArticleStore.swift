/// Every article's JSON, stored as `EncodedArticle` parts in arenas.
struct ArticleStore: Sendable {
    let skeletons: ByteArena
    let texts: ByteArena
    let paragraphsAt: [Int32]
    let textAt: [Int32]
    let idAt: [Int32]

    /// From each article's skeleton (see `ArticleJSON.skeleton`) and escaped text.
    init(skeletons: [(bytes: [UInt8], paragraphsAt: Int, textAt: Int, idAt: Int)], texts: ByteArena) {
        self.skeletons = ByteArena(skeletons.map(\.bytes))
        self.texts = texts
        paragraphsAt = skeletons.map { Int32($0.paragraphsAt) }
        textAt = skeletons.map { Int32($0.textAt) }
        idAt = skeletons.map { Int32($0.idAt) }
    }

    /// Article `index`'s summary JSON (`ArticleJSON.summary`'s bytes) from its skeleton and
    /// its escaped excerpt: the excerpt goes in before `"id"`, and `"paragraphs":[],` and
    /// `"text":"",` come out (neither is ever the last key).
    func summary(of index: Int, escapedExcerpt: ArraySlice<UInt8>, suffix: [UInt8] = []) -> [UInt8] {
        let skeleton = skeletons[index]
        let base = skeleton.startIndex
        let id = base + Int(idAt[index])
        let paragraphs = base + Int(paragraphsAt[index])
        let text = base + Int(textAt[index])
        let paragraphsKey = paragraphs - #""paragraphs":["#.utf8.count
        let textKey = text - #""text":""#.utf8.count
        var out: [UInt8] = []
        out.reserveCapacity(skeleton.count + escapedExcerpt.count + suffix.count + 16)
        out.append(contentsOf: skeleton[..<id])
        out.append(contentsOf: #""excerpt":""#.utf8)
        out.append(contentsOf: escapedExcerpt)
        out.append(contentsOf: suffix)
        out.append(contentsOf: #"","#.utf8)
        out.append(contentsOf: skeleton[id..<paragraphsKey])
        out.append(contentsOf: skeleton[(paragraphs + 2)..<textKey])  // past `],`
        out.append(contentsOf: skeleton[(text + 2)...])  // past `",`
        return out
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

    /// Article `index`'s whole text, escaped.
    func escapedText(of index: Int) -> ArraySlice<UInt8> { texts[index] }

    /// The escaped bytes of article `index`'s text between two byte offsets from `escapedOffsets`.
    func escapedText(of index: Int, bytes range: Range<Int>) -> ArraySlice<UInt8>? {
        let text = texts[index]
        guard range.lowerBound >= 0, range.upperBound <= text.count else { return nil }
        return text[(text.startIndex + range.lowerBound)..<(text.startIndex + range.upperBound)]
    }

    func digest(into digest: inout ContentDigest) {
        skeletons.digest(into: &digest)
        texts.digest(into: &digest)
        digest.add(paragraphsAt)
        digest.add(textAt)
        digest.add(idAt)
    }
}
