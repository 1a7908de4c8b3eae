import Foundation
import SocialPolicyCore
import SocialPolicyKit
import Testing

/// One test per point of `../shared/law/primary-texts-2026.md` §5.3 and §8.4 item 36 that the
/// day-offer questions had wrong, each named after the point and the instrument it rests on.
@Suite("Day offers re-read from the acts (primary-texts-2026 §5.3, §8.4)")
struct DayOfferPrimaryTextTests {
    static func eligibility(_ offer: DayOffer, born: CivilDate?, asOf: CivilDate) throws -> Decision {
        try DayOfferEligibilityQuestion.decision(
            for: .init(offer: offer, birthDate: born, substantiallyReducedFunction: true, canWorkOnNormalTerms: false, otherLegislationApplies: false),
            asOf: asOf)
    }

    @Test("5.3.1 from 2024-01-01 §§ 103–104 need the person to be 18 or over (SEL § 2, stk. 1 as amended by LOV 753/2023; LBK 67/2024)")
    func adultsOnlyFrom2024() throws {
        let born = CivilDate(2006, 6, 1)
        for offer in DayOffer.allCases {
            #expect(try Self.eligibility(offer, born: born, asOf: CivilDate(2023, 12, 31)).outcome == .permitted, "\(offer)")
            let after = try Self.eligibility(offer, born: born, asOf: CivilDate(2024, 1, 1))
            #expect(after.outcome == .denied, "\(offer)")
            #expect(after.value("turns18On") == .date(CivilDate(2024, 6, 1)))
            let basis = try #require(after.legalBasis.first { $0.citation.description == "SEL § 2, stk. 1" })
            #expect(basis.instrument == .lbk1089_2023)
            #expect(basis.amendedBy.contains(.lov753_2023))
            #expect(try Self.eligibility(offer, born: born, asOf: CivilDate(2024, 5, 31)).outcome == .denied)
            #expect(try Self.eligibility(offer, born: born, asOf: CivilDate(2024, 6, 1)).outcome == .permitted)
            // After LBK 67/2024 the consolidation itself holds the age.
            let later = try Self.eligibility(offer, born: born, asOf: CivilDate(2024, 3, 1))
            #expect(later.legalBasis.first { $0.citation.description == "SEL § 2, stk. 1" }?.instrument == .lbk67_2024)
        }
        // § 104 needed no birth date before 2024; from 2024 the birth date decides.
        #expect(try Self.eligibility(.activityOffer, born: nil, asOf: CivilDate(2023, 12, 31)).outcome == .permitted)
        let unknown = try Self.eligibility(.activityOffer, born: nil, asOf: CivilDate(2024, 1, 1))
        #expect(unknown.outcome == .undetermined)
        #expect(unknown.missingFacts == ["birthDate"])
        // A birth date after asOf is never used (fail closed).
        #expect(try Self.eligibility(.activityOffer, born: CivilDate(2024, 2, 1), asOf: CivilDate(2024, 1, 1)).outcome == .undetermined)
        // 29 February: "fyldt 18 år" on 1 March in a year without it — the later day.
        #expect(try Self.eligibility(.activityOffer, born: CivilDate(2008, 2, 29), asOf: CivilDate(2026, 2, 28)).outcome == .denied)
        #expect(try Self.eligibility(.activityOffer, born: CivilDate(2008, 2, 29), asOf: CivilDate(2026, 3, 1)).outcome == .permitted)
        #expect(DayOfferRules.eligibilityRuleSets.versions.contains { $0.validFrom == CivilDate(2024, 1, 1) })
    }

