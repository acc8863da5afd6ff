import Foundation

/// Stable URL-safe identifiers: "Putin, Tillerson Meet At Kremlin" -> "putin-tillerson-meet-at-kremlin".
public enum Slug {
    /// Lowercases, folds accents, and joins runs of letters and digits with single hyphens.
    public static func make(_ text: String, maxLength: Int = 100) -> String {
        var slug = ""
        var pendingHyphen = false
        let folded = text.folding()
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                // Latin letters that folding leaves alone ("ø", "ß") get their usual ASCII
                // spelling, so Latin-script ids need no percent-encoding in a URL; other
                // scripts stay as they are (an IRI), rather than vanish.
                if let ascii = latinTransliterations[scalar] {
                    slug += ascii
                } else {
                    slug.unicodeScalars.append(scalar)
                }
            } else if scalar != "'" && scalar != "\u{2019}" {
                // Apostrophes join ("Russia's" -> "russias"); everything else separates,
                // periods too ("U.S." -> "u-s", as API.md's example id has it).
                pendingHyphen = true
            }
        }
        if slug.count > maxLength {
            let cut = slug.prefix(maxLength)
            slug = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
        }
        return slug
    }

    private static let latinTransliterations: [Unicode.Scalar: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
        "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "ng",
    ]
}

extension String {
    /// Lowercased with diacritics removed: the form every search and match compares.
    public func folding() -> String {
        folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
