import BylineModel
import Testing

@testable import BylineExtraction

/// Where a name found before a title ends, and which longer name a bare word joins: the
/// speaker's name depends on both.
@Suite struct NameBoundaryTests {
    @Test func ampersandBeforeATitledName_belongsToNeitherName() {
        let r = Recognized("Dana Pike & Sen. Tom Waller wore matching hats at the rally.")
        #expect(r.named("Dana Pike") != nil)
        #expect(!r.surfaces.contains { $0.hasSuffix("&") })
    }

    @Test func bareSurname_doesNotJoinAThingNamedAfterThePerson() {
        let r = Recognized(
            "Those not yet on the Waller Train will hear from the campaign.",
            "Waller told reporters on Monday that the crowds were growing.")
        #expect(r.named("Waller Train")?.aliases.contains("Waller") != true)
        #expect(r.named("Waller") != nil)
    }
}
