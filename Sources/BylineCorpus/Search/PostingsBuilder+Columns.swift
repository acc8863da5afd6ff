extension PostingsBuilder {
    /// `build` for documents picked from `TermColumns` (every index a load makes), reading each
    /// article's columns in place: runs of picks from one article (an article's quotes come
    /// together) share one borrow of its buffers, where the generic build called a closure
    /// and checked a growing array for every posting.
    static func build(picked counts: PickedTermDocuments) -> Postings {
        let total = counts.postingCount
        // A corpus has far fewer distinct terms than postings (a few thousand in ten thousand
        // articles); sized for the postings, the table was megabytes zeroed and faulted in for
        // nothing. It doubles as it fills.
        var numbers = TermNumbers(expected: min(total, 1 << 12))
        // Not zeroed first: the numbering writes every posting's number (the postings were
        // counted), and a zeroing pass over millions of them only faulted the pages in sooner.
        var numbered = uninitialized(Int32.self, count: total)
        var lengths: [Float] = []
        lengths.reserveCapacity(counts.documentCount)
        numbered.withUnsafeMutableBufferPointer { numbered in
            var posting = 0
            forEachRun(counts) { terms, _, ranges in
                for range in ranges where !range.isEmpty {
                    // Checked here, so the numbering writes without a check per posting.
                    precondition(posting + range.count <= total, "no more postings than counted")
                    numbers.number(
                        UnsafeBufferPointer(rebasing: terms[range]), into: numbered.baseAddress.unsafelyUnwrapped + posting)
                    posting += range.count
                }
            }
            precondition(posting == total, "every posting numbered")
        }
        for pick in counts.picks { lengths.append(counts.columns[pick.article].lengths[pick.document]) }
        let terms = numbers.terms
        numbers = TermNumbers()
        // Each term's postings, counted apart from the numbering: a growing array of sizes
        // checked and grown inside that loop cost more than the numbering itself.
        var sizes = [Int32](repeating: 0, count: terms.count)
        sizes.withUnsafeMutableBufferPointer { sizes in
            numbered.withUnsafeBufferPointer { numbered in
                for number in numbered { sizes[Int(number)] += 1 }
            }
        }
        // Terms in the order first seen: deterministic, as documents come in order.
        let starts = startOffsets(sizes)
        // Not zeroed either: the placing writes every position once (each term's postings fill
        // its range, `sizes` counted them).
        var documents = uninitialized(UInt32.self, count: total)
        var frequencies = uninitialized(UInt8.self, count: total)
        var next = starts
        documents.withUnsafeMutableBufferPointer { documents in
            frequencies.withUnsafeMutableBufferPointer { frequencies in
                numbered.withUnsafeBufferPointer { numbered in
                    next.withUnsafeMutableBufferPointer { next in
                        var posting = 0
                        var document: UInt32 = 0
                        let places = Places(next: next, documents: documents, frequencies: frequencies)
                        forEachRun(counts) { _, weights, ranges in
                            for range in ranges {
                                defer { document += 1 }
                                guard !range.isEmpty else { continue }
                                precondition(posting + range.count <= total, "no more postings than counted")
                                places.place(
                                    UnsafeBufferPointer(rebasing: weights[range]),
                                    numbers: numbered.baseAddress.unsafelyUnwrapped + posting, document: document)
                                posting += range.count
                            }
                        }
                        precondition(posting == total, "every posting placed")
                    }
                }
            }
        }
        numbered = []
        next = []
        return postings(
            terms: terms, starts: starts, sizes: sizes, documents: documents, frequencies: frequencies, lengths: lengths)
    }

    /// Calls `body` once per run of consecutive picks from one article, with that article's
    /// terms and frequencies and the picked documents' ranges in them, in pick order.
    private static func forEachRun(
        _ counts: PickedTermDocuments,
        _ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<UInt8>, [Range<Int>]) -> Void
    ) {
        var ranges: [Range<Int>] = []
        var index = 0
        let picks = counts.picks
        while index < picks.count {
            let article = picks[index].article
            ranges.removeAll(keepingCapacity: true)
            while index < picks.count, picks[index].article == article {
                ranges.append(counts.columns[article].range(of: picks[index].document))
                index += 1
            }
            counts.columns[article].terms.withUnsafeBufferPointer { terms in
                counts.columns[article].frequencies.withUnsafeBufferPointer { frequencies in
                    body(terms, frequencies, ranges)
                }
            }
        }
    }

    /// Where the placing writes: each term's next free position, and the postings' documents
    /// and frequencies. One document's postings are placed by a call of their own, with every
    /// buffer in a register: placed from inside `forEachRun`'s closure, each posting reloaded
    /// the buffers and the running counts through the captured variables (22 instructions a
    /// posting, 10 here).
    private struct Places {
        let next: UnsafeMutableBufferPointer<Int32>
        let documents: UnsafeMutableBufferPointer<UInt32>
        let frequencies: UnsafeMutableBufferPointer<UInt8>

        /// Places one document's postings: `weights[i]` is the frequency of the term numbered
        /// `numbers[i]`. Every number is below `next.count` and every position the numbers
        /// reach below `documents.count` (the sizes were counted from the same numbers).
        func place(_ weights: UnsafeBufferPointer<UInt8>, numbers: UnsafePointer<Int32>, document: UInt32) {
            for index in weights.indices {
                let number = Int(numbers[index])
                let position = Int(next[number])
                next[number] = Int32(truncatingIfNeeded: position &+ 1)  // below the postings' count
                documents[position] = document
                frequencies[position] = weights[index]
            }
        }
    }

    /// An array of `count` elements whose memory is not set: the caller writes every one
    /// before reading any (trivial element types only).
    static func uninitialized<Element: BitwiseCopyable>(_: Element.Type, count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }
}
