import Testing

@testable import BylineExtraction

/// The lexicon's lists are `WordClass`es now: every test of one must answer what
/// `Set<String>.contains` answered on the same words, for every listed word and for near
/// misses (case, accents, apostrophes, lengths around the packed limit of eight).
@Suite struct WordClassListsTests {
    static let lists: [(String, WordClass)] = [
        ("andBut", WordSets.andBut), ("asWord", WordSets.asWord), ("byFromForEtc", WordSets.byFromForEtc),
        ("colon", WordSets.colon), ("colonEmDashDoubleHyphenEtc", WordSets.colonEmDashDoubleHyphenEtc),
        ("colonSemicolon", WordSets.colonSemicolon), ("comma", WordSets.comma), ("commaColon", WordSets.commaColon),
        ("commaColonEmDashEtc", WordSets.commaColonEmDashEtc),
        ("commaEmDashDoubleHyphen", WordSets.commaEmDashDoubleHyphen), ("forOfAtEtc", WordSets.forOfAtEtc),
        ("heSheTheyEtc", WordSets.heSheTheyEtc), ("ifWhetherUnless", WordSets.ifWhetherUnless),
        ("it", WordSets.it), ("isAreWasEtc", WordSets.isAreWasEtc), ("isWasAreEtc", WordSets.isWasAreEtc),
        ("ofFromAt", WordSets.ofFromAt), ("semicolon", WordSets.semicolon), ("socalledAs", WordSets.socalledAs),
        ("that", WordSets.that), ("thatThisIt", WordSets.thatThisIt), ("the", WordSets.the), ("to", WordSets.to),
        ("toAs", WordSets.toAs), ("who", WordSets.who),
        ("malePronouns", SpeakerWords.malePronouns), ("femalePronouns", SpeakerWords.femalePronouns),
        ("otherPronouns", SpeakerWords.otherPronouns), ("determiners", SpeakerWords.determiners),
        ("skippable", SpeakerWords.skippable), ("stops", SpeakerWords.stops),
        ("capitalizedFunctionWords", SpeakerWords.capitalizedFunctionWords),
        ("clauseOpeners", SpeakerWords.clauseOpeners), ("adverbialOpeners", SpeakerWords.adverbialOpeners),
        ("nameConnectors", SpeakerWords.nameConnectors), ("titles", SpeakerWords.titles),
        ("honorifics", SpeakerWords.honorifics), ("maleHonorifics", SpeakerWords.maleHonorifics),
        ("femaleHonorifics", SpeakerWords.femaleHonorifics), ("messageNouns", SpeakerWords.messageNouns),
        ("documentNouns", SpeakerWords.documentNouns), ("timeWords", SpeakerWords.timeWords),
        ("roleNouns", SpeakerWords.roleNouns), ("nounDeterminers", AttributionContext.nounDeterminers),
        ("clauseEnds", AttributionContext.clauseEnds),
    ]

    /// Every listed word of every list, and near misses of each.
    static var probes: [String] {
        var all = Set<String>()
        for (_, list) in lists { all.formUnion(list.words) }
        var probes = Array(all).sorted()
        for word in all.sorted() {
            probes.append(word.uppercased())
            probes.append(word.prefix(1).uppercased() + word.dropFirst())
            probes.append(word + "s")
            probes.append(String(word.dropLast()))
            probes.append(word + "'")
            probes.append(word + "’s")
            probes.append(word.replacingOccurrences(of: "e", with: "é"))
            probes.append(word.replacingOccurrences(of: "e", with: "e\u{301}"))
            probes.append(word.replacingOccurrences(of: "a", with: "\u{212B}"))
        }
        probes += ["", "\u{0}", "a\u{0}", "\u{212A}", "K", "abcdefgh", "abcdefghi", "spokesper", "spokespersonss", ";", "\u{37E}"]
        return probes
    }

    @Test func everyList_answersAsItsSet_onListedWordsAndNearMisses() {
        let probes = Self.probes
        for (name, list) in Self.lists {
            for probe in probes {
                #expect(list.contains(probe) == list.words.contains(probe), "\(name): \(probe.debugDescription)")
            }
        }
    }

    @Test func keysLongerThanEight_andNonASCIIKeys_answerAsTheSet() {
        let set: Set<String> = ["a", "ab", "abcdefgh", "abcdefghi", "spokesperson", "—", "K", "", "x\u{0}"]
        let words = WordClass(set)
        let probes = [
            "a", "A", "ab", "abc", "abcdefgh", "abcdefghi", "abcdefghij", "spokesperson", "spokespersons", "—", "–",
            "K", "k", "\u{212A}", "", "x", "x\u{0}", "x\u{0}\u{0}",
        ]
        for probe in probes {
            #expect(words.contains(probe) == set.contains(probe), "\(probe.debugDescription)")
        }
    }

    static let text = ArticleText(paragraphs: [
        "HE said, according to Tass; She Told them: “The Spokesperson — and THE Secretary of State — warned.”",
        "ACCORDING to him, It was the Kremlin's statement -- their Reports, his remarks; Ms. Lee, Mr Hale said.",
        "Él dijo que Thät, naïve, Spokespersons’ aides, e\u{301}lite officials, the\u{212A} Dr. Who, iPhone, O'Brien.",
        "According to reports, the secretaries said. ACCORDINGLY, Accordingly and accordin g, \"quoted\" (aside)!",
    ])

