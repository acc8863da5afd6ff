/// Undoes UTF-8 that was read as Windows-1252 or Latin-1 (once or more) before the text reached
/// us: `GuantÃ¡namo` -> `Guantánamo`, `FranÃ\u{83}Â§ois` (twice, one byte read as a C1
/// control) -> `François`, `â€™` -> `’`.
///
/// A run of such characters is turned back into the bytes the wrong reading made of them
/// (Latin-1's byte for U+0080...U+00FF, Windows-1252's for `€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” •
/// – — ˜ ™ š › œ ž Ÿ`); where those bytes are one well-formed UTF-8 sequence that spells a
/// character mojibake is made of (Latin letters, Greek, Cyrillic, general punctuation, `€`,
/// `™`, emoji), the sequence replaces them. A pass that changed something is repeated, which
/// undoes a double reading. Anything else stays as it was: a lone `ë` (`Zoë`), `ü` (`Müller`) or
/// `ã` (`São Paulo`) is no lead byte with continuation bytes after it, and the few letter pairs
/// that are (`É’` would read as U+0252) spell nothing in the accepted ranges.
///
/// Some scrapers also folded the wrong reading's symbols to their compatibility forms (`¨` to a
/// space and U+0308, `ª` to `a`, `º` to `o`): those are read back as the symbol's byte only right
/// after a lead character, and the letters only inside a lower-case word (`RaÃol`, `d'Ãatre`).
///
/// It runs on the raw text before cleaning, so every offset the extraction reports is into the
/// repaired text. Text without `Ã`...`ô` followed by what may be a misread continuation (or
/// without a combining accent) is returned as it is after one scan of its bytes, eight at a
/// time while they are ASCII; `é` or `ë` before a letter is no such pair.
public enum MojibakeRepair {
    /// At most this many passes: a text misread more often than that is past saving.
    static let maxPasses = 4

