/// The bottom of a page: the trailing run of paragraphs that are not story.
enum Footer {
    static func strip(_ paragraphs: inout [String], into metadata: inout ArticleMetadata) {
        var start = paragraphs.count
        var strong = false
        var kinds: [Kind] = []
        while start > 0, let kind = kind(of: paragraphs[start - 1]) {
            if kind != .fragment { strong = true }
            kinds.append(kind)
            start -= 1
        }
        // Fragments alone ("Russian Affairs" after the last sentence) may be a short last
        // paragraph: only a footer with a notice, menu or credit line is cut.
        guard strong else { return }
        for (text, kind) in zip(paragraphs[start...], kinds.reversed()) {
            switch kind {
            case .navigation, .callToAction:
                continue
            case .credit(let byline, let fromSourceLine):
                Credits.apply(byline, to: &metadata, fromSourceLine: fromSourceLine)
            case .legal:
                let notice = FooterNotice.read(text)
                if metadata.republishedAt == nil { metadata.republishedAt = notice.date }
                if metadata.publisher == nil { metadata.publisher = notice.publisher }
            case .fragment:
                if metadata.section == nil, let section = SectionLabel.read(text) {
                    metadata.section = section
                } else if metadata.section == nil, FooterText.isLabel(text),
                    !NavigationLine.isNavigation(TextNormalizer.Line(text: text, hadSpacePadding: false))
                {
                    metadata.section = text
                }
            }
        }
        paragraphs.removeSubrange(start...)
    }

    enum Kind: Equatable {
        /// A source line or byline, read once: the strip applies what it says.
        case credit(Byline, fromSourceLine: Bool)
        case navigation, legal, callToAction, fragment
    }

    static func kind(of text: String) -> Kind? {
        // Only legal notices run long; story paragraphs end the scan here, cheaply.
        guard text.utf8.count <= TopMatter.maxLength else { return FooterText.isLegal(text) ? .legal : nil }
        if let source = SourceLineReader.read(text) { return .credit(source, fromSourceLine: true) }
        // "By A and B", or the unmarked "A, Reuters" signing off a wire story.
        if let byline = BylineReader.read(text) ?? BylineReader.readUnmarked(text) {
            return .credit(byline, fromSourceLine: false)
        }
        if NavigationLine.isNavigation(TextNormalizer.Line(text: text, hadSpacePadding: false)) { return .navigation }
        if FooterText.isLegal(text) { return .legal }
        if FooterText.isCallToAction(text) { return .callToAction }
        if FooterText.isFragment(text) || FooterText.isLabel(text) || SectionLabel.read(text) != nil { return .fragment }
        return nil
    }
}
