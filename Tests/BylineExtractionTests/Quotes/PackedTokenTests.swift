import BylineTestSupport
import Testing

@testable import BylineExtraction

/// The context packs every short ASCII token once (`AttributionContext.keys`); the word tests
/// that read those keys must answer what the string tests they replace answer.
@Suite struct PackedTokenTests {
    static let text = ArticleText(paragraphs: [
        "That is what Lavrov said, according to Tass; WHETHER it holds is unclear, officials say.",
        "The so-called deal, As reported, was Thät one: iPhone sales rose 3% (I'd say) quickly.",
        "Rep. Jo Hale, the Kremlin spokesman, told reporters they're \u{212A}ing it; Only OFFICIALS know.",
    ])
    static let lists: [WordClass] = [
        SpeakerWords.determiners, SpeakerWords.stops, SpeakerWords.roleNouns, SpeakerWords.titles,
        SpeakerWords.skippable, ReaderWords.notClauseStarts, ReaderWords.subjectPronouns,
        ["that", "is", "so-called", "as", "whether", "according", "i'd", "officials", "k"],
    ]

    @Test func isListedAndIsWord_matchTheSetOfTheLoweredText_onEveryToken() {
        let context = AttributionContext(TokenizedText(Self.text), quotes: [])
        for words in Self.lists {
            for index in -1...context.tokens.count {
                let lowered = context.tokens.indices.contains(index) ? context.lower(index) : ""
                #expect(context.isListed(index, in: words) == words.words.contains(lowered), "token \(index)")
                let isWord = context.tokens.indices.contains(index) && context.tokens[index].kind == .word
                #expect(context.isWord(index, in: words) == (isWord && words.words.contains(lowered)), "token \(index)")
            }
            for index in context.tokens.indices {
                #expect(context.isText(index, in: words) == words.words.contains(context.tokens[index].text))
            }
        }
    }

    @Test func keys_areThePackedLoweredText_orZero() {
        let context = AttributionContext(TokenizedText(Self.text), quotes: [])
        for index in context.tokens.indices {
            let lowered = context.lower(index)
            let written = context.tokens[index].text.utf8
            let packable = (1...8).contains(written.count) && written.allSatisfy { $0 < 0x80 }
            #expect((context.keys[index] != 0) == packable, "token \(index) \(lowered)")
            guard packable else { continue }
            let key = context.keys[index]
            #expect(PackedWordSet.packed(key, has: 0x27) == lowered.contains("'"))
            #expect(PackedWordSet.packed(key, endsWith: 0x6C, 0x79) == lowered.hasSuffix("ly"))
            #expect(WordClass([lowered]).contains(packed: key))
        }
    }

    @Test func wideLoadKey_equalsTheUnitByUnitKey() {
        var generator = SeededGenerator(seed: 11)
        let alphabet: [UInt16] = [0x00, 0x27, 0x2D, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7F, 0x80, 0xE9, 0x212A, 0xFF41]
        for _ in 0..<400 {
            let units = (0..<24).map { _ in
                Bool.random(using: &generator)
                    ? UInt16.random(in: 0x41...0x7A, using: &generator) : alphabet.randomElement(using: &generator) ?? 0x61
            }
            units.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for start in 0...(buffer.count - 8) {
                    for count in 1...8 {
                        for folding in [false, true] {
                            let slow = PackedWordSet.packedKey(buffer, start..<(start + count), folding: folding)
                            let wide = PackedWordSet.packedKey(base, start, count: count, folding: folding)
                            #expect(wide == slow, "\(Array(buffer[start..<(start + count)])) \(folding)")
                            let lanes = AttributionContext.wideKey(base, start, count: count, folding: folding)
                            #expect(lanes == slow, "SIMD \(Array(buffer[start..<(start + count)])) \(folding)")
                        }
                    }
                }
            }
        }
    }

    @Test func nextPossibleMark_findsWhatTheUnitByUnitScanFinds() {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [UInt16] = [0x61, 0x20, 0x2E, 0x22, 0x27, 0x60, 0x80, 0xAA, 0xAB, 0xBB, 0xE9, 0x2019, 0x201C, 0x201D, 0x0A, 0x7F]
        for _ in 0..<300 {
            let count = Int.random(in: 0...40, using: &generator)
            let units = (0..<count).map { _ in
                Bool.random(using: &generator) ? 0x61 : alphabet.randomElement(using: &generator) ?? 0x61
            }
            let start = Int.random(in: 0...count, using: &generator)
            let end = Int.random(in: start...count, using: &generator)
            let expected = (start..<end).first { QuoteMark.mayStart(units[$0]) } ?? end
            #expect(QuoteScanner.nextPossibleMark(in: units, from: start, before: end) == expected)
        }
    }
}
