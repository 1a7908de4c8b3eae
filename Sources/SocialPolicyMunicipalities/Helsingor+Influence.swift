import SocialPolicyInfluence
import SocialPolicyCore

/// Helsingør's influence profile: Politik for brugerinddragelse (HEL-BI, seed 002), adopted
/// 2009 and collected in 2012, for elderly people, children, families and adults with special
/// needs. The policy sets the ladder and the units' duties; each unit documents the degree it
/// gives on each matter, so the frame here is the municipality's minimum.
extension HelsingorProfile: InfluenceLocalPolicy {
    /// HEL-BI (``PolicyDocumentPeriods/helsingorPolitik2009``).
    public static let politik2009 = InfluencePolicyVersion(
        id: "hel-bi-2009", document: .helBI, title: "Helsingør Kommunes politik for brugerinddragelse (HEL-BI)",
        period: PolicyDocumentPeriods.helsingorPolitik2009,
        council: CouncilRequirements(
            influenceFrameWritten: Citation(.helBI, "den enkelte enhed"),
            relatives: .secondaryUsersMayRepresent(Citation(.helBI, "hvem er brugeren"))))
    static let influenceVersions = [politik2009]

    /// The versions of Helsingør's influence policy.
    public var influencePolicies: [InfluencePolicyVersion] { Self.influenceVersions }

    /// HEL-BI's frame: the user's right to be involved in matters concerning the user
    /// (brugerinddragelse), self-determination in one's own life, brugerdeltagelse as the least
    /// on the common (each unit documents more), and the areas where the authority has the final
    /// word, stated openly through the frame each unit informs users of.
    public func influenceFrame(
        _ matter: InfluenceMatter, in setting: InfluenceSetting, under policy: InfluencePolicyVersion
    ) -> InfluenceFrameEntry? {
        guard policy.id == Self.politik2009.id else { return nil }
        let base = InfluenceFrameEntry.national(matter, in: setting)
        func hel(_ section: String) -> Citation { Citation(.helBI, section) }
        let entry: InfluenceFrameEntry
        switch matter {
        case .ownHome: entry = base.with(.selfDetermination, .ownHome, hel("byrådets politik"))
        case .ownActionPlan, .ownCaseDecision, .contactPerson:
            // The national frame may already give more (SMB-BI in drug treatment): keep it then.
            entry = base.degree > .involvement ? base : base.with(.involvement, .actionPlanMeeting, hel("brugeren"))
        case .houseRules, .mealPlans, .dailyActivities, .tripsAndEvents, .commonFurniture, .offerGoalsAndPlans,
            .offerWrittenInformation:
            entry = base.with(.participation, .userCouncil, hel("den enkelte enhed"))
        case .staffHiring: entry = base.with(.none, .none, hel("brugerinddragelse i praksis"))
        case .municipalPlanning: entry = base.with(.involvement, .dialogueForum, hel("formål"))
        case .capacityAndBudget, .legislation: entry = base.with(.none, .none, hel("formål"))
        }
        return entry.statedOpenlyWhenNone()
    }
}
