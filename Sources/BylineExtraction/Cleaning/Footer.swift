/// The bottom of a page: the trailing run of paragraphs that are not story.
enum Footer {
    static func strip(_ paragraphs: inout [String], into metadata: inout ArticleMetadata) {
        var start = paragraphs.count
        var strong = false
        var kinds: [Kind] = []
        while start > 0, let kind = kind(of: paragraphs[start - 1]) {
            if kind != .fragment { strong = true }
            kinds.insert(kind, at: 0)
            start -= 1
        }
        // Fragments alone ("Russian Affairs" after the last sentence) may be a short last
        // paragraph: only a footer with a notice, menu or credit line is cut.
        guard strong else { return }
        for (text, kind) in zip(paragraphs[start...], kinds) where kind != .navigation && kind != .callToAction {
            if kind == .credit, let source = SourceLineReader.read(text) {
                Credits.apply(source, to: &metadata, fromSourceLine: true)
            } else if kind == .credit, let byline = BylineReader.read(text) {
                Credits.apply(byline, to: &metadata, fromSourceLine: false)
            } else if kind == .legal {
                let notice = FooterNotice.read(text)
                if metadata.republishedAt == nil { metadata.republishedAt = notice.date }
                if metadata.publisher == nil { metadata.publisher = notice.publisher }
            } else if metadata.section == nil, let section = SectionLabel.read(text) {
                metadata.section = section
            } else if metadata.section == nil, FooterText.isLabel(text),
                !NavigationLine.isNavigation(TextNormalizer.Line(text: text, hadSpacePadding: false))
            {
                metadata.section = text
            }
        }
        paragraphs.removeSubrange(start...)
    }

    enum Kind { case credit, navigation, legal, callToAction, fragment }

    static func kind(of text: String) -> Kind? {
        // Only legal notices run long; story paragraphs end the scan here, cheaply.
        guard text.utf8.count <= TopMatter.maxLength else { return FooterText.isLegal(text) ? .legal : nil }
        if SourceLineReader.read(text) != nil || BylineReader.read(text) != nil { return .credit }
        if NavigationLine.isNavigation(TextNormalizer.Line(text: text, hadSpacePadding: false)) { return .navigation }
        if FooterText.isLegal(text) { return .legal }
        if FooterText.isCallToAction(text) { return .callToAction }
        if FooterText.isFragment(text) || FooterText.isLabel(text) || SectionLabel.read(text) != nil { return .fragment }
        return nil
    }
}
