import SocialPolicyDayOffers
import SocialPolicyCore

extension DayOfferStandard {
    /// Københavns Kommune, Kvalitetsstandard for beskyttet beskæftigelse samt samværs- og
    /// aktivitetstilbud på handicapområdet (SEL §§ 103 og 104) for 2013 (seed 004; KK-KS),
    /// in force 2013-01-01 – 2013-12-31 (``PolicyDocumentPeriods/kkKvalitetsstandard2013``).
    ///
    /// | rule | value | section |
    /// |---|---|---|
    /// | case-processing deadline | 6 weeks | KK-KS 2.3 |
    /// | plan review | at least every 4th month | KK-KS 4.1 (and 4.2) |
    /// | extraordinary follow-up | coercion, change in wellbeing/behaviour, change of offer | KK-KS 4.2 |
    /// | leave | up to 1 year keeps the place | KK-KS 4.3 |
    /// | basisydelse (h/week, 5 days) | let 1, moderat 1, omfattende 1.5, massiv 2 | KK-KS 8 |
    /// | personlig pleje og omsorg | let 0.5, moderat 0.75–1.5, omfattende 2–3, massiv 3.5–7 | KK-KS 8 |
    public static let kobenhavn2013 = DayOfferStandard(
        name: "Kvalitetsstandard for beskyttet beskæftigelse samt samværs- og aktivitetstilbud på handicapområdet (SEL §§ 103 og 104) for 2013",
        period: PolicyDocumentPeriods.kkKvalitetsstandard2013,
        hours: SupportHoursTable(
            basisLight: HoursRange(hundredths: 100),
            basisModerate: HoursRange(hundredths: 100),
            basisExtensive: HoursRange(hundredths: 150),
            basisMassive: HoursRange(hundredths: 200),
            careLight: HoursRange(hundredths: 50),
            careModerate: HoursRange(minHundredths: 75, maxHundredths: 150),
            careExtensive: HoursRange(minHundredths: 200, maxHundredths: 300),
            careMassive: HoursRange(minHundredths: 350, maxHundredths: 700)),
        reviewIntervalMonths: 4,
        leaveLimitYears: 1,
        caseProcessingWeeks: 6,
        sections: DayOfferStandard.Sections(
            targetGroups: Citation(.kkKS, "1.3"),
            caseProcessing: Citation(.kkKS, "2.3"),
            planReview: Citation(.kkKS, "4.1"),
            extraordinaryFollowUp: Citation(.kkKS, "4.2"),
            leave: Citation(.kkKS, "4.3"),
            serviceHours: Citation(.kkKS, "8")))
}

extension KobenhavnProfile: DayOfferLocalPolicy {
    /// The 2013 quality standard on days in 2013; `nil` on every other day (no later standard
    /// is bundled).
    public func dayOfferStandard(on date: CivilDate) -> DayOfferStandard? {
        PolicyDocumentPeriods.kkKvalitetsstandard2013.contains(date) ? .kobenhavn2013 : nil
    }
}

/// Copenhagen's quality standard for SEL §§ 103–104 as a typed API for a case system: the same
/// rules as the `day-offer.*` questions, without JSON.
///
/// Every function takes the date the answer is for (`asOf`) and returns `nil` when no standard
/// is in force on it (only 2013 is bundled).
///
/// ```swift
/// KobenhavnDayOfferStandard.nextReviewDate(after: CivilDate(2013, 2, 15), asOf: CivilDate(2013, 3, 1))
/// // 2013-06-15
/// try KobenhavnDayOfferStandard.supportHours(service: .personalCare, level: .extensive, days: 3,
///                                            asOf: CivilDate(2013, 4, 1))   // 1.2–1.8
/// ```
public enum KobenhavnDayOfferStandard: Sendable {
    /// The standard in force on `date`, if any.
    public static func standard(on date: CivilDate) -> DayOfferStandard? {
        BundledProfiles.kobenhavn.dayOfferStandard(on: date)
    }

    /// The day the next plan review is due after `lastReview` (KK-KS 4.1).
    public static func nextReviewDate(after lastReview: CivilDate, asOf: CivilDate) -> CivilDate? {
        standard(on: asOf)?.nextReviewDate(after: lastReview)
    }

    /// Hours per week for `service` at `level` and `days` days a week (KK-KS 8).
    ///
    /// - Throws: `PolicyError` (`out-of-range`, `facts.daysPerWeek`) outside 1–5.
    public static func supportHours(service: DayOfferService, level: SupportLevel, days: Int = 5, asOf: CivilDate)
        throws(PolicyError) -> HoursRange?
    {
        guard let standard = standard(on: asOf) else { return nil }
        return try standard.supportHours(service: service, level: level, daysPerWeek: days)
    }

    /// Whether a leave keeps the place (KK-KS 4.3).
    ///
    /// - Throws: `PolicyError` (`out-of-range`, `facts.leaveEndsOn`) when `end` is before `start`.
    public static func leave(from start: CivilDate, to end: CivilDate, asOf: CivilDate) throws(PolicyError)
        -> LeaveAssessment?
    {
        guard let standard = standard(on: asOf) else { return nil }
        return try standard.leave(from: start, to: end)
    }

    /// The day the decision on an application received on `received` is due (KK-KS 2.3).
    public static func decisionDue(applicationReceivedOn received: CivilDate, asOf: CivilDate) -> CivilDate? {
        standard(on: asOf)?.decisionDue(applicationReceivedOn: received)
    }
}
