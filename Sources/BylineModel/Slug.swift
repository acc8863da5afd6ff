import Foundation

/// Stable URL-safe identifiers: "Putin, Tillerson Meet At Kremlin" -> "putin-tillerson-meet-at-kremlin".
public enum Slug {
    /// Lowercases, folds accents, and joins runs of letters and digits with single hyphens.
    public static func make(_ text: String, maxLength: Int = 100) -> String {
        tableSlug(text, maxLength: maxLength) ?? foundationSlug(text, maxLength: maxLength)
    }

    /// The general path: Foundation folds the whole text, then each scalar is kept, dropped or
    /// turned into a separator.
    static func foundationSlug(_ text: String, maxLength: Int) -> String {
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

    /// The same slug from bytes when every scalar of `text` is ASCII or settled by the tables
    /// of `Slug+Table.swift` (most titles and names: accented Latin letters, curly quotes,
    /// dashes): folding ASCII only lowercases, and the tables hold what folding and
    /// transliteration make of each other scalar, so no Foundation call and no String until
    /// the end. Nil otherwise. Every piece is ASCII, so a byte is a character for `maxLength`.
    static func tableSlug(_ text: String, maxLength: Int) -> String? {
        var text = text
        return text.withUTF8 { utf8 -> String? in
            var settled = true
            // Written straight into the string's storage: no byte array to grow, copy and free.
            // Room enough: a step writes at most a hyphen and two letters for the one to three
            // bytes it reads, never more than twice what it read.
            let slug = String(unsafeUninitializedCapacity: max(2 * utf8.count, 1)) { slug -> Int in
                var count = 0
                var pendingHyphen = false
                var index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    let piece: UInt16
                    if byte < 0x80 {
                        index += 1
                        switch byte {
                        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                            piece = UInt16(byte)
                        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                            piece = UInt16(byte | 0x20)
                        case UInt8(ascii: "'"):
                            piece = joins
                        default:
                            piece = separates
                        }
                    } else if byte & 0xE0 == 0xC0, index + 1 < utf8.count {
                        // Two bytes: U+0080...U+07FF.
                        let value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                        guard value >= latinStart, value - latinStart < UInt32(packedLatin.count) else {
                            settled = false
                            return 0
                        }
                        piece = packedLatin[Int(value - latinStart)]
                        index += 2
                    } else if byte & 0xF0 == 0xE0, index + 2 < utf8.count {
                        // Three bytes: U+0800...U+FFFF.
                        let value = UInt32(byte & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6
                            | UInt32(utf8[index + 2] & 0x3F)
                        guard value >= punctuationStart, value - punctuationStart < UInt32(packedPunctuation.count)
                        else {
                            settled = false
                            return 0
                        }
                        piece = packedPunctuation[Int(value - punctuationStart)]
                        index += 3
                    } else {
                        settled = false
                        return 0
                    }
                    switch piece {
                    case joins:
                        continue
                    case separates:
                        pendingHyphen = true
                    case unsettled:
                        settled = false
                        return 0
                    default:
                        if pendingHyphen, count > 0 {
                            slug[count] = UInt8(ascii: "-")
                            count += 1
                        }
                        pendingHyphen = false
                        slug[count] = UInt8(truncatingIfNeeded: piece)
                        count += 1
                        if piece > 0xFF {
                            slug[count] = UInt8(truncatingIfNeeded: piece >> 8)
                            count += 1
                        }
                    }
                }
                if count > maxLength {
                    // Cut at the last hyphen within the limit, as the general path does.
                    let limit = max(maxLength, 0)
                    count = slug[..<limit].lastIndex(of: UInt8(ascii: "-")) ?? limit
                }
                return count
            }
            return settled ? slug : nil
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
