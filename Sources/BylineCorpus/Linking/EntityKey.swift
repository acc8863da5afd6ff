/// The form two names must share to be the same name: folded tokens joined by spaces, so
/// "U.S." and "US", "Sergey Lavrov" and "SERGEY  LAVROV" meet.
enum EntityKey {
    static func of(_ name: String) -> String {
        SearchTokenizer.tokens(in: name).joined(separator: " ")
    }
}
