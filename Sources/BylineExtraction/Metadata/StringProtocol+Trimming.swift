extension StringProtocol {
    /// Without the leading and trailing spaces and characters of `set`.
    func trimming(_ set: String) -> String {
        // Every set the readers pass is ASCII: on simple text (ScalarText) the ends are bytes.
        if set.utf8.allSatisfy({ $0 < 0x80 }),
            let trimmed = ScalarText.withSimpleBytes(self, { bytes -> String in
                var start = 0
                var end = bytes.count
                while start < end, bytes[start] == 0x20 || set.utf8.contains(bytes[start]) { start += 1 }
                while end > start, bytes[end - 1] == 0x20 || set.utf8.contains(bytes[end - 1]) { end -= 1 }
                return ScalarText.string(bytes, start..<end)
            })
        {
            return trimmed
        }
        var slice = self[...]
        while let first = slice.first, set.contains(first) || first == " " { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) || last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
