/// What the parser has for the server after being fed bytes.
public enum HTTPParserEvent: Sendable {
    /// The header section of a request carrying `Expect: 100-continue` is complete and its
    /// body has not started: the server should answer `100 Continue` now (RFC 9110 §10.1.1).
    case continueExpected
    /// A complete request, body included.
    case request(HTTPRequest)
}
