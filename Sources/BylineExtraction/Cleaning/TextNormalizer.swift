/// Raw scraped text -> lines of plain text: line breaks unified (CRLF and CR become LF), odd
/// spaces (no-break, thin, ideographic, tab...) become one ordinary space, invisible characters
/// that break matching (zero-width space, word joiner, soft hyphen, byte order mark, control
/// characters) go, runs of spaces collapse, and each line is trimmed.
///
/// Zero-width joiner and non-joiner stay: emoji sequences and Persian or Indic spelling need them.
public enum TextNormalizer {
    /// One line as read, with what the raw form said about it.
    public struct Line: Sendable, Hashable {
        public var text: String
        /// Three or more odd spaces (no-break, tab...) in a row: how menus are padded.
        public var hadSpacePadding: Bool

        public init(text: String, hadSpacePadding: Bool = false) {
            self.text = text
            self.hadSpacePadding = hadSpacePadding
        }
    }

    public static func lines(of raw: String) -> [Line] {
        var lines: [Line] = []
        // UTF-8 bytes, not a scalar view: appending to a String scalar by scalar is slow.
        var current: [UInt8] = []
        var pendingSpace = false
        var oddRun = 0
        var padded = false
        var previousWasCR = false
        func endLine() {
            lines.append(Line(text: String(decoding: current, as: UTF8.self), hadSpacePadding: padded))
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
            padded = false
            oddRun = 0
        }
        for scalar in raw.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" {
                if !previousWasCR { endLine() }
                continue
            }
            if scalar == "\r" {
                endLine()
                continue
            }
            if isSpace(scalar) {
                if scalar != " " {
                    oddRun += 1
                    if oddRun >= 3 { padded = true }
                }
                if !current.isEmpty { pendingSpace = true }
                continue
            }
            if isInvisible(scalar) { continue }
            oddRun = 0
            if pendingSpace {
                current.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            if scalar.isASCII {
                current.append(UInt8(truncatingIfNeeded: scalar.value))
            } else if let encoded = UTF8.encode(scalar) {
                current.append(contentsOf: encoded)
            }
        }
        endLine()
        return lines
    }

    /// Collapses the whitespace of one already-split piece of text.
    public static func collapse(_ text: String) -> String {
        lines(of: text).map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0xFFFD: true
        case 0x00...0x1F, 0x7F...0x9F: true  // controls (line breaks are handled before)
        case 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional embedding controls
        default: false
        }
    }
}
