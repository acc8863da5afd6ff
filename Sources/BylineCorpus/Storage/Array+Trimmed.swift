extension Array {
    /// The same elements with no spare capacity (a new buffer only when there is some).
    /// `Array(array[...])` is not that: a slice of a whole array converts back to the same
    /// buffer, spare capacity and all, so the "shrinks" written that way kept every growth's
    /// slack.
    func trimmed() -> [Element] {
        capacity > count ? withUnsafeBufferPointer { Array($0) } : self
    }
}
