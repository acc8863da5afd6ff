/// An article's text with its tokens and sentences, computed once and shared by the
/// entity recognizer and the quote extractor.
public struct TokenizedText: Sendable {
    public let text: ArticleText
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(_ text: ArticleText) {
        self.text = text
        self.tokens = Tokenizer().tokenize(text)
        self.sentences = SentenceSplitter().split(tokens, in: text)
    }

    /// The tokens of one sentence.
    public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokens] }

    /// The index of the sentence holding token `index` (binary search), or nil.
    public func sentenceIndex(ofToken index: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = sentences[mid].tokens
            if index < range.lowerBound {
                high = mid - 1
            } else if index >= range.upperBound {
                low = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }
}
