/// Builds the OpenAPI 3.1 document from the routes as registered: paths, parameters,
/// responses and errors come from the same values that serve and validate requests.
enum OpenAPIDocument {
    static func build(routes: [APIRoute], version: String) -> JSONValue {
        var paths: [(String, [(String, JSONValue)])] = []
        for route in routes {
            let operation = (route.method.rawValue.lowercased(), operation(route))
            if let index = paths.firstIndex(where: { $0.0 == route.path }) {
                paths[index].1.append(operation)
            } else {
                paths.append((route.path, [operation]))
            }
        }
        return .object([
            ("openapi", "3.1.0"),
            ("info", .object([
                ("title", "Byline API"), ("version", .string(version)),
                ("description", "Structured facts from news text: articles, the people, organizations and places in them, and who said what. Text offsets are UTF-16 code units into the article's text."),
            ])),
            ("servers", [.object([("url", "/")])]),
            ("tags", .array(["service", "articles", "entities", "quotes", "admin"].map { .object([("name", .string($0))]) })),
            ("paths", .object(paths.map { ($0.0, .object($0.1)) })),
            ("components", .object([
                ("schemas", Schemas.components),
                ("securitySchemes", .object([("adminToken", .object([("type", "http"), ("scheme", "bearer")]))])),
                ("responses", .object(errorResponses.map { ($0.0, .object([
                    ("description", .string($0.1)),
                    ("content", .object([("application/json", .object([("schema", Schemas.ref("Error"))]))])),
                ])) })),
            ])),
        ])
    }

    static let errorResponses = [
        ("BadRequest", "A malformed, out-of-range, repeated or unknown query parameter; the error names it."),
        ("NotFound", "No resource with that id, or no such path."),
        ("NotReady", "The corpus is still loading."),
        ("Unauthorized", "Missing or wrong bearer token."),
        ("URITooLong", "The request target is longer than the server accepts."),
    ]

    static func operation(_ route: APIRoute) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("operationId", .string(route.operationId)), ("summary", .string(route.summary)),
            ("tags", [.string(route.tag)]),
        ]
        let parameters = route.pathParameters.map(pathParameter) + route.acceptedParameters.map(queryParameter)
        if !parameters.isEmpty { members.append(("parameters", .array(parameters))) }
        if route.method == .post { members.append(("security", [.object([("adminToken", [])])])) }
        members.append(("responses", .object(responses(route))))
        return .object(members)
    }

    static func responses(_ route: APIRoute) -> [(String, JSONValue)] {
        var responses: [(String, JSONValue)] = []
        switch route.response {
        case .json(let description, let schema):
            var ok = content(description, "application/json", schema)
            if !route.links.isEmpty, case .object(var members) = ok {
                members.append(("links", .object(route.links.map { operationId in
                    (operationId, .object([
                        ("operationId", .string(operationId)),
                        ("parameters", .object([("id", "$response.body#/items/0/id")])),
                    ]))
                })))
                ok = .object(members)
            }
            responses.append(("200", ok))
        case .text(let description, let contentType):
            responses.append(("200", content(description, contentType, .object([("type", "string")]))))
        case .status(let code, let description, let schema):
            responses.append((String(code), content(description, "application/json", schema)))
        }
        if route.cacheable {
            responses.append(("304", .object([("description", "Not modified: the If-None-Match tag is current.")])))
        }
        responses.append(("400", errorRef("BadRequest")))
        if route.method == .post { responses.append(("401", errorRef("Unauthorized"))) }
        if !route.pathParameters.isEmpty { responses.append(("404", errorRef("NotFound"))) }
        responses.append(("414", errorRef("URITooLong")))
        if route.readsCorpus || route.path == "/readyz" { responses.append(("503", errorRef("NotReady"))) }
        return responses
    }

    static func content(_ description: String, _ type: String, _ schema: JSONValue) -> JSONValue {
        .object([
            ("description", .string(description)),
            ("content", .object([(type, .object([("schema", schema)]))])),
        ])
    }

    static func errorRef(_ name: String) -> JSONValue {
        .object([("$ref", .string("#/components/responses/\(name)"))])
    }

    /// The engine refuses a percent-encoded NUL anywhere in the target (400), so no value
    /// the document calls valid may hold one.
    static let noNUL = "^[^\\u0000]*$"
    /// Not empty after trimming, and no NUL.
    static let textPattern = "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"

    static func pathParameter(_ name: String) -> JSONValue {
        .object([
            ("name", .string(name)), ("in", "path"), ("required", true),
            ("schema", .object([("type", "string"), ("minLength", 1), ("pattern", .string(noNUL))])),
        ])
    }

    static func queryParameter(_ spec: QueryParameterSpec) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(spec.name)), ("in", "query"), ("description", .string(spec.description)),
        ]
        let schema: [(String, JSONValue)]
        switch spec.kind {
        case .integer(let range, let defaultValue):
            schema = [("type", "integer"), ("minimum", .int(range.lowerBound)), ("maximum", .int(range.upperBound))]
                + (defaultValue.map { [("default", .int($0))] } ?? [])
        case .text(let maxLength):
            schema = [("type", "string"), ("minLength", 1), ("maxLength", .int(maxLength)), ("pattern", .string(textPattern))]
        case .choice(let allowed, let defaultValue):
            schema = [("type", "string"), ("enum", .array(allowed.map(JSONValue.string)))]
                + (defaultValue.map { [("default", .string($0))] } ?? [])
        case .choiceList(let allowed):
            let alternatives = allowed.joined(separator: "|")
            schema = [("type", "string"), ("pattern", .string("^(\(alternatives))(,(\(alternatives)))*$"))]
        case .boolean:
            schema = [("type", "boolean")]
        case .flag:
            schema = [("type", "boolean")]
            members.append(("allowEmptyValue", true))
        case .date:
            schema = [("type", "string"), ("format", "date")]
        }
        members.append(("schema", .object(schema)))
        return .object(members)
    }
}
