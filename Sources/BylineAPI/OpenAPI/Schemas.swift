/// JSON Schemas (2020-12, as OpenAPI 3.1 uses) of every body the API sends. They describe
/// the encoded model values of API.md; extra fields may be added, so objects stay open.
enum Schemas {
    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/components/schemas/\(name)"))]) }

    static func list(of item: JSONValue) -> JSONValue {
        object(
            ["items": .object([("type", "array"), ("items", item)]), "total": count, "limit": .object([("type", "integer"), ("minimum", 1), ("maximum", 500)]), "offset": count],
            required: ["items", "total", "limit", "offset"])
    }

    static let string: JSONValue = .object([("type", "string")])
    static let optionalString: JSONValue = .object([("type", ["string", "null"])])
    static let count: JSONValue = .object([("type", "integer"), ("minimum", 0)])
    static let strings: JSONValue = .object([("type", "array"), ("items", string)])

    static func object(_ properties: KeyValuePairs<String, JSONValue>, required: [String]) -> JSONValue {
        object(properties.map { ($0.key, $0.value) }, required: required)
    }

    static func object(_ properties: [(String, JSONValue)], required: [String]) -> JSONValue {
        .object([
            ("type", "object"),
            ("properties", .object(properties)),
            ("required", .array(required.map(JSONValue.string))),
        ])
    }

    static let articleFields: KeyValuePairs<String, JSONValue> = [
        "id": string, "title": string, "authors": strings, "outlet": optionalString, "outletFull": optionalString,
        "publisher": optionalString, "section": optionalString, "publishedAt": optionalString,
        "republishedAt": optionalString, "wordCount": count, "source": string, "entityCount": count, "quoteCount": count,
    ]
    static let articleRequired = ["id", "title", "authors", "wordCount", "source", "entityCount", "quoteCount"]

    static var components: JSONValue {
        .object([
            ("ArticleSummary", object(articleFields + ["excerpt": string], required: articleRequired + ["excerpt"])),
            ("ArticleDetail", object(
                articleFields + [
                    "text": string, "paragraphs": strings,
                    "entities": .object([("type", "array"), ("items", ref("Entity"))]),
                    "quotes": .object([("type", "array"), ("items", ref("Quote"))]),
                ], required: articleRequired + ["text", "paragraphs"])),
            ("Entity", object(
                [
                    "id": string, "name": string,
                    "type": .object([("type", "string"), ("enum", ["person", "organization", "location"])]),
                    "aliases": strings, "titles": strings, "mentionCount": count, "articleCount": count,
                    "mentions": .object([("type", "array"), ("items", ref("Mention"))]),
                ], required: ["id", "name", "type", "aliases", "titles", "mentionCount", "articleCount"])),
            ("EntityDetail", .object([
                ("allOf", [ref("Entity"), object(
                    [
                        "mentions": .object([("type", "array"), ("items", ref("Mention"))]),
                        "articles": .object([("type", "array"), ("items", ref("ArticleReference"))]),
                    ], required: ["mentions", "articles"])]),
            ])),
            ("ArticleReference", object(
                ["id": string, "title": string, "publishedAt": optionalString], required: ["id", "title"])),
            ("Mention", object(
                ["articleId": string, "start": count, "end": count, "text": string],
                required: ["articleId", "start", "end", "text"])),
            ("EntityReference", object(["id": string, "name": string], required: ["id", "name"])),
            ("Quote", object(
                [
                    "id": string, "articleId": string, "text": string, "start": count, "end": count,
                    "speaker": .object([("anyOf", [ref("EntityReference"), .object([("type", "null")])])]),
                    "cue": optionalString,
                    "kind": .object([("type", "string"), ("enum", ["full", "partial", "indirect"])]),
                    "speakerText": optionalString,
                ], required: ["id", "articleId", "text", "start", "end", "speaker", "kind"])),
            ("RelatedEntity", object(
                ["entity": ref("Entity"), "sharedArticles": count], required: ["entity", "sharedArticles"])),
            ("Error", object(
                ["error": object(
                    ["status": .object([("type", "integer")]), "code": string, "message": string, "parameter": string],
                    required: ["status", "code", "message"])],
                required: ["error"])),
            ("Index", object(
                [
                    "name": string, "version": string, "ready": .object([("type", "boolean")]),
                    "corpus": object(
                        ["articles": count, "entities": count, "quotes": count, "mentions": count, "loadedAt": string],
                        required: ["articles", "entities", "quotes", "mentions"]),
                    "links": .object([("type", "object"), ("additionalProperties", string)]),
                ], required: ["name", "version", "ready", "corpus", "links"])),
            ("Health", object(["status": string], required: ["status"])),
            ("Ready", object(
                ["status": string, "articles": count, "entities": count, "quotes": count, "loadedAt": string],
                required: ["status"])),
            ("Reload", object(["status": string], required: ["status"])),
        ])
    }
}

extension KeyValuePairs where Key == String, Value == JSONValue {
    fileprivate static func + (lhs: Self, rhs: Self) -> [(String, JSONValue)] {
        lhs.map { ($0.key, $0.value) } + rhs.map { ($0.key, $0.value) }
    }
}
