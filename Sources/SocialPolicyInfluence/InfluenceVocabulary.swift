import SocialPolicyCore

/// A matter a user may want a say on (`influence.matter`'s `matter` fact).
public enum InfluenceMatter: String, FactEnum {
    /// The user's own home (boligen er beboerens hjem).
    case ownHome = "own-home"
    /// The user's own handleplan (SEL § 141) or pædagogisk plan.
    case ownActionPlan = "own-action-plan"
    /// A decision in the user's own case (afgørelse).
    case ownCaseDecision = "own-case-decision"
    /// Who the user's contact person (kontaktperson) is.
    case contactPerson = "contact-person"
    /// House rules (husorden).
    case houseRules = "house-rules"
    /// Meal plans (madplaner).
    case mealPlans = "meal-plans"
    /// Daily activities (aktiviteter i dagligdagen).
    case dailyActivities = "daily-activities"
    /// Trips and events (udflugter, arrangementer).
    case tripsAndEvents = "trips-and-events"
    /// Furniture for common rooms (inventar til fællesrum).
    case commonFurniture = "common-furniture"
    /// Hiring staff (ansættelse af personale).
    case staffHiring = "staff-hiring"
    /// The offer's goals and development plans (indsatsområder, målsætninger, udviklingsplaner).
    case offerGoalsAndPlans = "offer-goals-and-plans"
    /// The offer's written information about daily life (skriftlig information om hverdagslivet).
    case offerWrittenInformation = "offer-written-information"
    /// The municipality's overall planning (den samlede indsats).
    case municipalPlanning = "municipal-planning"
    /// Capacity and budget (kapacitet og økonomi).
    case capacityAndBudget = "capacity-and-budget"
    /// Legislation (lovgivningen).
    case legislation = "legislation"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .ownHome: "the user's own home (boligen er beboerens hjem)"
        case .ownActionPlan: "the user's own plan: the SEL § 141 handleplan, barnets plan (BL § 92) or pædagogisk plan"
        case .ownCaseDecision: "a decision in the user's own case (afgørelse)"
        case .contactPerson: "who the user's contact person (kontaktperson) is"
        case .houseRules: "house rules (husorden)"
        case .mealPlans: "meal plans (madplaner)"
        case .dailyActivities: "daily activities (aktiviteter i dagligdagen)"
        case .tripsAndEvents: "trips and events (udflugter, arrangementer)"
        case .commonFurniture: "furniture for common rooms (inventar til fællesrum)"
        case .staffHiring: "hiring staff (ansættelse af personale)"
        case .offerGoalsAndPlans: "the offer's goals and development plans"
        case .offerWrittenInformation: "the offer's written information about daily life"
        case .municipalPlanning: "the municipality's overall planning (den samlede indsats)"
        case .capacityAndBudget: "capacity and budget (kapacitet og økonomi)"
        case .legislation: "legislation (lovgivningen)"
        }
    }

    /// Whether the matter is the user's own case (RSL § 4) rather than the common (SEL §§ 16, 18).
    public var isOwnCase: Bool {
        switch self {
        case .ownHome, .ownActionPlan, .ownCaseDecision, .contactPerson: true
        default: false
        }
    }
}

/// Where the user is (`influence.matter`'s `setting` fact).
public enum InfluenceSetting: String, FactEnum {
    /// A residential offer (botilbud, bocenter, bofællesskab).
    case botilbud
    /// An activity offer (aktivitets- og samværstilbud, SEL § 104).
    case activityOffer = "activity-offer"
    /// Sheltered employment (beskyttet beskæftigelse, SEL § 103).
    case shelteredEmployment = "sheltered-employment"
    /// A socialcenter (the authority's case handling and hjemmevejledning).
    case socialcenter
    /// Drug-misuse treatment (social stofmisbrugsbehandling, SEL § 101).
    case drugTreatment = "drug-treatment"
    /// A nursing home or care dwelling (plejehjem, plejebolig): from 2025-07-01 the care there is
    /// help under ældreloven (§ 10; plejehjem § 47) unless a serviceloven decision still runs.
    case nursingHome = "nursing-home"
    /// Home care (hjemmepleje: personal and practical help in one's own home; SEL § 83 to
    /// 2025-06-30, ældreloven § 10 from 2025-07-01 for persons ældreloven covers).
    case homeCare = "home-care"

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .botilbud: "a residential offer (botilbud, bocenter, bofællesskab; SEL §§ 107–108)"
        case .activityOffer: "an activity offer (aktivitets- og samværstilbud, SEL § 104)"
        case .shelteredEmployment: "sheltered employment (beskyttet beskæftigelse, SEL § 103)"
        case .socialcenter: "a socialcenter: the authority's case handling and hjemmevejledning"
        case .drugTreatment: "drug-misuse treatment (social stofmisbrugsbehandling, SEL § 101)"
        case .nursingHome:
            "a nursing home or care dwelling (plejehjem, plejebolig); from 2025-07-01 usually an offer under ældreloven (§§ 10, 47): see aeldrelovOffer"
        case .homeCare:
            "home care (hjemmepleje): SEL § 83 to 2025-06-30; from 2025-07-01 ældreloven § 10 for the persons it covers: see aeldrelovOffer"
        }
    }

    /// Whether the setting can be an offer under ældreloven (from 2025-07-01).
    public var canBeAeldrelovOffer: Bool { self == .nursingHome || self == .homeCare }
}

