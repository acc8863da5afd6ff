/// The lines between headline and story: bylines, source lines, dates, section labels.
enum TopMatter {
    /// How many leading paragraphs may be top matter.
    static let depth = 4
    /// Bylines, source lines, dates and labels are short; longer paragraphs are story (and
    /// skipping them early keeps loading fast).
    static let maxLength = 200

    static func strip(_ paragraphs: inout [String], into metadata: inout ArticleMetadata) {
        var index = 0
        while index < min(depth, paragraphs.count) {
            let text = paragraphs[index]
            guard text.utf8.count <= maxLength else {
                index += 1
                continue
            }
            if let source = SourceLineReader.read(text) {
                Credits.apply(source, to: &metadata, fromSourceLine: true)
            } else if let byline = BylineReader.read(text) ?? (index == 0 ? BylineReader.readUnmarked(text) : nil) {
                Credits.apply(byline, to: &metadata, fromSourceLine: false)
            } else if let date = DateScanner.whole(text) {
                if metadata.publishedAt == nil { metadata.publishedAt = date }
            } else if let section = SectionLabel.read(text) {
                if metadata.section == nil { metadata.section = section }
            } else {
                index += 1
                continue
            }
            paragraphs.remove(at: index)
        }
    }
}

/// `Section: World`, `Category: Politics`, `Filed under: Russia`.
enum SectionLabel {
    static func read(_ text: String) -> String? {
        guard text.utf8.count <= 80, text.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let lower = text.lowercased()
        for label in ["section:", "category:", "categories:", "filed under:", "topic:", "topics:"]
        where lower.hasPrefix(label) {
            let value = String(text.dropFirst(label.count)).trimming(" ")
            return value.isEmpty || value.count > 60 ? nil : value
        }
        return nil
    }
}

/// Merges what a byline or source line says into the metadata. A source line names the
/// original, so it wins over a byline for outlet and date.
enum Credits {
    static func apply(_ byline: Byline, to metadata: inout ArticleMetadata, fromSourceLine: Bool) {
        if metadata.authors.isEmpty { metadata.authors = byline.authors }
        if let outlet = byline.outlet, fromSourceLine || metadata.outlet == nil { metadata.outlet = outlet }
        if let date = byline.date, fromSourceLine || metadata.publishedAt == nil { metadata.publishedAt = date }
    }
}
