import Foundation

/// Stable URL-safe identifiers: "Putin, Tillerson Meet At Kremlin" -> "putin-tillerson-meet-at-kremlin".
public enum Slug {
    /// Lowercases, folds accents, and joins runs of letters and digits with single hyphens.
    public static func make(_ text: String, maxLength: Int = 100) -> String {
        if let slug = asciiSlug(text, maxLength: maxLength) { return slug }
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

    /// The same slug from bytes when `text` is all ASCII (most titles and names): folding
    /// ASCII only lowercases, so no Foundation call and no String until the end. Nil otherwise.
    private static func asciiSlug(_ text: String, maxLength: Int) -> String? {
        var text = text
        return text.withUTF8 { utf8 -> String? in
            var slug: [UInt8] = []
            slug.reserveCapacity(utf8.count)
            var pendingHyphen = false
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if pendingHyphen, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                    pendingHyphen = false
                    slug.append(byte | (byte >= UInt8(ascii: "A") ? 0x20 : 0))
                case 0x80...: return nil
                case UInt8(ascii: "'"): break
                default: pendingHyphen = true
                }
            }
            if slug.count > maxLength {
                // Cut at the last hyphen within the limit, as `make` does.
                let cut = slug[..<max(maxLength, 0)]
                slug = Array(cut.lastIndex(of: UInt8(ascii: "-")).map { cut[..<$0] } ?? cut)
            }
            return String(decoding: slug, as: UTF8.self)
        }
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