    @Test func contextTests_matchTheSetTests_onEveryTokenOfEveryList() {
        let context = AttributionContext(TokenizedText(Self.text), quotes: [])
        for (name, list) in Self.lists {
            for index in -1...context.tokens.count {
                #expect(context.isWord(index, in: list) == context.isWord(index, in: list.words), "\(name) \(index)")
                #expect(
                    context.isPunctuation(index, list) == context.isPunctuation(index, list.words), "\(name) \(index)")
                #expect(context.isListed(index, in: list) == list.words.contains(context.lower(index)), "\(name) \(index)")
                #expect(context.isWord(index, in: Array(list.words)) == context.isWord(index, in: list.words))
                #expect(context.isPunctuation(index, Array(list.words)) == context.isPunctuation(index, list.words))
            }
        }
    }

    @Test func lower_isTheTokenTextLoweredWhereItHasCapitals() {
        let context = AttributionContext(TokenizedText(Self.text), quotes: [])
        for (index, token) in context.tokens.enumerated() {
            let expected = token.isCapitalized || token.isAllCaps ? ASCIICase.lowercased(token.text) : token.text
            #expect(context.lower(index) == expected, "\(token.text)")
        }
        #expect(context.lower(-1) == "" && context.lower(context.tokens.count) == "")
    }

    @Test func accordingTo_andCues_matchTheStringTests() {
        let context = AttributionContext(TokenizedText(Self.text), quotes: [])
        let all = 0..<context.tokens.count
        for index in -1...context.tokens.count {
            let expected =
                index >= 0 && index + 1 < context.tokens.count && context.tokens[index].text.utf8.count == 9
                && context.lower(index) == "according" && context.tokens[index + 1].text == "to"
            #expect(context.isAccordingTo(index) == expected, "token \(index)")
        }
        let cues = all.filter { index in
            context.speechVerb(at: index) != nil
                || (context.tokens[index].kind == .word && context.tokens[index].text.utf8.count == 9
                    && context.lower(index) == "according")
        }
        #expect(context.cues(in: all).map(Int.init) == cues)
        #expect(cues.count >= 6)
    }

    @Test func isQuoteMark_matchesTheTextTest_onEveryToken() {
        let text = ArticleText(paragraphs: [
            "He said \"yes\" and “no” and «oui» and „ja“ and ''maybe'' and 'single' and the '90s, O'Brien’s.",
            "A ' lone mark, '' doubled, ''' tripled, ‘curly single’ and \u{37E} marks ; here.",
        ])
        let context = AttributionContext(TokenizedText(text), quotes: [])
        let tokens = context.tokens
        for index in -1...tokens.count {
            var expected = false
            if tokens.indices.contains(index), tokens[index].kind == .punctuation {
                let token = tokens[index]
                if AttributionContext.isDoubleQuoteMark(token.text) {
                    expected = true
                } else if token.text == "'" {
                    let next = index + 1 < tokens.count && tokens[index + 1].text == "'"
                        && tokens[index + 1].span.start == token.span.end
                    let previous = index > 0 && tokens[index - 1].text == "'" && tokens[index - 1].span.end == token.span.start
                    expected = next || previous
                }
            }
            #expect(context.isQuoteMark(index) == expected, "token \(index)")
        }
    }

    @Test func isMark_matchesTheTextComparison_onEveryToken() {
        let text = ArticleText(paragraphs: [
            "Yes, he said (twice); no \u{37E} maybe , ,, “quoted,” and ,, done.) K \u{212A} `x` \u{1FEF}."
        ])
        let context = AttributionContext(TokenizedText(text), quotes: [])
        for mark: UInt8 in [0x2C, 0x29, 0x28, 0x3B, 0x2E, 0x60, 0x4B, 0x27] {
            let string = String(UnicodeScalar(mark))
            for index in context.tokens.indices {
                #expect(context.isMark(index, mark) == (context.tokens[index].text == string), "\(string) at \(index)")
            }
        }
    }

    /// `AttributionContext.mayEqualASCII` answers false for a text with any character other
    /// than ASCII and four exceptions: no other character, lower-cased or not, decomposes to
    /// ASCII alone, so such a text can equal no ASCII word. Checked on every character of
    /// the planes with canonical decompositions or case mappings.
    @Test func mayEqualASCII_otherCharactersNeverDecomposeToASCII() {
        let exceptions: Set<UInt32> = [0x037E, 0x1FEF, 0x212A, 0x0130]
        var failures: [String] = []
        for range: ClosedRange<UInt32> in [0x80...0xD7FF, 0xE000...0x2FFFF, 0xE0000...0xE01EF] {
            for value in range where !exceptions.contains(value) {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = String(scalar)
                for form in [text, text.lowercased()] {
                    if form.decomposedStringWithCanonicalMapping.unicodeScalars.allSatisfy(\.isASCII) {
                        failures.append(String(value, radix: 16))
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
        // The exceptions do reach ASCII, as Swift compares strings.
        #expect("\u{212A}" == "K" && "\u{37E}" == ";" && "\u{1FEF}" == "`")
    }

    @Test func nonASCIITokens_answerAsTheSet_inTheContext() {
        let text = ArticleText(paragraphs: [
            "\u{212A}ING said; the\u{37E} he\u{212A} İt ŞHE Hé, naïve ’s don’t Thät: \u{1FEF}x, İ, ÉLITE."
        ])
        let context = AttributionContext(TokenizedText(text), quotes: [])
        let lists = Self.lists + [
            ("kelvin", WordClass(["k", "king", "it", "i", "x"])), ("nonASCII", WordClass(["naïve", "—", "k"])),
        ]
        for (name, list) in lists {
            for index in -1...context.tokens.count {
                #expect(context.isWord(index, in: list) == context.isWord(index, in: list.words), "\(name) \(index)")
                #expect(context.isListed(index, in: list) == list.words.contains(context.lower(index)), "\(name) \(index)")
                #expect(context.isPunctuation(index, list) == context.isPunctuation(index, list.words), "\(name) \(index)")
            }
        }
    }
}
