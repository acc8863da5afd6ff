import Foundation

/// Splits text into the case- and diacritic-folded tokens that search compares.
///
/// Letters and digits make tokens. Apostrophes join ("Russia's" -> "russias") and so does a
/// period followed by a letter or digit ("U.S." -> "us", "3.5" -> "35"), the same joins
/// `Slug` makes, so a query typed either way finds the text.
public enum SearchTokenizer {
    public static func tokens(in text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with each token in order; no intermediate array.
    public static func forEachToken(in text: String, _ body: (String) -> Void) {
        var current = String.UnicodeScalarView()
        var needsFolding = false
        func flush() {
            guard !current.isEmpty else { return }
            let token = String(current)
            body(needsFolding ? fold(token) : token)
            current.removeAll(keepingCapacity: true)
            needsFolding = false
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    current.append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    current.append(Unicode.Scalar(value + 0x20) ?? scalar)
                } else if (scalar == "'" || scalar == ".") && !current.isEmpty {
                    continue  // joins: a following letter extends this token
                } else {
                    flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
                needsFolding = true
            } else if scalar == "\u{2019}" && !current.isEmpty {
                continue
            } else if scalar.properties.generalCategory == .nonspacingMark && !current.isEmpty {
                needsFolding = true
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
    }

    static func fold(_ token: String) -> String {
        // Folding can turn one scalar into letters plus marks; keep letters and digits only.
        let folded = token.folding()
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
