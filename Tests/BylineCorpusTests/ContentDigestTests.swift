import Testing

@testable import BylineCorpus

/// A snapshot's identity (and so every ETag) is a `ContentDigest`: the same bytes the same
/// digest in every process, any changed byte or piece boundary another digest.
@Suite struct ContentDigestTests {
    func digest(_ pieces: [[UInt8]]) -> UInt64 {
        var digest = ContentDigest()
        for piece in pieces { digest.add(piece) }
        return digest.finish()
    }

    /// Pinned (worked out by a separate Python version of the algorithm): a change to the
    /// digest changes every ETag a client holds, so it should be a deliberate one.
    @Test func digest_isPinned() {
        #expect(ContentDigest().hex() == "3fdf455f9dcf1e62")
        var digest = ContentDigest()
        digest.add(Array("The quick brown fox jumps over the lazy dog, said the reporter.".utf8))
        digest.add([UInt8]())
        digest.add(UInt64(42))
        #expect(digest.hex() == "8086d8f1ed01b271")
    }

    @Test func pieceBoundaries_change_theDigest() {
        let whole = digest([Array("abc".utf8)])
        #expect(digest([Array("ab".utf8), Array("c".utf8)]) != whole)
        #expect(digest([Array("a".utf8), Array("bc".utf8)]) != digest([Array("ab".utf8), Array("c".utf8)]))
        #expect(digest([Array("abc".utf8), []]) != whole)
        #expect(digest([Array("ab".utf8)]) != digest([Array("ab".utf8) + [0]]), "a zero byte is not padding")
    }

    @Test func everyByteAndEveryLength_change_theDigest() {
        let text = Array(String(repeating: "Officials said the harbour would reopen. ", count: 3).utf8)
        var seen = Set<UInt64>()
        for length in 0...text.count { seen.insert(digest([Array(text[..<length])])) }
        #expect(seen.count == text.count + 1)
        let base = digest([text])
        for position in text.indices {
            for bit in 0..<8 {
                var changed = text
                changed[position] ^= UInt8(1) << bit
                #expect(digest([changed]) != base, "byte \(position) bit \(bit)")
            }
        }
    }

    @Test func manyShortInputs_doNotCollide() {
        var seen = Set<UInt64>()
        for number in 0..<100_000 { seen.insert(digest([Array("article-\(number)".utf8)])) }
        #expect(seen.count == 100_000)
    }

    @Test func sameBytes_sameDigest_whateverTheirAlignment() {
        let bytes = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let expected = digest([Array(bytes[3...])])
        var misaligned = ContentDigest()
        bytes.withUnsafeBytes { misaligned.add(UnsafeRawBufferPointer(rebasing: $0[3...])) }
        #expect(misaligned.finish() == expected)
    }
}