/// Which act's influence duty reaches an offer on the date asked about.
package enum InfluenceRegime: Sendable, Hashable {
    /// Serviceloven § 16 (every offer to 2023-12-31; offers to adults from 2024-01-01).
    case serviceloven
    /// Barnets lov § 16: offers to children, young people and families from 2024-01-01.
    case barnetsLov
    /// Ældreloven (from 2025-07-01): no user-influence guidelines duty; SEL § 16 does not reach.
    case aeldreloven
}

/// The two forms of influence (KK-BP 1.1).
public enum InfluenceForm: String, Sendable, Hashable, CaseIterable {
    /// Influence on one's own case (indflydelse på egen sag, RSL § 4).
    case ownCase = "own-case"
    /// Influence on the common (indflydelse på det fælles, SEL §§ 16 and 18).
    case common
}

/// The three levels of influence (KK-BP 1.2).
public enum InfluenceLevel: String, Sendable, Hashable, CaseIterable {
    /// The meeting between citizen and staff: one's own case and own life.
    case individual
    /// The formal fora of one offer.
    case offer
    /// The municipality's overall effort and planning.
    case municipality
}

/// The degree of say: the Helsingør ladder (HEL-BI) with self-determination above it and none
/// below. Ordered by ``rank``: a higher rank means more say.
public enum InfluenceDegree: String, Sendable, Hashable, CaseIterable, Comparable {
    /// No influence: the authority decides alone (an area that must be named openly, KK-BP 3.2, 4.1).
    case none
    /// Brugerdeltagelse: users are heard and act as informants.
    case participation
    /// Brugerinddragelse: users help find problems, prioritise, develop ideas, evaluate.
    case involvement
    /// Brugerindflydelse: users have independent competence (e.g. on quality goals).
    case influence
    /// Brugerstyring: users lead, set values and frames.
    case userSteering = "user-steering"
    /// Selvbestemmelse: the citizen decides over their own life.
    case selfDetermination = "self-determination"

    /// The rung on the ladder, 0 (none) to 5 (self-determination).
    public var rank: Int {
        switch self {
        case .none: 0
        case .participation: 1
        case .involvement: 2
        case .influence: 3
        case .userSteering: 4
        case .selfDetermination: 5
        }
    }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: InfluenceDegree, rhs: InfluenceDegree) -> Bool { lhs.rank < rhs.rank }

    /// The Danish term.
    public var danishName: String {
        switch self {
        case .none: "ingen indflydelse"
        case .participation: "brugerdeltagelse"
        case .involvement: "brugerinddragelse"
        case .influence: "brugerindflydelse"
        case .userSteering: "brugerstyring"
        case .selfDetermination: "selvbestemmelse"
        }
    }

    /// The English term.
    public var englishName: String {
        switch self {
        case .none: "no influence"
        case .participation: "participation (heard as informants)"
        case .involvement: "involvement"
        case .influence: "influence (independent competence)"
        case .userSteering: "user steering"
        case .selfDetermination: "self-determination"
        }
    }
}

