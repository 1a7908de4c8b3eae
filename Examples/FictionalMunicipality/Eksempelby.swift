import SocialPolicyKit

/// Eksempelby Kommune — a fictional municipality whose profile a host writes in a few dozen
/// lines: one user-influence policy with its period, its council rules and a frame that starts
/// from the national one and changes only what the document says, and a citizens' advisor for
/// complaints. Everything else (coercion, confidentiality, day offers) falls back to the
/// protocol defaults: national law only.
public struct EksempelbyKommune: MunicipalProfile {
    public var id: String { "eksempelby" }
    public var name: String { "Eksempelby Kommune" }
    public init() {}

    /// 1 January 2022: Eksempelby's policy took effect and its borgerrådgiver started.
    ///
    /// A date literal in the host's own code: `init(validatingYear:month:day:)` returns `nil`
    /// for an impossible date, so a mistyped literal stops this program at its first use
    /// instead of becoming another date. Dates from records are built with the throwing
    /// `CivilDate(year:month:day:)` and never trap.
    static let start2022 = CivilDate(validatingYear: 2022, month: 1, day: 1)!

    /// Eksempelby set up a borgerrådgiver (KSL § 65 e) on 1 January 2022.
    public func hasCitizensAdvisor(on date: CivilDate) -> Bool { date >= Self.start2022 }

    /// The municipality's own document, cited as `EKS-BI <section>`.
    public static let document = Citation.Source(code: "EKS-BI", kind: .policy)

    /// "Politik for brugerråd og brugerindflydelse", adopted by the council for 2022 onwards.
    public static let policy2022 = InfluencePolicyVersion(
        id: "eks-bi-2022", document: document, title: "Eksempelby Kommunes politik for brugerindflydelse",
        period: PolicyPeriod(from: start2022),
        council: CouncilRequirements(
            councilForEveryOffer: Citation(document, "2.1"),
            minimumMeetingsPerYear: LocalRule(6, Citation(document, "2.2")),
            maximumYearsBetweenElections: LocalRule(1, Citation(document, "2.3")),
            minutesPublished: Citation(document, "2.4"),
            influenceFrameWritten: Citation(document, "3.1"),
            relatives: .secondaryUsersMayRepresent(Citation(document, "2.5"))))

    /// Every version of the policy, oldest first (a static list: the hot path reads it).
    public static let policies = [EksempelbyKommune.policy2022]
    public var influencePolicies: [InfluencePolicyVersion] { Self.policies }

    public func influenceFrame(
        _ matter: InfluenceMatter, in setting: InfluenceSetting, under policy: InfluencePolicyVersion
    ) -> InfluenceFrameEntry? {
        let national = InfluenceFrameEntry.national(matter, in: setting)
        let section = Citation(Self.document, "3.2")
        let entry: InfluenceFrameEntry
        switch matter {
        case .mealPlans, .tripsAndEvents: entry = national.with(.userSteering, .userCouncil, section)  // the users run them
        case .staffHiring: entry = national.with(.involvement, .hiringCommittee, section)
        default: entry = national
        }
        return entry.statedOpenlyWhenNone()  // EKS-BI 3.1: areas without influence are named
    }
}
