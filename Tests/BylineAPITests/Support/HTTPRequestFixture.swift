import BylineHTTP

enum HTTPRequestFixture {
    static func get(_ path: String, query: [(String, String)] = []) -> HTTPRequest {
        HTTPRequest(
            method: .get, target: path, path: path,
            query: QueryParameters(query.map { QueryParameters.Pair(name: $0.0, value: $0.1) }))
    }
}
