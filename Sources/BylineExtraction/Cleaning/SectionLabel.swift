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
