extension RandomAccessCollection {
    /// The first index whose element satisfies `isInSecondPart`, or `endIndex`: a binary search
    /// for collections sorted so that the predicate is false, then true (tokens, mentions and
    /// quotes are all kept in text order). Always inlined: a call through the generic
    /// function was not specialized, and copied each probed element for its closure.
    @inline(__always)
    func partitioningIndex(where isInSecondPart: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if isInSecondPart(self[mid]) {
                count = half
            } else {
                low = index(after: mid)
                count -= half + 1
            }
        }
        return low
    }
}
