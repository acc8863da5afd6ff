/// Who wrote an article and for whom, read from a byline or source line.
public struct Byline: Sendable, Hashable {
    public var authors: [String] = []
    public var outlet: OutletName?
    public var date: NewsDate?

    public init(authors: [String] = [], outlet: OutletName? = nil, date: NewsDate? = nil) {
        self.authors = authors
        self.outlet = outlet
        self.date = date
    }

    public var isEmpty: Bool { authors.isEmpty && outlet == nil && date == nil }
}
