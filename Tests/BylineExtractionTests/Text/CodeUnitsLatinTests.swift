import Testing

@testable import BylineExtraction

/// The Latin table must answer as the Unicode properties do, and leave other scalars to them.
@Suite struct CodeUnitsLatinTests {
    @Test func latinTable_agreesWithTheProperties() {
        for value in UInt32(0x80)..<0x300 {
            guard let s = Unicode.Scalar(value) else { continue }
            let p = s.properties
            let word = p.isAlphabetic || [.nonspacingMark, .spacingMark, .enclosingMark].contains(p.generalCategory)
            #expect(CodeUnits.isNonASCIIWordScalar(s) == word, "\(value)")
            #expect(CodeUnits.isNonASCIIUpper(s) == (p.isUppercase || p.generalCategory == .titlecaseLetter), "\(value)")
            #expect(CodeUnits.isNonASCIILower(s) == p.isLowercase, "\(value)")
            #expect(CodeUnits.isNonASCIIAlphanumeric(s) == (p.isAlphabetic || p.numericType != nil), "\(value)")
        }
        #expect(CodeUnits.latinFlags("\u{250}") == nil)
        #expect(CodeUnits.latinFlags("é") != nil)
    }
}
