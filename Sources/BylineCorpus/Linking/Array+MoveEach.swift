extension Array {
    /// Hands each element, in order, to `body` moved out of the array, leaving `placeholder`
    /// in its place: for values used up by the caller. Linking takes every per-article
    /// entity's mentions, aliases and titles into the corpus entity; read in place, each was
    /// copied (a retain of every string and array it holds) and released again when the
    /// entities were freed. The placeholder should hold no references (an empty string).
    mutating func moveEach(leaving placeholder: Element, _ body: (consuming Element) -> Void) {
        withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in 0..<buffer.count {
                let element = (base + index).move()
                (base + index).initialize(to: placeholder)
                body(element)
            }
        }
    }
}