    struct Section: Decodable { var stk: [Int] }
    struct Instrument: Decodable { var sections: [String: Section] }
    static let tables: [String: Instrument] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Law/provisions.json")
        guard let data = FileManager.default.contents(atPath: url.path),
            let tables = try? JSONDecoder().decode([String: Instrument].self, from: data)
        else { return [:] }
        return tables
    }()

    @Test("5.3.2 sel-103-104-later-text settled: §§ 103 (2 stk.), 104 and 105 (2 stk.) stand in every SEL consolidation LBK 810/2012 … LBK 1129/2025, and the same case gets the same answer under every version")
    func sel103And104Unchanged() throws {
        var consolidations: Set<LegalInstrument> = []
        for version in DayOfferRules.eligibilityRuleSets.versions {
            for instrument in version.instruments where instrument.kind == .consolidatedAct && instrument.contains == .sel {
                consolidations.insert(instrument)
            }
        }
        #expect(consolidations.contains(.lbk810_2012) && consolidations.contains(.lbk1129_2025))
        #expect(consolidations.count >= 17)
        for instrument in consolidations {
            let key = "\(instrument.issued.year)_\(instrument.number ?? 0)"
            let table = try #require(Self.tables[key], "\(key) not in Tests/Law/provisions.json")
            #expect(table.sections["103"]?.stk.count == 2, "\(key) § 103")
            #expect(table.sections["104"]?.stk.count == 1, "\(key) § 104")
            #expect(table.sections["105"]?.stk.count == 2, "\(key) § 105")
        }
        // The same adult under pension age, on the first day of every version: the same answer.
        for version in DayOfferRules.eligibilityRuleSets.versions {
            for offer in DayOffer.allCases {
                let d = try Self.eligibility(offer, born: CivilDate(1980, 1, 1), asOf: version.validFrom)
                #expect(d.outcome == .permitted, "\(version.label) \(offer)")
            }
        }
    }

    @Test("5.3.3 the 2011 pension act is LOV 1386 af 28/12/2011, not lov nr. 1353/2011 (an executive order on ice charges)")
    func lov1386Of2011() throws {
        let first = try #require(DayOfferRules.eligibilityRuleSets.versions.first)
        #expect(first.title.contains("1386/2011"))
        #expect(first.enactedBy.contains("LOV 1386 af 28/12/2011"))
        #expect(first.instruments.contains(.lov1386_2011))
        for version in DayOfferRules.eligibilityRuleSets.versions {
            #expect(!version.title.contains("1353") && !version.enactedBy.contains("1353"), "\(version.label)")
        }
        #expect(LegalInstrument.lov1386_2011.url == "https://www.retsinformation.dk/eli/lta/2011/1386")
    }

    @Test("5.3.4 § 104 has no wage or transport sentence: remuneration for work in §§ 103–104 is SEL § 105 (LBK 810/2012 … 1129/2025)")
    func remunerationIsSection105() throws {
        let d = try Self.eligibility(.activityOffer, born: CivilDate(1980, 1, 1), asOf: CivilDate(2025, 10, 1))
        for step in d.explanation where step.citation.section == "104" {
            for word in ["løn", "aflønn", "wage", "pay", "transport", "befordring"] {
                #expect(!step.text.da.lowercased().contains(word) && !step.text.en.lowercased().contains(word))
            }
        }
        #expect(DayOfferRules.remuneration == Citation(.sel, "105"))
        #expect(DayOfferEligibilityQuestion.valueSpecs.first { $0.name == "section" }?.meaning.contains("SEL § 105") == true)
    }

    @Test("8.4.36 when the published deadline will be missed the applicant must be told in writing when to expect a decision (RSL § 3, stk. 2, LBK 930/2012 … 354/2025), with or without a standard")
    func informOfExpectedDecisionDate() throws {
        let code = ObligationCode("inform-of-expected-decision-date")
        let missed = DayOfferCaseProcessingQuestion.Facts(applicationReceivedOn: CivilDate(2013, 3, 4), deadlineWillBeMissed: true)
        let inStandard = try DayOfferCaseProcessingQuestion.decision(for: missed, asOf: CivilDate(2013, 3, 4), municipality: BundledProfiles.kobenhavn)
        #expect(inStandard.outcome == .determined)
        #expect(inStandard.hasObligation(code))
        #expect(inStandard.legalBasis.first { $0.citation.description == "RSL § 3, stk. 2" }?.instrument == .lbk930_2012)
        // National law: also where the library holds no standard, and without a municipality.
        let national = DayOfferCaseProcessingQuestion.Facts(applicationReceivedOn: CivilDate(2025, 4, 7), deadlineWillBeMissed: true)
        for municipality in [nil, BundledProfiles.gentofte] as [(any MunicipalPolicy)?] {
            let d = try DayOfferCaseProcessingQuestion.decision(for: national, asOf: CivilDate(2025, 5, 12), municipality: municipality)
            #expect(d.outcome == .undetermined)
            #expect(d.hasObligation(code))
            #expect(d.legalBasis.first { $0.citation.description == "RSL § 3, stk. 2" }?.instrument == .lbk354_2025)
        }
        let onTime = DayOfferCaseProcessingQuestion.Facts(applicationReceivedOn: CivilDate(2013, 3, 4), deadlineWillBeMissed: false)
        #expect(try !DayOfferCaseProcessingQuestion.verdict(for: onTime, asOf: CivilDate(2013, 3, 4), municipality: BundledProfiles.kobenhavn).obligations.contains(code))
        let spec = try #require(DayOfferCaseProcessingQuestion.factSpecs.first { $0.name == "deadlineWillBeMissed" })
        #expect(spec.since == "1.1" && spec.meaning.contains("RSL § 3, stk. 2"))
        #expect(DayOfferCaseProcessingQuestion.obligationSpecs.contains { $0.code == code && $0.since == "1.1" })
    }

    @Test("fail closed (KK-KS 4.1): a plan review dated after asOf has not happened and never yields a later due date")
    func futureReviewIsUnknown() throws {
        let d = try DayOfferFollowUpQuestion.decision(
            for: .init(lastPlanReviewOn: CivilDate(2013, 4, 1), events: []), asOf: CivilDate(2013, 3, 1), municipality: BundledProfiles.kobenhavn)
        #expect(d.outcome == .undetermined)
        #expect(d.missingFacts == ["lastPlanReviewOn"])
        #expect(d.value("nextReviewDue") == nil)
        #expect(!d.hasObligation(ObligationCode("review-plan")))
    }

    @Test("without a standard the questions cite the statutory basis of quality standards (SEL § 139), never a municipality's document it does not have")
    func noStandardCitesSection139() throws {
        for municipality in [nil, BundledProfiles.gentofte, BundledProfiles.helsingor] as [(any MunicipalPolicy)?] {
            let d = try DayOfferSupportHoursQuestion.decision(
                for: try .init(service: .basis, supportLevel: .light), asOf: CivilDate(2013, 4, 1), municipality: municipality)
            #expect(d.outcome == .undetermined)
            #expect(d.citations.contains(Citation(.sel, "139")))
            #expect(!d.citations.contains { $0.source == .kkKS })
            #expect(d.legalBasis.allSatisfy { $0.instrument != nil })
        }
    }

    @Test("every day-offer question declares its values (and obligations), and every rule-set version names its instruments")
    func catalogueMetadata() throws {
        for id in ["day-offer.eligibility", "day-offer.support-hours", "day-offer.follow-up", "day-offer.leave", "day-offer.case-processing"] {
            let question = try #require(PolicyCatalogue.standard.question(id))
            #expect(!question.valueSpecs.isEmpty, "\(id)")
            for version in question.ruleSets.versions {
                #expect(!version.instruments.isEmpty, "\(version.label)")
                #expect(version.instruments.allSatisfy { $0.url?.hasPrefix("https://www.retsinformation.dk/eli/lta/") ?? false })
            }
        }
        #expect(DayOfferFollowUpQuestion.obligationSpecs.map(\.code.rawValue) == ["review-plan", "extraordinary-follow-up"])
    }
}