    public static func repaired(_ raw: String) -> String {
        guard mayHoldMojibake(raw) else { return raw }
        var scalars = Array(raw.unicodeScalars)
        var changed = false
        for _ in 0..<maxPasses {
            guard let next = pass(scalars) else { break }
            scalars = next
            changed = true
        }
        guard changed else { return raw }
        var text = String()
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// Whether the UTF-8 of `raw` holds the reading of a lead byte `sequence(at:)` repairs
    /// (C2...DF, E2, F0: `Â`...`ß`, `â`, `ð`, which are C3 82...C3 9F, C3 A2, C3 B0) followed by
    /// what may be a misread continuation byte, or a combining accent (a lead decomposed): every
    /// repair starts at one. Other accented letters never start one, so `García`, `Bogotá` or
    /// `Núñez` cost this scan only (the bench corpus: one file in eight held `ía` or `ío`,
    /// which the folded-`ª` test alone would have sent through the scalar passes).
    static func mayHoldMojibake(_ raw: String) -> Bool {
        var utf8 = raw.utf8
        if let found = utf8.withContiguousStorageIfAvailable(holdsMisreadLead) { return found }
        var native = raw
        native.makeContiguousUTF8()
        utf8 = native.utf8
        return utf8.withContiguousStorageIfAvailable(holdsMisreadLead) ?? false
    }

    /// Eight bytes at a time while they are ASCII, most of any news text: the check costs
    /// every article a pass over its bytes.
    static func holdsMisreadLead(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            if index &+ 8 <= count,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index &+= 8
                continue
            }
            let next = bytes[index + 1]
            if bytes[index] == 0xC3, (0x82...0x9F).contains(next) || next == 0xA2 || next == 0xB0, index + 2 < count,
                startsMisreadContinuation(bytes, at: index + 2, afterLead: next)
            {
                return true
            }
            // U+0300...U+030C or U+0327 after a letter: text decomposed after it was misread
            // (`A` and a combining tilde for `Ã`).
            if bytes[index] == 0xCC, (0x80...0x8C).contains(next) || next == 0xA7 { return true }
            index += 1
        }
        return false
    }

    /// Whether the character at `index` may be a misread continuation byte: U+0080...U+00BF
    /// (C2 80...C2 BF), one of Windows-1252's punctuation (E2), `Œ œ Š š Ÿ Ž ž ƒ ˆ ˜` (C5, C6,
    /// CB), a space before a combining mark, or a folded `a`/`o` (after `Â` or `Ã` only, C3 82
    /// or C3 83, as `continuation` reads it).
    static func startsMisreadContinuation(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, afterLead lead: UInt8) -> Bool {
        switch bytes[index] {
        case 0xC2: return index + 1 < bytes.count && (0x80...0xBF).contains(bytes[index + 1])
        case 0xE2, 0xC5, 0xC6, 0xCB: return true
        case 0x61, 0x6F: return lead == 0x82 || lead == 0x83
        case 0x20: return index + 1 < bytes.count && bytes[index + 1] == 0xCC
        default: return false
        }
    }

    /// One left-to-right pass; nil when nothing changed.
    static func pass(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var changed = false
        var index = 0
        while index < scalars.count {
            if let (scalar, consumed) = sequence(at: index, in: scalars) {
                out.append(scalar)
                index += consumed
                changed = true
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return changed ? out : nil
    }

    /// The character a misread UTF-8 sequence starting at `index` stood for, and how many
    /// scalars it took; nil where no such sequence starts there.
    static func sequence(at index: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        let (leadScalar, leadLength) = composed(at: index, in: scalars)
        guard let lead = misreadByte(leadScalar) else { return nil }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE2: length = 3  // general punctuation, `€`, `™`; other three-byte leads are letters (`à`...`ï`) a dash may follow
        case 0xF0: length = 4  // emoji
        default: return nil
        }
        var bytes: [UInt8] = [lead]
        var position = index + leadLength
        while bytes.count < length {
            guard let (byte, consumed) = continuation(at: position, in: scalars, lead: leadScalar, leadIndex: index) else { return nil }
            bytes.append(byte)
            position += consumed
        }
        guard let text = String(validating: bytes, as: UTF8.self), text.unicodeScalars.count == 1,
            let scalar = text.unicodeScalars.first, isMojibakeTarget(scalar)
        else { return nil }
        return (scalar, position - index)
    }

    /// A continuation byte (0x80...0xBF) as the wrong reading left it at `position`: the
    /// character itself, or a compatibility form of one (see the type's comment).
    static func continuation(at position: Int, in scalars: [Unicode.Scalar], lead: Unicode.Scalar, leadIndex: Int) -> (UInt8, Int)? {
        guard position < scalars.count else { return nil }
        let (whole, length) = composed(at: position, in: scalars)
        if let byte = misreadByte(whole), (0x80...0xBF).contains(byte) { return (byte, length) }
        let scalar = scalars[position]
        if scalar == " ", position + 1 < scalars.count {
            switch scalars[position + 1].value {
            case 0x0308: return (0xA8, 2)  // ¨
            case 0x0304: return (0xAF, 2)  // ¯
            case 0x0301: return (0xB4, 2)  // ´
            case 0x0327: return (0xB8, 2)  // ¸
            default: return nil
            }
        }
        // `ª` and `º` folded to letters: only right after `Ã` or `Â`, inside a lower-case word.
        guard lead == "Ã" || lead == "Â", scalar == "a" || scalar == "o",
            leadIndex >= 1, isWordBefore(scalars[leadIndex - 1]),
            position + 1 < scalars.count, isLowercaseASCII(scalars[position + 1])
        else { return nil }
        return (scalar == "a" ? 0xAA : 0xBA, 1)
    }

    /// A lower-case letter, an apostrophe, or a byte of an earlier misreading (`JesÃ\u{83}Âos`).
    static func isWordBefore(_ scalar: Unicode.Scalar) -> Bool {
        isLowercaseASCII(scalar) || scalar == "'" || scalar == "\u{2019}" || (0x80...0x9F).contains(scalar.value)
    }

    static func isLowercaseASCII(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar)
    }

    /// The scalar at `index` with the combining mark after it composed (`A` U+0303 -> `Ã`)
    /// where the pair is one of the letters the wrong readings make, and how many scalars
    /// that took.
    static func composed(at index: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int) {
        let base = scalars[index]
        guard base.isASCII, index + 1 < scalars.count, (0x300...0x327).contains(scalars[index + 1].value),
            let letter = compositions[UInt64(base.value) << 32 | UInt64(scalars[index + 1].value)]
        else { return (base, 1) }
        return (letter, 2)
    }

    /// Canonical compositions of the Latin-1 letters and Windows-1252's `Š š Ž ž Ÿ`, keyed by
    /// base letter and combining mark.
    static let compositions: [UInt64: Unicode.Scalar] = {
        let marks: [(mark: UInt32, letters: String, bases: String)] = [
            (0x300, "ÀÈÌÒÙàèìòù", "AEIOUaeiou"), (0x301, "ÁÉÍÓÚÝáéíóúý", "AEIOUYaeiouy"),
            (0x302, "ÂÊÎÔÛâêîôû", "AEIOUaeiou"), (0x303, "ÃÑÕãñõ", "ANOano"),
            (0x308, "ÄËÏÖÜäëïöüÿŸ", "AEIOUaeiouyY"), (0x30A, "Åå", "Aa"), (0x30C, "ŠšŽž", "SsZz"),
            (0x327, "Çç", "Cc"),
        ]
        var table: [UInt64: Unicode.Scalar] = [:]
        for (mark, letters, bases) in marks {
            for (letter, base) in zip(letters.unicodeScalars, bases.unicodeScalars) {
                table[UInt64(base.value) << 32 | UInt64(mark)] = letter
            }
        }
        return table
    }()

    /// The byte a Windows-1252 or Latin-1 reading turned into `scalar`; nil for ASCII and
    /// anything neither reading makes.
    static func misreadByte(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0..<0x80: return nil  // most of any text: no dictionary lookup
        case 0x80...0xFF: return UInt8(scalar.value)
        default: return windows1252Bytes[scalar.value]
        }
    }

    /// Windows-1252's characters at 0x80...0x9F that are not the Latin-1 control there.
    static let windows1252Bytes: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
        0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
        0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
        0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// What mojibake is made from: Latin letters and symbols (U+0080...U+017F, Romanian
    /// `ș ț`), Greek, Cyrillic, general punctuation, `€`, `™`, emoji. IPA letters, Hebrew,
    /// Arabic and CJK are left out: a Latin capital followed by a dash or a quote mark spells them.
    static func isMojibakeTarget(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0x17F, 0x218...0x21B, 0x370...0x3FF, 0x400...0x45F: true
        case 0x192, 0x2C6, 0x2DC: true  // Windows-1252's `ƒ ˆ ˜`: a second wrong reading's first undoing
        case 0x2010...0x205E, 0x20AC, 0x2122: true
        case 0x1F300...0x1FAFF: true
        default: false
        }
    }
}