/// The forum through which the say is exercised.
public enum InfluenceForum: String, Sendable, Hashable, CaseIterable {
    /// The user's own home.
    case ownHome = "own-home"
    /// The meeting on the user's handleplan or case.
    case actionPlanMeeting = "action-plan-meeting"
    /// House meeting (husmøde, fællesmøde).
    case houseMeeting = "house-meeting"
    /// User council (brugerråd, beboerråd, centerråd).
    case userCouncil = "user-council"
    /// Hiring committee (ansættelsesudvalg).
    case hiringCommittee = "hiring-committee"
    /// A municipal dialogue forum (e.g. Dialogforum på Psykiatriområdet).
    case dialogueForum = "dialogue-forum"
    /// A user organisation (brugerorganisation, SEL § 18).
    case userOrganisation = "user-organisation"
    /// An ad-hoc working group.
    case adHocGroup = "ad-hoc-group"
    /// No forum: there is no say.
    case none
}

/// One cell of an influence frame: how much say a user has on one matter in one setting,
/// through which forum, and on which source.
public struct InfluenceFrameEntry: Sendable, Hashable {
    /// Own case or the common.
    public var form: InfluenceForm
    /// Individual, offer or municipality.
    public var level: InfluenceLevel
    /// The degree of say.
    public var degree: InfluenceDegree
    /// The forum (``InfluenceForum/none`` exactly when the degree is none).
    public var forum: InfluenceForum
    /// Whether the absence of influence must be stated openly to users (only with degree none).
    public var mustBeStatedOpenly: Bool
    /// The provision (statute or policy) the entry rests on.
    public var basis: Citation

    /// Creates an entry.
    public init(
        form: InfluenceForm, level: InfluenceLevel, degree: InfluenceDegree, forum: InfluenceForum,
        mustBeStatedOpenly: Bool = false, basis: Citation
    ) {
        self.form = form
        self.level = level
        self.degree = degree
        self.forum = forum
        self.mustBeStatedOpenly = mustBeStatedOpenly
        self.basis = basis
    }

    /// This entry with another degree, forum and basis (the forum becomes ``InfluenceForum/none``
    /// when the degree is none), and optionally another level.
    public func with(
        _ degree: InfluenceDegree, _ forum: InfluenceForum, _ basis: Citation, level: InfluenceLevel? = nil
    ) -> InfluenceFrameEntry {
        var copy = self
        copy.degree = degree
        copy.forum = degree == .none ? .none : forum
        copy.basis = basis
        if let level { copy.level = level }
        return copy
    }

    /// Whether two entries give the same say (form, level, degree, forum, openness), whatever
    /// source each rests on.
    public func sameSay(as other: InfluenceFrameEntry) -> Bool {
        form == other.form && level == other.level && degree == other.degree && forum == other.forum
            && mustBeStatedOpenly == other.mustBeStatedOpenly
    }

    /// This entry with ``mustBeStatedOpenly`` set when it gives no influence.
    public func statedOpenlyWhenNone() -> InfluenceFrameEntry {
        var copy = self
        copy.mustBeStatedOpenly = degree == .none
        return copy
    }
}

/// Checks of influence facts that contradict each other (bad input, never an answer).
package enum InfluenceFactChecks {
    /// The error code for facts that contradict each other.
    package static let contradictoryFacts = PolicyError.Code(rawValue: "contradictory-facts")

    /// An offer under ældreloven is care for older persons (ÆL § 2) in a nursing home or at home
    /// (§§ 10, 47): it is never an offer to children, and never a botilbud, activity offer,
    /// sheltered employment, socialcenter or drug treatment (offers under serviceloven).
    package static func aeldrelovOffer(_ aeldrelov: Bool?, setting: InfluenceSetting?, child: Bool?) throws(PolicyError) {
        guard aeldrelov == true else { return }
        if let setting, !setting.canBeAeldrelovOffer {
            throw PolicyError(
                code: contradictoryFacts, field: "facts.aeldrelovOffer",
                message: "an offer under ældreloven is a nursing home or home care, not \(setting.rawValue)")
        }
        if child == true {
            throw PolicyError(
                code: contradictoryFacts, field: "facts.aeldrelovOffer",
                message: "an offer under ældreloven (ÆL § 2: older persons) is not an offer to children or young people")
        }
    }
}

/// The contract's type of a value that is one of an enum's raw values (`enum: a, b, c`).
package func enumType<E: CaseIterable & RawRepresentable>(_: E.Type) -> String where E.RawValue == String {
    "enum: " + E.allCases.map(\.rawValue).joined(separator: ", ")
}
