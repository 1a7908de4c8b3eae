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
