/// `Dateline`'s rules read from the bytes before the dash, for text `ScalarText.isSimple`
/// accepts (each scalar a character of its own, so `(`, `)`, `,` and spaces are bytes and a
/// character's case is its scalar's): the same answers as `init?(characters:)` without
/// `Character` walks, splits into substrings or a `String` per piece but the ones kept.
extension Dateline {
    init?(simple bytes: UnsafeBufferPointer<UInt8>) {
        func trimmed(_ range: Range<Int>, _ extra: UInt8) -> Range<Int> {
            var first = range.lowerBound
            var last = range.upperBound
            while first < last, bytes[first] == 0x20 || bytes[first] == extra { first += 1 }
            while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == extra { last -= 1 }
            return first..<last
        }
        var prefix = trimmed(0..<bytes.count, 0x20)
        var outlet: OutletName?
        // "(Reuters)" closing the text before the dash: the agency.
        if let last = prefix.last, bytes[last] == UInt8(ascii: ")"),
            let open = prefix.last(where: { bytes[$0] == UInt8(ascii: "(") })
        {
            let inner = UnsafeBufferPointer(rebasing: bytes[(open + 1)..<last])
            let shape = NameShape.of(simple: inner)
            guard shape == .organization || shape == .person else { return nil }
            outlet = OutletName(String(decoding: inner, as: UTF8.self))
            prefix = trimmed(prefix.lowerBound..<open, UInt8(ascii: ","))
        }
        // The comma-separated pieces (empty runs between commas skipped), each trimmed.
        var pieces: [Range<Int>] = []
        var start = prefix.lowerBound
        for index in prefix.lowerBound...prefix.upperBound where index == prefix.upperBound || bytes[index] == UInt8(ascii: ",") {
            if index > start { pieces.append(trimmed(start..<index, 0x20)) }
            start = index + 1
        }
        guard let place = pieces.first, !place.isEmpty else { return nil }
        // The place is printed in capitals ("MOSCOW", "AL-AIN"), or the agency names it.
        var hasLetter = false
        var shouted = true
        var index = place.lowerBound
        while index < place.upperBound {
            if ScalarText.isLetter(at: index, in: bytes) {
                hasLetter = true
                if !ScalarText.isUppercase(at: index, in: bytes) { shouted = false }
            }
            index += ScalarText.scalar(at: index, in: bytes).length
        }
        func wordCount(_ range: Range<Int>) -> Int { FooterText.wordCount(UnsafeBufferPointer(rebasing: bytes[range])) }
        guard hasLetter && shouted || outlet != nil, wordCount(place) <= 4, ScalarText.isUppercase(at: place.lowerBound, in: bytes)
        else { return nil }
        var month: Int?
        var day: Int?
        for piece in pieces.dropFirst() {
            if let found = DateScanner.first(in: ScalarText.string(bytes, piece), year: 2000) {  // any leap year
                month = found.date.month
                day = found.date.day
            } else if piece.isEmpty || wordCount(piece) > 4 || !ScalarText.isUppercase(at: piece.lowerBound, in: bytes) {
                return nil
            }
        }
        self.init(location: ScalarText.string(bytes, place), outlet: outlet, month: month, day: day)
    }
}

extension Dateline {
    init(location: String, outlet: OutletName?, month: Int?, day: Int?) {
        self.location = location
        self.outlet = outlet
        self.month = month
        self.day = day
    }
}
