@testable import BylineExtraction
import Testing

@Suite struct MojibakeRepairTests {
    /// `text` as it reads after its UTF-8 bytes were taken for Windows-1252 (Latin-1 where
    /// Windows-1252 leaves a byte undefined), `times` over.
    static func misread(_ text: String, times: Int = 1) -> String {
        var current = text
        let table = Dictionary(uniqueKeysWithValues: MojibakeRepair.windows1252Bytes.map { ($0.value, $0.key) })
        for _ in 0..<times {
            var next = String()
            for byte in current.utf8 {
                let value = byte >= 0x80 && byte <= 0x9F ? table[byte] ?? UInt32(byte) : UInt32(byte)
                next.unicodeScalars.append(Unicode.Scalar(value)!)
            }
            current = next
        }
        return current
    }

    @Test func onceMisreadText_isRestored() {
        #expect(MojibakeRepair.repaired("the prison at GuantÃ¡namo Bay") == "the prison at Guantánamo Bay")
        #expect(MojibakeRepair.repaired("Ana PeÃ±a said itâ€™s over") == "Ana Peña said it’s over")
        #expect(MojibakeRepair.repaired(Self.misread("Zoë Brandt, of Łódź — “yes”")) == "Zoë Brandt, of Łódź — “yes”")
    }

    @Test func twiceMisreadText_isRestored() {
        let name = "Françoise Müller-Øster"
        #expect(MojibakeRepair.repaired(Self.misread(name, times: 2)) == name)
        // Read the second time as Latin-1: the byte 0x83 became a C1 control, not `ƒ`.
        #expect(MojibakeRepair.repaired("President FranÃ\u{83}Â§ois Delors said") == "President François Delors said")
        #expect(MojibakeRepair.repaired(Self.misread("Tomás said “no” — twice", times: 3)) == "Tomás said “no” — twice")
    }

    @Test func compatibilityFoldedSymbols_areReadBack() {
        // `¨` folded to a space and a combining diaeresis, `º` and `ª` to letters.
        #expect(MojibakeRepair.repaired("SÃ©golÃ \u{0308}ne Varda") == "Ségolène Varda")
        #expect(MojibakeRepair.repaired("Rep. RaÃol Ibarra") == "Rep. Raúl Ibarra")
        #expect(MojibakeRepair.repaired("JesÃ\u{83}Âos Ortega") == "Jesús Ortega")
        #expect(MojibakeRepair.repaired("a raison d'Ãatre") == "a raison d'être")
    }

    @Test func misreadTextDecomposedAfterwards_isRestored() {
        // `Ã` and `Â` written as a letter and a combining mark (the text was normalised to NFD
        // after the misreading).
        #expect(MojibakeRepair.repaired("President FranA\u{303}\u{83}A\u{302}\u{A7}ois Delors") == "President François Delors")
        #expect(MojibakeRepair.mayHoldMojibake("FranA\u{303}\u{A7}ois"))
        for text in ["Zoe\u{308} in Sa\u{303}o Paulo", "SA\u{303}O PAULO"] {
            #expect(MojibakeRepair.repaired(text) == text)
        }
    }

    @Test func ordinaryAccentedText_isUntouched() {
        for text in [
            "Zoë Brandt met Jörg Müller in São Paulo.", "SÃO PAULO and JOÃO", "CAFÉ—the menu", "JOSÉ’s car",
            "Ãngel", "Ão", "façade, naïve, déjà vu", "£5 and 10°C", "Â", "Renée’s “Æ” key",
            "ÅSA—yes", "Ñ»", "PASÓ” he said",
        ] {
            #expect(MojibakeRepair.repaired(text) == text, "\(text)")
        }
    }

    @Test func textWithoutMisreadLeads_isReturnedAsItIs() {
        #expect(!MojibakeRepair.mayHoldMojibake("Plain ASCII and Zoë, née Müller, of Bogotá"))
        // Accented letters before `a`/`o` are no folded `ª`/`º` after a misread lead.
        #expect(!MojibakeRepair.mayHoldMojibake("García and Marío of Valparaíso, Cortés o Peña"))
        #expect(!MojibakeRepair.mayHoldMojibake("Ångel Åberg, São Tomé, Øyvind, pâte, Ðorđe"))
        #expect(MojibakeRepair.mayHoldMojibake("GuantÃ¡namo"))
        #expect(MojibakeRepair.mayHoldMojibake("itâ€™s"))
        #expect(MojibakeRepair.mayHoldMojibake("FranÃ\u{83}Â§ois"))
    }

    @Test func cleanedArticle_offersRepairedText() throws {
        let raw = "Talks resume\n\nâ€œWe will talk,â€\u{9D} said FranÃ§ois Ortiz on Friday.\n"
        let article = try #require(ArticleCleaner.clean(raw))
        #expect(article.paragraphs == ["“We will talk,” said François Ortiz on Friday."])
    }
}
