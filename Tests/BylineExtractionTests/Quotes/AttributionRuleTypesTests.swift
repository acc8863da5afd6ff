import Testing
@testable import BylineExtraction

/// The sieve asks each rule through its type (`AttributionSieve.ruleTypes`), making a new
/// rule for the question: that is the listed rule only while every rule is stateless.
@Suite struct AttributionRuleTypesTests {
    private func size<Rule: AttributionRule>(of rule: Rule) -> Int { MemoryLayout<Rule>.size }

    @Test func everyListedRule_holdsNoState() {
        for (name, rule) in AttributionSieve.rules {
            #expect(size(of: rule) == 0, "rule \(name) holds state: list it where the sieve keeps it")
        }
    }

    @Test func ruleTypes_followTheList() {
        #expect(AttributionSieve.ruleTypes.count == AttributionSieve.rules.count)
        for (type, entry) in zip(AttributionSieve.ruleTypes, AttributionSieve.rules) {
            #expect(ObjectIdentifier(type) == ObjectIdentifier(Swift.type(of: entry.rule)))
        }
    }

    @Test func askingTheType_answersAsTheRule() {
        let paragraphs = [
            "\"The levy is fair,\" Tom Waller said on Monday.",
            "Dana Pike, the harbor board's chair, told reporters: \"The count was wrong.\"",
            "\"We will see,\" she added. \"Nobody knows yet.\"",
        ]
        let context = QuoteTestSupport.context(paragraphs)
        var answered = 0
        for site in context.sites {
            for (_, rule) in AttributionSieve.rules {
                let listed = rule.cue(for: site, in: context)
                #expect(Swift.type(of: rule).cueOfNewRule(for: site, in: context) == listed)
                if listed != nil { answered += 1 }
            }
        }
        #expect(answered >= 3)
    }
}
