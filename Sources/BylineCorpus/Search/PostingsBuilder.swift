/// Groups documents' term counts into one index's postings: every term's documents back to
/// back, in document order. One lookup per posting (the first pass numbers the terms in
/// `TermNumbers` and remembers each posting's term number; the second only places), where a
/// dictionary per pass and per posting made the build a serial hot spot of a load.
enum PostingsBuilder {
    struct Postings {
        var slots: [UInt64: PostingLists.Slot]
        var postings: PostingLists
        var lengths: [Float]
    }

    static func build(_ counts: some TermDocuments) -> Postings {
        if let picked = counts as? PickedTermDocuments { return build(picked: picked) }
        let total = counts.postingCount
        // A corpus has far fewer distinct terms than postings (a few thousand in ten thousand
        // articles); sized for the postings, the table was megabytes zeroed and faulted in for
        // nothing. It doubles as it fills.
        var numbers = TermNumbers(expected: min(total, 1 << 12))
        var sizes: [Int32] = []
        var numbered: [Int32] = []
        numbered.reserveCapacity(total)
        var lengths: [Float] = []
        lengths.reserveCapacity(counts.documentCount)
        for document in 0..<counts.documentCount {
            lengths.append(counts.length(of: document))
            counts.forEachTerm(of: document) { term, _ in
                let number = numbers.number(of: term)
                if Int(number) == sizes.count {
                    sizes.append(1)
                } else {
                    sizes[Int(number)] += 1
                }
                numbered.append(number)
            }
        }
        let terms = numbers.terms
        numbers = TermNumbers()
        // Terms in the order first seen: deterministic, as documents come in order.
        let starts = startOffsets(sizes)
        var next = starts
        var documents = [UInt32](repeating: 0, count: total)
        var frequencies = [UInt8](repeating: 0, count: total)
        var posting = 0
        for index in 0..<counts.documentCount {
            counts.forEachTerm(of: index) { _, frequency in
                let number = Int(numbered[posting])
                posting += 1
                let position = Int(next[number])
                next[number] += 1
                documents[position] = UInt32(index)
                frequencies[position] = TermColumns.frequency(frequency)
            }
        }
        numbered = []
        next = []
        return postings(
            terms: terms, starts: starts, sizes: sizes, documents: documents, frequencies: frequencies, lengths: lengths)
    }

    /// Where each term's postings start: the running sum of the sizes before it.
    static func startOffsets(_ sizes: [Int32]) -> [Int32] {
        var starts = [Int32](repeating: 0, count: sizes.count)
        var running: Int32 = 0
        for index in sizes.indices {
            starts[index] = running
            running += sizes[index]
        }
        return starts
    }

    /// The placed postings encoded into lists, with each term's slot in them.
    static func postings(
        terms: [UInt64], starts: [Int32], sizes: [Int32], documents: [UInt32], frequencies: [UInt8], lengths: [Float]
    ) -> Postings {
        let (lists, termSlots) = PostingLists.encode(
            documents: documents, frequencies: frequencies,
            ranges: terms.indices.map { Int(starts[$0])..<Int(starts[$0] + sizes[$0]) })
        var slots: [UInt64: PostingLists.Slot] = [:]
        slots.reserveCapacity(terms.count)
        for index in terms.indices { slots[terms[index]] = termSlots[index] }
        return Postings(slots: slots, postings: lists, lengths: lengths)
    }
}
