import BylineModel

/// One quotation found in one article, before corpus-wide linking gives it an id.
public struct ExtractedQuote: Sendable, Hashable {
    /// The words inside the quotation marks (or the reported clause), without the marks.
    public var span: TextSpan
    public var kind: Quote.Kind
    /// Index into the article's `[RecognizedEntity]`; `nil` when nobody can be named.
    public var speaker: Int?
    /// The words naming the speaker as written ("he", "the secretary of state").
    public var speakerText: String?
    public var speakerSpan: TextSpan?
    /// The speech verb or phrase: "said", "according to".
    public var cue: String?
    public var cueSpan: TextSpan?

    public init(
        span: TextSpan, kind: Quote.Kind, speaker: Int? = nil, speakerText: String? = nil,
        speakerSpan: TextSpan? = nil, cue: String? = nil, cueSpan: TextSpan? = nil
    ) {
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.speakerText = speakerText
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.cueSpan = cueSpan
    }
}
