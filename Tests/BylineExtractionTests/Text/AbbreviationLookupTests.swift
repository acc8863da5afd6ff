import Testing

@testable import BylineExtraction

/// The tokenizer looks abbreviations up from code units; the answer must be the word list's.
@Suite struct AbbreviationLookupTests {
    static func fromUnits(_ word: String) -> Bool {
        let units = Array(word.utf16)
        return units.withUnsafeBufferPointer { Abbreviations.takesPeriod($0, 0..<$0.count) }
    }

    @Test func everyListedWord_andItsNeighbours_answerAsTheSet() {
        var words = Array(Abbreviations.periodTaking)
        for word in Abbreviations.periodTaking {
            words += [word.lowercased(), word.uppercased(), word + "s", String(word.dropLast()), "X" + word]
        }
        words += ["", "a", "said", "Washington", "Messrsx", "Mé", "Dr\u{301}", "Ｍr"]
        for word in words {
            #expect(Self.fromUnits(word) == Abbreviations.takesPeriod(word), "\(word)")
        }
        #expect(Self.fromUnits("Mr") && Self.fromUnits("Sept") && Self.fromUnits("etc"))
        #expect(!Self.fromUnits("mr") && !Self.fromUnits("said"))
    }
}

/// `StringMaking` transcodes non-ASCII spans itself; it must give the standard decoder's string.
@Suite struct StringMakingTests {
    @Test func spans_equalTheStandardDecoding() {
        let texts = ["Zürich — “quoted” 👍🏽 and 👨‍👩‍👧", "北京 ٣ 𝐀bc é\u{301}", "plain ascii", "ߦ߷ ࠀ \u{FFFF} \u{10FFFF}"]
        for text in texts {
            let units = Array(text.utf16)
            for start in 0...units.count {
                for end in start...units.count {
                    let slice = Array(units[start..<end])
                    #expect(StringMaking.string(units, start..<end) == String(decoding: slice, as: UTF16.self))
                    #expect(Array(StringMaking.string(units, start..<end).utf8) == Array(String(decoding: slice, as: UTF16.self).utf8))
                }
            }
        }
    }

    @Test func unpairedSurrogates_becomeReplacementCharacters() {
        let units: [UInt16] = [0x61, 0xD800, 0x62, 0xDC00, 0xD83D, 0xDE00, 0xDBFF, 0xD800, 0xDC00, 0xDC01]
        for start in 0...units.count {
            for end in start...units.count {
                let slice = Array(units[start..<end])
                #expect(Array(StringMaking.string(units, start..<end).utf8) == Array(String(decoding: slice, as: UTF16.self).utf8))
            }
        }
    }
}

/// The name-shape word lists must stay ASCII: the byte reading of names relies on it.
@Suite struct NameShapeListTests {
    @Test func wordLists_areASCII() {
        for word in NameShape.roleWords.union(NameShape.particles).union(NameShape.organizationWords) {
            #expect(word.utf8.allSatisfy { $0 < 0x80 }, "\(word)")
        }
    }

    @Test func namesWithOtherLetters_keepTheirShape() {
        #expect(NameShape.of("Łukasz Petrov") == .person)
        #expect(NameShape.of("Søren Fischer") == .person)
        #expect(NameShape.of("Radio Łódź") == .organization)
        #expect(NameShape.of("Staff Writer") == .role)
        #expect(NameShape.of("Bartholomé de las Casas") == .other)
        #expect(BylineReader.splitNames("Łukasz Petrov and Søren Fischer with Ana") == ["Łukasz Petrov", "Søren Fischer", "Ana"])
        #expect(BylineReader.splitNames("  Ana   Jansen &  Bo and and with ") == ["Ana Jansen", "Bo"])
        #expect(BylineReader.splitNames("Andrea Sand, Anderson") == ["Andrea Sand, Anderson"])
        // Decomposed text takes the Character path: the same names, decomposed.
        #expect(BylineReader.splitNames("Jose\u{301}  Nu\u{303}n\u{303}ez And Zoe\u{308}") == ["Jose\u{301} Nu\u{303}n\u{303}ez", "Zoe\u{308}"])
        #expect(BylineReader.splitNames("") == [])
    }
}
