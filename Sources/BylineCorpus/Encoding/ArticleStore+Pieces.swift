extension ArticleStore {
    /// Article `index`'s JSON (the bytes of `self[index]`) as slices of the stored skeleton and
    /// escaped text plus the separators between paragraphs, in order, for a server to send with
    /// one writev: nothing is copied but the list of slices. The text is cut at its escaped
    /// paragraph breaks exactly as `EncodedArticle.assemble` cuts it.
    func pieces(of index: Int) -> [ArraySlice<UInt8>] {
        let skeleton = skeletons[index]
        let text = texts[index]
        let base = skeleton.startIndex
        let paragraphs = base + Int(paragraphsAt[index])
        let textStart = base + Int(textAt[index])
        var pieces: [ArraySlice<UInt8>] = []
        pieces.reserveCapacity(32)
        func add(_ piece: ArraySlice<UInt8>) {
            if !piece.isEmpty { pieces.append(piece) }
        }
        add(skeleton[..<paragraphs])
        if !text.isEmpty {
            add(Self.quote[...])
            var start = text.startIndex
            var position = text.startIndex
            while position < text.endIndex {
                guard text[position] == UInt8(ascii: "\\"), position + 1 < text.endIndex else {
                    position += 1
                    continue
                }
                // Paragraphs hold no line breaks, so every escaped "\n\n" is a paragraph break.
                if text[position + 1] == UInt8(ascii: "n") {
                    add(text[start..<position])
                    add(Self.paragraphSeparator[...])
                    position = min(position + 4, text.endIndex)
                    start = position
                } else {
                    position += 2
                }
            }
            add(text[start..<text.endIndex])
            add(Self.quote[...])
        }
        add(skeleton[paragraphs..<textStart])
        add(text)
        add(skeleton[textStart...])
        return pieces
    }

    private static let quote: [UInt8] = [UInt8(ascii: "\"")]
    private static let paragraphSeparator: [UInt8] = Array(#"",""#.utf8)
}
