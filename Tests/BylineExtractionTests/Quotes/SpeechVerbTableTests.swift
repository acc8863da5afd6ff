import Testing

@testable import BylineExtraction

/// The attribution context finds verbs of reporting by code units (`SpeechVerbTable`): it
/// must find what the lexicon's `String` subscript finds, for every form and for near misses.
@Suite struct SpeechVerbTableTests {
    func lookUp(_ word: String, in table: SpeechVerbTable) -> SpeechVerb? {
        let units = Array(word.utf16)
        let id = table.withReader { reader in
            units.withUnsafeBufferPointer { table.id($0, 0..<$0.count, word: word, in: reader) }
        }
        return id >= 0 ? table.verbs[Int(id)] : nil
    }

    @Test func everyForm_andNearMisses_matchTheLexicon() {
        let lexicon = SpeechVerbLexicon.shared
        let table = SpeechVerbTable.shared
        var words = Array(lexicon.forms.keys)
        words += lexicon.forms.keys.map { $0 + "x" }
        words += lexicon.forms.keys.map { String($0.dropLast()) }
        words += lexicon.forms.keys.map { $0.capitalized }
        words += ["", "a", "I", "s", "the", "of", "saïd", "sa\u{308}id", "según", "according", "to", "said.", "’s"]
        #expect(lexicon.forms.count > 100)
        for word in words {
            #expect(lookUp(word, in: table) == lexicon[word], "\(word.debugDescription)")
        }
    }

    /// The packed-key table `AttributionContext` uses for words of up to eight ASCII units
    /// answers what the code-unit lookup answers, for every form and near misses.
    @Test func packedLookUp_matchesTheUnitLookUp_forShortASCIIWords() {
        let lexicon = SpeechVerbLexicon.shared
        let table = SpeechVerbTable.shared
        #expect(table.answersPacked)
        var words = Array(lexicon.forms.keys)
        words += lexicon.forms.keys.map { $0 + "x" }
        words += lexicon.forms.keys.map { String($0.dropLast()) }
        words += lexicon.forms.keys.map { $0.capitalized }
        words += lexicon.forms.keys.map { $0.uppercased() }
        words += ["a", "I", "s", "the", "of", "to", "said.", "says,", "sa", "SAID", "sAid"]
        var packed = 0
        var hits = 0
        for word in words {
            let units = Array(word.utf16)
            let key = units.withUnsafeBufferPointer { PackedWordSet.packedKey($0, 0..<$0.count, folding: false) }
            guard key != 0 else { continue }
            packed += 1
            let expected = lookUp(word, in: table)
            let id = table.id(packed: key)
            #expect((id >= 0 ? table.verbs[Int(id)] : nil) == expected, "\(word.debugDescription)")
            if expected != nil { hits += 1 }
        }
        #expect(packed > 300)
        #expect(hits > 100)
    }

    @Test func contextVerbs_matchTheLexiconOnEveryToken() {
        let text = ArticleText(paragraphs: [
            "\"We will go,\" Tillerson said. Lavrov told reporters that the talks failed, according to Tass.",
            "His remarks, her claim and the President's comments were SAID to be denied; officials say it warns.",
        ])
        let tokenized = TokenizedText(text)
        let context = AttributionContext(tokenized, quotes: [])
        let lexicon = SpeechVerbLexicon.shared
        var found = 0
        for (index, token) in tokenized.tokens.enumerated() {
            var expected = token.kind == .word && !token.isCapitalized ? lexicon[token.text] : nil
            if let verb = expected, verb.form == .base || verb.form == .present, index > 0 {
                let before = tokenized.tokens[index - 1]
                if before.isPossessive || (before.kind == .word && ["the", "a", "his", "her"].contains(before.text.lowercased())) {
                    expected = nil
                }
            }
            #expect(context.speechVerb(at: index) == expected, "\(token.text)")
            #expect(context.lower(index) == token.text.lowercased(), "\(token.text)")
            if expected != nil { found += 1 }
        }
        #expect(found >= 4)
        #expect(context.speechVerb(at: -1) == nil)
        #expect(context.speechVerb(at: tokenized.tokens.count) == nil)
    }
}
