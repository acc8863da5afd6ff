import BylineModel

/// A quote's JSON (API.md, "Quote"), keys sorted like `ResourceEncoder`'s, `speaker` always
/// present (`null` when nobody is named), `cue` and `speakerText` only when known.
enum QuoteJSON {
    static func encode(_ quote: Quote) -> [UInt8] {
        encode(quote, escapedText: nil)
    }

    /// With `escapedText`, the text is written from those already-escaped bytes (a slice of the
    /// article's stored text) and `quote.text` is not read.
    static func encode(_ quote: Quote, escapedText: ArraySlice<UInt8>?) -> [UInt8] {
        var writer = JSONWriter(capacity: (escapedText?.count ?? quote.text.utf8.count) + 160)
        writer.beginObject()
        writer.key("articleId")
        writer.string(quote.articleId)
        if let cue = quote.cue {
            writer.key("cue")
            writer.string(cue)
        }
        writer.key("end")
        writer.int(quote.end)
        writer.key("id")
        writer.string(quote.id)
        writer.key("kind")
        writer.string(quote.kind.rawValue)
        writer.key("speaker")
        if let speaker = quote.speaker {
            writer.beginObject()
            writer.key("id")
            writer.string(speaker.id)
            writer.key("name")
            writer.string(speaker.name)
            writer.endObject()
        } else {
            writer.null()
        }
        if let speakerText = quote.speakerText {
            writer.key("speakerText")
            writer.string(speakerText)
        }
        writer.key("start")
        writer.int(quote.start)
        writer.key("text")
        if let escapedText { writer.escapedString(escapedText) } else { writer.string(quote.text) }
        writer.endObject()
        return writer.bytes
    }
}
