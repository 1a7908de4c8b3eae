import SocialPolicyInfluence
import SocialPolicyCore

/// København's influence profile: Brugerpolitik (KK-BP, seed 000) for socialpsykiatri —
/// socialcentre, botilbud, activity offers and the other offers of the policy. Drug-misuse
/// treatment and elder care (nursing homes, home care) are outside KK-BP's offer-level frame and
/// follow the national frame, except that
/// capacity, budget and legislation (the municipality's overall effort, KK-BP 3.2) are stated
/// openly as areas without influence in every setting.
extension KobenhavnProfile: InfluenceLocalPolicy {
    /// KK-BP, in force from 2010 with no end known (``PolicyDocumentPeriods/kkBrugerpolitik``).
    public static let brugerpolitik = InfluencePolicyVersion(
        id: "kk-bp-2010", document: .kkBP, title: "Københavns Kommunes brugerpolitik (KK-BP)",
        period: PolicyDocumentPeriods.kkBrugerpolitik,
        council: CouncilRequirements(
            councilForEveryOffer: Citation(.kkBP, "4.2"),
            influenceFrameWritten: Citation(.kkBP, "4.1"),
            compositionAndTermSet: Citation(.kkBP, "4.2")))
    static let influenceVersions = [brugerpolitik]

    /// The versions of København's influence policy.
    public var influencePolicies: [InfluencePolicyVersion] { Self.influenceVersions }

    /// KK-BP's frame: own home (5.2), own case and plan (1.1, 5.1, 5.1.2), house meetings in
    /// botilbud (5.2), councils for every offer (4.2), activity offers (4.2.1), botilbud's written
    /// information (4.2.2), hiring committees (4.1), the dialogue forum (3.2) and the areas with
    /// no influence, to be stated openly (3.2, 4.1).
    public func influenceFrame(
        _ matter: InfluenceMatter, in setting: InfluenceSetting, under policy: InfluencePolicyVersion
    ) -> InfluenceFrameEntry? {
        guard policy.id == Self.brugerpolitik.id else { return nil }
        let base = InfluenceFrameEntry.national(matter, in: setting)
        if setting == .drugTreatment || setting == .nursingHome || setting == .homeCare {
            // KK-BP's offer-level frame is for socialpsykiatri; drug treatment and elder care
            // (nursing homes, home care) follow the national frame. Capacity, budget and legislation are the municipality's overall effort,
            // whatever the setting: KK-BP 3.2 says there is no influence there and that this must
            // be said openly.
            switch matter {
            case .capacityAndBudget, .legislation:
                return base.with(.none, .none, Citation(.kkBP, "3.2")).statedOpenlyWhenNone()
            default:
                return base
            }
        }
        let home = setting == .botilbud
        let activity = setting == .activityOffer
        func kk(_ section: String) -> Citation { Citation(.kkBP, section) }
        let entry: InfluenceFrameEntry
        switch matter {
        case .ownHome: entry = base.with(.selfDetermination, .ownHome, kk("5.2"))
        case .ownActionPlan: entry = base.with(.influence, .actionPlanMeeting, kk("5.1.2"))
        case .ownCaseDecision: entry = base.with(.involvement, .actionPlanMeeting, kk("1.1"))
        case .contactPerson:
            entry = home ? base.with(.influence, .actionPlanMeeting, kk("4.2.2")) : base.with(.involvement, .actionPlanMeeting, kk("5.1"))
        case .houseRules:
            entry = home ? base.with(.influence, .houseMeeting, kk("5.2")) : base.with(.influence, .userCouncil, kk("4.2"))
        case .mealPlans:
            entry =
                home ? base.with(.influence, .houseMeeting, kk("5.2"))
                : base.with(.involvement, .userCouncil, kk(activity ? "4.2.1" : "4.2"))
        case .dailyActivities:
            entry = home ? base.with(.influence, .houseMeeting, kk("5.2")) : base.with(.influence, .userCouncil, kk(activity ? "4.2.1" : "4.2"))
        case .tripsAndEvents:
            entry =
                home ? base.with(.influence, .houseMeeting, kk("5.2"))
                : base.with(.involvement, .userCouncil, kk(activity ? "4.2.1" : "4.2"))
        case .commonFurniture:
            entry =
                home ? base.with(.influence, .houseMeeting, kk("5.2"))
                : activity ? base.with(.influence, .userCouncil, kk("4.2.1")) : base.with(.involvement, .userCouncil, kk("4.2"))
        case .staffHiring: entry = base.with(.involvement, .hiringCommittee, kk("4.1"))
        case .offerGoalsAndPlans: entry = base.with(.influence, .userCouncil, kk("4.2"))
        case .offerWrittenInformation: entry = base.with(.influence, .userCouncil, kk(home ? "4.2.2" : "4.2"))
        case .municipalPlanning: entry = base.with(.involvement, .dialogueForum, kk("3.2"))
        case .capacityAndBudget, .legislation: entry = base.with(.none, .none, kk("3.2"))
        }
        return entry.statedOpenlyWhenNone()
    }
}
