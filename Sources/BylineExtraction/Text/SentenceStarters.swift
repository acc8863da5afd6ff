/// Capitalised function words that start sentences and rarely follow an abbreviation inside
/// one: after `U.S.` or `Inc.` they mean the abbreviation's period ended the sentence.
enum SentenceStarters {
    static let words: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
        "Those", "There", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "With", "As",
        "If", "When", "While", "After", "Before", "Since", "Although", "Though", "However",
        "Meanwhile", "His", "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most", "No",
        "Not", "What", "Why", "How", "Who", "Where", "Earlier", "Later", "Last", "Next", "Still",
        "Now", "Then", "Instead", "Also", "According", "Officials", "Both", "All", "Each",
    ]
}
