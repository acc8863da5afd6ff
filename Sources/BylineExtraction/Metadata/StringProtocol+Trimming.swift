extension StringProtocol {
    /// Without the leading and trailing spaces and characters of `set`.
    func trimming(_ set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) || first == " " { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) || last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
