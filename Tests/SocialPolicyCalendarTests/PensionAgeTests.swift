import SocialPolicyCalendar
import SocialPolicyContract
import SocialPolicyCore
import Testing

@Suite("Folkepensionsalder")
struct PensionAgeTests {
    /// (born, asked on, years, months) — PL § 1 a as legislated in each act.
    static let table: [(CivilDate, CivilDate, Int, Int)] = [
        (CivilDate(1953, 12, 31), CivilDate(2024, 1, 1), 65, 0),
        (CivilDate(1954, 1, 1), CivilDate(2024, 1, 1), 65, 6),
        (CivilDate(1954, 6, 30), CivilDate(2024, 1, 1), 65, 6),
        (CivilDate(1954, 7, 1), CivilDate(2024, 1, 1), 66, 0),
        (CivilDate(1954, 12, 31), CivilDate(2024, 1, 1), 66, 0),
        (CivilDate(1955, 1, 1), CivilDate(2024, 1, 1), 66, 6),
        (CivilDate(1955, 6, 30), CivilDate(2024, 1, 1), 66, 6),
        (CivilDate(1955, 7, 1), CivilDate(2024, 1, 1), 67, 0),
        (CivilDate(1962, 12, 31), CivilDate(2024, 1, 1), 67, 0),
        // The 2015 act (in force 2015-12-29): 68 for 1963–1966.
        (CivilDate(1963, 1, 1), CivilDate(2015, 12, 28), 67, 0),
        (CivilDate(1963, 1, 1), CivilDate(2015, 12, 29), 68, 0),
        (CivilDate(1966, 12, 31), CivilDate(2024, 1, 1), 68, 0),
        // The 2015 act wrote 68 for everyone born after 31 December 1962; the 2020 act (in force
        // 2020-12-31) wrote 69 for those born after 31 December 1966.
        (CivilDate(1967, 1, 1), CivilDate(2015, 12, 28), 67, 0),
        (CivilDate(1967, 1, 1), CivilDate(2020, 12, 30), 68, 0),
        (CivilDate(1967, 1, 1), CivilDate(2020, 12, 31), 69, 0),
        (CivilDate(1970, 12, 31), CivilDate(2030, 1, 1), 69, 0),
        // The 2025 act (in force 2025-12-31): 70 for 1971 or later.
        (CivilDate(1972, 6, 15), CivilDate(2024, 6, 1), 69, 0),
        (CivilDate(1972, 6, 15), CivilDate(2025, 12, 30), 69, 0),
        (CivilDate(1972, 6, 15), CivilDate(2025, 12, 31), 70, 0),
        (CivilDate(1972, 6, 15), CivilDate(2026, 1, 1), 70, 0),
        (CivilDate(1971, 1, 1), CivilDate(2026, 1, 1), 70, 0),
        (CivilDate(1970, 12, 31), CivilDate(2026, 1, 1), 69, 0),
        (CivilDate(1990, 3, 3), CivilDate(2040, 1, 1), 70, 0),
    ]

    @Test("the age follows the birth date and the act in force on the date asked about")
    func ageTable() {
        for (born, asked, years, months) in Self.table {
            let age = PensionAge.age(bornOn: born, lawOf: asked)
            #expect(age.years == years && age.months == months, "born \(born), asked \(asked)")
        }
    }

    @Test("born 1972: 69 when asked in 2024, 70 when asked in 2026 — through the JSON path with the version named")
    func born1972() throws {
        func decision(_ asOf: String) throws -> Decision {
            try PolicyCatalogue.standard.evaluate(
                json: Array(#"{"question": "calendar.pension-age", "asOf": "\#(asOf)", "facts": {"birthDate": "1972-03-10"}}"#.utf8))
        }
        let in2024 = try decision("2024-05-01")
        #expect(in2024.value("pensionAgeYears") == .int(69))
        #expect(in2024.value("reachesPensionAgeOn") == .date(CivilDate(2041, 3, 10)))
        #expect(in2024.ruleSet == "pl-1a@2020-12-31")
        let in2026 = try decision("2026-05-01")
        #expect(in2026.value("pensionAgeYears") == .int(70))
        #expect(in2026.value("pensionAgeMonths") == .int(0))
        #expect(in2026.value("reachesPensionAgeOn") == .date(CivilDate(2042, 3, 10)))
        #expect(in2026.ruleSet == "pl-1a@2025-12-31")
        #expect(in2026.citations.contains { $0.matches("PL § 1 a") })
    }

    @Test("the day it is reached: birth date plus the age; a half year is six months; a missing day is the month's last")
    func reachedOn() {
        let asked = CivilDate(2024, 1, 1)
        #expect(PensionAge.reachedOn(bornOn: CivilDate(1960, 2, 10), lawOf: asked) == CivilDate(2027, 2, 10))
        #expect(PensionAge.reachedOn(bornOn: CivilDate(1954, 3, 31), lawOf: asked) == CivilDate(2019, 9, 30))
        #expect(PensionAge.reachedOn(bornOn: CivilDate(1954, 8, 31), lawOf: asked) == CivilDate(2020, 8, 31))
        #expect(PensionAge.reachedOn(bornOn: CivilDate(1972, 2, 29), lawOf: CivilDate(2026, 1, 1)) == CivilDate(2042, 2, 28))
        #expect(PensionAge.isUnderPensionAge(bornOn: CivilDate(1960, 2, 10), on: CivilDate(2027, 2, 9)))
        #expect(!PensionAge.isUnderPensionAge(bornOn: CivilDate(1960, 2, 10), on: CivilDate(2027, 2, 10)))
    }

    @Test("the pension-age versions are gap-free, open-ended, and each is used exactly in its period")
    func versions() throws {
        let catalogue = PensionAge.ruleSets
        #expect(catalogue.validationProblems().isEmpty)
        #expect(catalogue.versions.map(\.label) == [
            "pl-1a@2012-01-01", "pl-1a@2015-12-29", "pl-1a@2020-12-31", "pl-1a@2025-12-31",
        ])
        #expect(try catalogue.version(on: CivilDate(2015, 12, 28)).label == "pl-1a@2012-01-01")
        #expect(try catalogue.version(on: CivilDate(2015, 12, 29)).label == "pl-1a@2015-12-29")
        #expect(try catalogue.version(on: CivilDate(2025, 12, 30)).label == "pl-1a@2020-12-31")
        #expect(try catalogue.version(on: CivilDate(2025, 12, 31)).label == "pl-1a@2025-12-31")
    }

    @Test("property: within one version the age never falls for a later birth date, and every age is 65–70")
    func monotonic() {
        for asked in [CivilDate(2013, 1, 1), CivilDate(2016, 1, 1), CivilDate(2021, 1, 1), CivilDate(2026, 1, 1)] {
            var previous = 0
            var born = CivilDate(1940, 1, 1)
            while born.year <= 2010 {
                let age = PensionAge.age(bornOn: born, lawOf: asked)
                let months = age.years * 12 + age.months
                #expect(months >= previous && (65 * 12...70 * 12).contains(months), "born \(born) asked \(asked)")
                previous = months
                born = born.adding(days: 17)
            }
        }
    }
}
