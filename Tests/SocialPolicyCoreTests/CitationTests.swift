import SocialPolicyCore
import Testing

@Suite("Citation")
struct CitationTests {
    @Test("citations print in the contract's canonical form")
    func canonicalForm() {
        #expect(Citation(.sel, "124 a", stk: 2, nr: 1).description == "SEL § 124 a, stk. 2, nr. 1")
        #expect(Citation(.sel, "126").description == "SEL § 126")
        #expect(Citation(.sel, "126", stk: 1).description == "SEL § 126, stk. 1")
        #expect(Citation(.fvl, "19", nr: 2).description == "FVL § 19, nr. 2")
        #expect(Citation(.gdpr, "9", stk: 2, litra: "c").description == "GDPR art. 9, stk. 2, litra c")
        #expect(Citation(.gdpr, "6").description == "GDPR art. 6")
        #expect(Citation(.kkKS, "7.1").description == "KK-KS 7.1")
        #expect(Citation(.kkBP, "5.1.1").description == "KK-BP 5.1.1")
        #expect(Citation(.genBI, "princip 6").description == "GEN-BI princip 6")
        #expect(Citation(.smbBI, "2.2.5").description == "SMB-BI 2.2.5")
        #expect(Citation(.pl, "1 a").description == "PL § 1 a")
        #expect(Citation(.helBI, "den enkelte enhed").description == "HEL-BI, den enkelte enhed")
        #expect(Citation(.helBI, "den enkelte enhed").matches("HEL-BI"))
        #expect(Citation(.kkKS, "").description == "KK-KS")
    }

    @Test("every source of the contract has its code and kind")
    func sources() {
        let statutes: [(Citation.Source, String)] = [
            (.sel, "SEL"), (.rsl, "RSL"), (.fvl, "FVL"), (.strfl, "STRFL"), (.bl, "BL"), (.pl, "PL"), (.dbl, "DBL"),
        ]
        for (source, code) in statutes {
            #expect(source.rawValue == code)
            #expect(source.kind == .statute)
        }
        #expect(Citation.Source.gdpr.kind == .regulation)
        for source in [Citation.Source.kkBP, .genBI, .smbBI, .kkKS] { #expect(source.kind == .policy) }
        // Helsingør's policy has no numbered sections: cited by heading after a comma.
        #expect(Citation.Source.helBI.kind == .unnumberedPolicy)
        #expect([Citation.Source.kkBP, .genBI, .helBI, .smbBI, .kkKS].map(\.rawValue) == ["KK-BP", "GEN-BI", "HEL-BI", "SMB-BI", "KK-KS"])
        #expect(Citation.Source(rawValue: "XYZ").kind == .statute)
    }

    @Test(
        "an expected citation matches when equal or a leading part up to a comma",
        arguments: [
            ("SEL § 126, stk. 1", "SEL § 126", true),
            ("SEL § 126, stk. 1", "SEL § 126, stk. 1", true),
            ("SEL § 126, stk. 1, nr. 2", "SEL § 126, stk. 1", true),
            ("SEL § 126", "SEL § 126", true),
            ("SEL § 126 a", "SEL § 126", false),
            ("SEL § 126 a, stk. 1", "SEL § 126", false),
            ("SEL § 126, stk. 10", "SEL § 126, stk. 1", false),
            ("SEL § 126", "SEL § 12", false),
            ("SEL § 126", "SEL § 126, stk. 1", false),
            ("SEL § 126", "", false),
            ("SEL § 126", "sel § 126", false),
            ("GDPR art. 9, stk. 2, litra c", "GDPR art. 9", true),
            ("KK-KS 7.1", "KK-KS 7", false),
            ("KK-KS 7.1", "KK-KS 7.1", true),
        ] as [(String, String, Bool)])
    func matchingRule(actual: String, expected: String, matches: Bool) {
        #expect(Citation.string(actual, matches: expected) == matches)
    }

    @Test("a citation value matches by its canonical form; sectionOnly drops stk., nr. and litra")
    func valueMatching() {
        let citation = Citation(.sel, "124 a", stk: 2, nr: 1)
        #expect(citation.matches("SEL § 124 a"))
        #expect(citation.matches("SEL § 124 a, stk. 2"))
        #expect(!citation.matches("SEL § 124"))
        #expect(citation.sectionOnly == Citation(.sel, "124 a"))
        #expect(Citation(.gdpr, "9", stk: 2, litra: "c").sectionOnly.description == "GDPR art. 9")
    }
}
