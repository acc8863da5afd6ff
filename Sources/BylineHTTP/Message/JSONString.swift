/// JSON string literals (RFC 8259 §7), written without Foundation so the engine stays light.
/// The one escaper of the package: error bodies, API values and JSON log lines all use it.
public enum JSONString {
    /// `text` as a quoted JSON string: quote, backslash and control characters escaped,
    /// everything else as UTF-8.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
