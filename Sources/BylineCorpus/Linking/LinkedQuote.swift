import BylineModel

/// What the snapshot keeps of a quote besides its article, speaker and number (held beside
/// it by position): no id or article id strings, which a hundred thousand quotes made and
/// dropped again while the load's memory peaked.
struct LinkedQuote: Sendable {
    var start: Int
    var end: Int
    var kind: Quote.Kind
    var cue: String?
    var speakerText: String?
    /// Where the words start and end in the article's stored escaped text (bytes).
    var escapedStart: Int32
    var escapedEnd: Int32
}
