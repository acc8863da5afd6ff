import BylineModel
import Testing

@testable import BylineExtraction

/// A person whose surname is also a listed town (`Dayton`, `Hassan`): the bare surname's
/// place votes no longer outweigh a full personal name or a title (`EntityLinker+PlaceSurname`).
@Suite struct PlaceSurnameTests {
    @Test func givenNameAndPlaceSurname_isAPerson_howeverOftenTheSurnameStandsAlone() {
        let found = Recognized(
            "Nora Dayton spoke at the hall on Monday.",
            "Dayton said the budget was too small. Dayton said the roads came first.",
            "Dayton told the crowd to vote. Dayton left early. Dayton smiled.")
        #expect(found.type(of: "Nora Dayton") == .person)
        #expect(found.named("Nora Dayton")?.aliases == ["Dayton"])
    }

    @Test func titledPlaceSurname_isAPerson() {
        let found = Recognized(
            "Mr. Hassan arrived late.",
            "Hassan said the plan was fair. Hassan said it twice. Hassan left. Hassan smiled.")
        #expect(found.type(of: "Hassan") == .person)
    }

    @Test func listedPlaceOpeningWithAGivenName_staysAPlace() {
        // `Santa` is a given name and the first mention reads as a person on its own; the
        // whole name is a listed city, so the cluster's place votes stand.
        let found = Recognized(
            "Santa Clara voted on Monday.",
            "The city of Santa Clara closed its roads. Workers in the city of Santa Clara stayed home.")
        #expect(found.type(of: "Santa Clara") == .location)
    }

    @Test func bareTownWithoutAPerson_staysAPlace() {
        let found = Recognized("The plant in Dayton closed. Workers in Dayton lost their jobs.")
        #expect(found.type(of: "Dayton") == .location)
    }
}

extension PlaceSurnameTests {
    @Test func unlistedFirstNameStandingAlone_makesAPerson() {
        let found = Recognized(
            "Zeb Dayton spoke at the hall on Monday.",
            "Dayton said the budget was too small. Dayton said the roads came first.",
            "Zeb told the crowd to vote. Dayton left early. Dayton smiled.")
        #expect(found.type(of: "Zeb Dayton") == .person)
    }
}
