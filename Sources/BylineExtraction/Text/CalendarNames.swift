/// Day and month names in lower case, in calendar order: the date reader parses them
/// (`Wednesday, April 12`) and the quote rules read them as time words (`Trump on Tuesday
/// said`). One list, so the two cannot disagree.
enum CalendarNames {
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
}
