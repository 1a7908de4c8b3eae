import SocialPolicyCore

extension Citation.Source {
    /// Lov om Folketingets Ombudsmand under the complaints area's first code (`Ombudsmandsloven
    /// § 13`), kept so that citations matched on it still match; the same provisions are also
    /// cited under the core code `OMBL` (`OMBL § 13, stk. 3`, `OMBL § 14`).
    public static let ombudsmandsloven = Citation.Source(code: "Ombudsmandsloven", kind: .statute)
    /// The socialtilsyn's whistleblower scheme under the complaints area's first code
    /// (`Socialtilsyn whistleblowerordning`), kept so that citations matched on it still match;
    /// the provision is also cited as `STL § 11, stk. 1` (lov om socialtilsyn, from 2014-01-01).
    public static let socialtilsyn = Citation.Source(code: "Socialtilsyn", kind: .policy)
    /// L 158 (FT 2012-13), lov nr. 493 af 21/05/2013: de sociale nævn abolished; from
    /// 2013-07-01 Ankestyrelsen handles every complaint
    /// (https://ast.dk/nyheder/nyheder/nyheder-2013/ny-klagestruktur-pa-det-sociale-og-beskaeftigelsesmaessige-omrade).
    public static let klagestruktur2013 = Citation.Source(code: "Lov nr. 493/2013", kind: .policy)
    /// LOV nr. 1711 af 27/12/2018: Statsforvaltningen closed on 2019-04-01 and Familieretshuset
    /// took over its cases.
    public static let familieretshus2019 = Citation.Source(code: "LOV nr. 1711/2018", kind: .policy)
    /// Ankestyrelsen's published practice on when a letter counts as received
    /// (https://ast.dk/for-borgere-med-en-klagesag/klagefrister).
    public static let ankestyrelsenKlagefrister = Citation.Source(code: "Ankestyrelsen, klagefrister", kind: .policy)
}

/// What the citizen is unhappy with: the first thing to settle, because it decides whether
/// there is an appeal at all (`subject` in the contract).
public enum ComplaintSubject: String, FactEnum {
    /// An afgørelse under the social legislation (RSL kap. 10).
    case decision
    /// A decision on coercion (SEL § 133, e.g. §§ 125, 127, 128).
    case coercionDecision = "coercion-decision"
    /// Staff's acute use of force (SEL § 126 before 2020; §§ 124 c, 124 d, 136 a stk. 1,
    /// 136 c from 2020).
    case coercionAct = "coercion-act"
    /// Admission to a special residential offer without consent (SEL §§ 129, 129 a).
    case admissionDecision = "admission-decision"
    /// A decision of the municipal børn og unge-udvalg.
    case childYouthCommitteeDecision = "child-youth-committee-decision"
    /// How help is delivered in practice (faktisk forvaltningsvirksomhed).
    case practicalDelivery = "practical-delivery"
    /// Staff's behaviour (personalets optræden).
    case staffConduct = "staff-conduct"
    /// Case handling: delays, partshøring, begrundelse.
    case caseHandling = "case-handling"
    /// Discrimination.
    case discrimination
    /// The politically fixed service level or quality standard (SEL §§ 138–139).
    case serviceLevel = "service-level"
    /// The written guidelines on user influence (SEL § 16).
    case userInfluenceGuidelines = "user-influence-guidelines"
    /// A concern about the quality of an offer.
    case offerQualityConcern = "offer-quality-concern"
    /// A decision of Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med
    /// Handicap (SEL § 131 b, from 2025-01-01): camera checks, locking cupboards and drawers,
    /// access to a resident's home (since 1.1).
    case disabilityBoardDecision = "disability-board-decision"

    /// What the value means.
    public var meaning: String {
        switch self {
        case .decision: "an afgørelse under the social legislation (RSL kap. 10; from 2025-07-01 also ældreloven, ÆL § 30)"
        case .coercionDecision: "kommunalbestyrelsen's decision on coercion (SEL § 133: stk. 1 to 2019, stk. 2 from 2020)"
        case .coercionAct: "staff's acute use of force (SEL § 126 to 2019, an afgørelse under § 133 stk. 1; §§ 124 c, 124 d, 136 a stk. 1, 136 c from 2020, complained of to kommunalbestyrelsen)"
        case .admissionDecision: "admission to a residential offer without consent (SEL §§ 129, 129 a; decided by det sociale nævn to 2013-06-30, Statsforvaltningen to 2019-03-31, Familieretshuset from 2019-04-01)"
        case .childYouthCommitteeDecision: "a decision of the børn og unge-udvalg (SEL § 74 to 2023; børne- og ungeudvalget, BL § 142 from 2024)"
        case .practicalDelivery: "how help is delivered in practice (faktisk forvaltningsvirksomhed): not an afgørelse"
        case .staffConduct: "staff's behaviour (personalets optræden): not an afgørelse"
        case .caseHandling: "case handling (delays, partshøring, begrundelse): not an afgørelse"
        case .discrimination: "discrimination: not an afgørelse"
        case .serviceLevel: "the general service level or quality standard (RSL § 60 stk. 3: not appealable)"
        case .userInfluenceGuidelines: "the written guidelines on user influence (SEL § 16): a general decision"
        case .offerQualityConcern: "a concern about an offer's quality (socialtilsynet from 2014-01-01)"
        case .disabilityBoardDecision: "a decision of Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med Handicap (SEL § 131 b, from 2025-01-01): to Ankestyrelsen within 4 weeks, without reconsideration (SEL § 134)"
        }
    }

    /// Whether the subject is an individual decision (or an acute coercion act, which has a
    /// statutory complaint route) rather than a matter with no appeal.
    public var isDecisionLike: Bool {
        switch self {
        case .decision, .coercionDecision, .coercionAct, .admissionDecision, .childYouthCommitteeDecision,
            .disabilityBoardDecision:
            true
        default: false
        }
    }
}

/// How the decision reached the citizen (`delivery`).
public enum ComplaintDelivery: String, FactEnum {
    /// Digital Post: counts from the day it is available, even a holiday.
    case digital
    /// An ordinary letter: taken as received 6 hverdage after posting (2018-06-26 → 2025-12-30).
    case letter
    /// Handed over or told in person: that day.
    case inPerson = "in-person"

    /// What the value means.
    public var meaning: String {
        switch self {
        case .digital: "Digital Post: received the day it is available, even a holiday"
        case .letter: "a posted letter: received by the presumption of the day it was posted (see `postClass`, `receivedOn`)"
        case .inPerson: "handed over or told in person: received that day"
        }
    }
}

/// The class of a posted letter (`postClass`, since 1.1): it decides the presumed day of
/// receipt before 2018-06-26.
public enum PostClass: String, FactEnum {
    /// A-post (from 2016 PostNord's "Quickbrev").
    case aPost = "a-post"
    /// B-post (from 2016 PostNord's "Brevet").
    case bPost = "b-post"

    /// What the value means.
    public var meaning: String {
        switch self {
        case .aPost: "A-post (from 2016-07-01 PostNord's Quickbrev): before 2016-07-01 received the day after posting (FOB 2007.399); 2016-07-01 … 2018-06-25 two days after"
        case .bPost: "B-post (from 2016-07-01 PostNord's Brevet): before 2016-07-01 no presumption found; 2016-07-01 … 2018-06-25 Ankestyrelsen's weekday table"
        }
    }
}

/// What the deciding authority's reconsideration gave (`reconsiderationResult`, since 1.1).
public enum ReconsiderationResult: String, FactEnum {
    /// Full medhold: a new decision granting the complaint.
    case full
    /// Partial medhold: a new decision; the citizen says within 4 weeks whether the complaint stands.
    case partial
    /// The decision is upheld: the complaint goes on to the appeal body.
    case upheld

    /// What the value means.
    public var meaning: String {
        switch self {
        case .full: "full medhold: the authority sends a new decision (within 4 weeks of receiving the complaint; 14 days in SEL § 3 a / BL § 11 cases) and nothing is forwarded"
        case .partial: "partial medhold: a new decision as for full medhold; the citizen says within 4 weeks of it whether the complaint stands; a maintained complaint is forwarded within 14 days"
        case .upheld: "the decision is upheld: the complaint, the reconsideration and the case file go to the appeal body within 4 weeks of receipt (14 days in SEL § 3 a / BL § 11 cases), with a copy to the citizen"
        }
    }
}

/// Whether an ældreloven decision can be appealed (`aeldrelovDecision`, since 1.1; ÆL § 30,
/// from 2025-07-01).
public enum AeldrelovDecision: String, FactEnum {
    /// A decision under ÆL §§ 10, 13, 14, 16, 17, 18 stk. 4, 20 or 23–26: appealable to
    /// Ankestyrelsen under RSL kap. 10 (ÆL § 30, stk. 1).
    case listed
    /// Another ÆL decision (e.g. §§ 6, 9, 12, 15): no administrative appeal.
    case notListed = "not-listed"
    /// The part of a listed decision that ends an earlier SEL decision under §§ 83, 83 a, 84,
    /// 86 stk. 1, 91 stk. 3, 119 or 122: not appealable (ÆL § 30, stk. 2).
    case endsSelDecision = "ends-sel-decision"

    /// What the value means.
    public var meaning: String {
        switch self {
        case .listed: "a decision under ÆL §§ 10, 13, 14, 16, 17, 18 stk. 4, 20 or 23–26: appealable to Ankestyrelsen under RSL kap. 10 (ÆL § 30, stk. 1)"
        case .notListed: "another ældreloven decision (e.g. §§ 6, 9, 12, 15), not listed in ÆL § 30, stk. 1: no administrative appeal"
        case .endsSelDecision: "the part of a listed decision that ends an earlier SEL decision under §§ 83, 83 a, 84, 86 stk. 1, 91 stk. 3, 119 or 122: not appealable (ÆL § 30, stk. 2)"
        }
    }
}

/// Who complains (`complainant`, since 1.1).
public enum Complainant: String, FactEnum {
    /// The person the decision concerns.
    case citizen
    /// A visitor: a visit restriction is addressed to the visitor as well (SEL § 137 d, stk. 5–6).
    case visitor
    /// A relative (ægtefælle, pårørende).
    case relative
    /// A værge or another representative.
    case guardian

    /// What the value means.
    public var meaning: String {
        switch self {
        case .citizen: "the person the decision concerns (RSL § 60, stk. 2)"
        case .visitor: "a visitor: a decision on a visit restriction is made towards the visitor as well as the resident, and either may complain (SEL § 137 d, stk. 5–6)"
        case .relative: "a spouse or relative: may complain of coercion and admission decisions when the person cannot (SEL § 133 stk. 4 to 2013, stk. 3 from 2014; § 134 stk. 3); of other decisions only as the person's representative (RSL § 60, stk. 2)"
        case .guardian: "a værge, fremtidsfuldmægtig or other representative: as for a relative; within the mandate the representative acts for the person"
        }
    }
}

/// Who supervised an offer's quality on the date asked about (`supervisedBy`, since 1.1).
public enum OfferSupervisor: String, FactEnum {
    /// Den stedlige kommunalbestyrelse: the municipality where the offer lies (SEL § 148 a, to 2013).
    case localMunicipality = "local-municipality"
    /// The regionsråd, for regional offers (SEL § 5, stk. 7, to 2013).
    case regionalCouncil = "regional-council"
    /// Socialtilsynet (lov om socialtilsyn, from 2014-01-01).
    case socialSupervision = "social-supervision"

    /// What the value means.
    public var meaning: String {
        switch self {
        case .localMunicipality: "den stedlige kommunalbestyrelse — the municipality where the offer lies, not necessarily the one that granted the help (SEL § 148 a, LBK 810/2012)"
        case .regionalCouncil: "the regionsråd, for regional offers (SEL § 5, stk. 7; § 148 a, stk. 3, LBK 810/2012)"
        case .socialSupervision: "socialtilsynet (lov om socialtilsyn, LOV 608/2013, from 2014-01-01)"
        }
    }
}

/// A body on a complaint route (the contract's `route` / `lodgeWith` values).
public enum ComplaintBody: UInt8, Sendable, Hashable, CaseIterable {
    /// The deciding municipality, which reconsiders (genvurdering, RSL § 66).
    case municipalityReconsideration = 1
    /// Det Sociale Nævn (until 2013-06-30).
    case socialBoard
    /// Ankestyrelsen.
    case ankestyrelsen
    /// Kommunalbestyrelsen.
    case municipalCouncil
    /// Statsforvaltningen (until 2019-03-31).
    case stateAdministration
    /// Familieretshuset (from 2019-04-01).
    case familyCourtHouse
    /// The offer's management.
    case offerManagement
    /// The municipal administration's management.
    case municipalManagement
    /// Borgerrådgiveren (KSL § 65 e), only where the municipality has one.
    case citizensAdvisor
    /// Folketingets Ombudsmand.
    case ombudsman
    /// Socialtilsynet.
    case socialSupervision
    /// Tilsynet with the municipalities (Statsforvaltningen before 2017-04-01, Ankestyrelsen after).
    case supervisoryAuthority
    /// The courts.
    case court
    /// The regionsråd, which reconsidered complaints about acute § 126 holds in regional offers
    /// (SEL § 133, stk. 3, LBK 810/2012 and 1093/2013; since 1.1).
    case regionalCouncil
    /// Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med Handicap (SEL
    /// §§ 130 a, 131 b, from 2025-01-01; since 1.1).
    case disabilityCoercionBoard

    /// The contract's spelling.
    public var contractName: String {
        switch self {
        case .municipalityReconsideration: "municipality-reconsideration"
        case .socialBoard: "social-board"
        case .ankestyrelsen: "ankestyrelsen"
        case .municipalCouncil: "municipal-council"
        case .stateAdministration: "state-administration"
        case .familyCourtHouse: "family-court-house"
        case .offerManagement: "offer-management"
        case .municipalManagement: "municipal-management"
        case .citizensAdvisor: "citizens-advisor"
        case .ombudsman: "ombudsman"
        case .socialSupervision: "social-supervision"
        case .supervisoryAuthority: "supervisory-authority"
        case .court: "court"
        case .regionalCouncil: "regional-council"
        case .disabilityCoercionBoard: "disability-coercion-board"
        }
    }

    /// What the value means, for the catalogue.
    public var meaning: String {
        switch self {
        case .municipalityReconsideration: "the authority that made the decision, which reconsiders it (genvurdering, RSL § 66)"
        case .socialBoard: "Det Sociale Nævn (to 2013-06-30)"
        case .ankestyrelsen: "Ankestyrelsen"
        case .municipalCouncil: "kommunalbestyrelsen (complaints about staff's acute use of force, SEL § 133, stk. 1, from 2020)"
        case .stateAdministration: "Statsforvaltningen (admissions 2013-07-01 … 2019-03-31)"
        case .familyCourtHouse: "Familieretshuset (admissions from 2019-04-01)"
        case .offerManagement: "the offer's management"
        case .municipalManagement: "the municipal administration's management"
        case .citizensAdvisor: "Borgerrådgiveren (KSL § 65 e), only where the municipality has one"
        case .ombudsman: "Folketingets Ombudsmand (OMBL §§ 13–14)"
        case .socialSupervision: "Socialtilsynet (STL § 11, from 2014-01-01)"
        case .supervisoryAuthority: "the supervision of the municipalities (KSL §§ 47–48: Statsforvaltningen to 2017-03-31, Ankestyrelsen from 2017-04-01)"
        case .court: "the courts (retsplejeloven kap. 43 a, via RSL § 73)"
        case .regionalCouncil: "the regionsråd, which reconsidered complaints about acute § 126 holds by staff of regional offers (SEL § 133, stk. 3, to LBK 1093/2013; since 1.1)"
        case .disabilityCoercionBoard: "Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med Handicap (SEL §§ 130 a, 131 b, from 2025-01-01; since 1.1)"
        }
    }

    /// Whether the body decides a complaint about an individual decision or act with binding
    /// effect — an administrative appeal body, kommunalbestyrelsen under SEL § 133, stk. 1, or
    /// the court after one: where an appealable route ends.
    public var isAppealBody: Bool {
        switch self {
        case .socialBoard, .ankestyrelsen, .municipalCouncil, .court: true
        default: false
        }
    }

    /// Whether the body existed on `date` (Det Sociale Nævn until 2013-06-30, Statsforvaltningen
    /// until 2019-03-31, Familieretshuset from 2019-04-01, socialtilsynet from 2014-01-01, the
    /// nævn for coercion from 2025-01-01).
    public func existed(on date: CivilDate) -> Bool {
        switch self {
        case .socialBoard: date < ComplaintRegimes.socialBoardsAbolished
        case .stateAdministration: date < ComplaintRegimes.familyCourtHouseFrom
        case .familyCourtHouse: date >= ComplaintRegimes.familyCourtHouseFrom
        case .socialSupervision: date >= ComplaintRegimes.socialSupervisionFrom
        case .disabilityCoercionBoard: date >= ComplaintRegimes.disabilityBoardFrom
        default: true
        }
    }

    /// The body's name, in Danish and English, as of `date` (tilsynet's seat depends on it).
    public func name(on date: CivilDate) -> LocalizedText {
        switch self {
        case .municipalityReconsideration:
            LocalizedText(da: "kommunen, der traf afgørelsen", en: "the municipality that made the decision")
        case .socialBoard: LocalizedText(da: "Det Sociale Nævn", en: "the Social Board (Det Sociale Nævn)")
        case .ankestyrelsen: LocalizedText(da: "Ankestyrelsen", en: "the National Social Appeals Board (Ankestyrelsen)")
        case .municipalCouncil: LocalizedText(da: "kommunalbestyrelsen", en: "the municipal council (kommunalbestyrelsen)")
        case .stateAdministration: LocalizedText(da: "Statsforvaltningen", en: "the State Administration (Statsforvaltningen)")
        case .familyCourtHouse: LocalizedText(da: "Familieretshuset", en: "the Family Court House (Familieretshuset)")
        case .offerManagement: LocalizedText(da: "tilbuddets ledelse", en: "the offer's management")
        case .municipalManagement: LocalizedText(da: "forvaltningens ledelse", en: "the municipal administration's management")
        case .citizensAdvisor: LocalizedText(da: "Borgerrådgiveren", en: "the Citizens' Advisor (Borgerrådgiveren)")
        case .ombudsman: LocalizedText(da: "Folketingets Ombudsmand", en: "the Parliamentary Ombudsman (Folketingets Ombudsmand)")
        case .socialSupervision: LocalizedText(da: "Socialtilsynet", en: "the social supervision authority (Socialtilsynet)")
        case .supervisoryAuthority:
            date < ComplaintRegimes.supervisionMovedToAnkestyrelsen
                ? LocalizedText(da: "Statsforvaltningen (tilsynet med kommunerne)", en: "the State Administration as supervisory authority (tilsynet)")
                : LocalizedText(da: "Ankestyrelsen (Tilsynet med kommunerne)", en: "Ankestyrelsen as supervisory authority (Tilsynet)")
        case .court: LocalizedText(da: "domstolene", en: "the courts")
        case .regionalCouncil: LocalizedText(da: "regionsrådet", en: "the regional council (regionsrådet)")
        case .disabilityCoercionBoard:
            LocalizedText(
                da: "Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med Handicap",
                en: "the Social Board on Coercion towards Citizens with Disabilities (Det Socialfaglige Nævn vedrørende Magtanvendelse)")
        }
    }
}

/// The bodies of a route in order, packed as up to 8 four-bit codes in a `UInt32`: a plain
/// value, so a verdict carries its route without allocating.
public struct ComplaintRoute: Sendable, Hashable, Sequence {
    /// The packed codes, first body in the lowest four bits.
    public private(set) var packed: UInt32 = 0
    /// The number of bodies (0…8).
    public private(set) var count: Int = 0
    /// The most bodies a route holds.
    public static let capacity = 8

    /// An empty route.
    public init() {}

    /// A route of `bodies` (at most 8; more are dropped).
    public init(_ bodies: ComplaintBody...) {
        for body in bodies { append(body) }
    }

    /// Appends a body (ignored when the route is full).
    public mutating func append(_ body: ComplaintBody) {
        guard count < Self.capacity else { return }
        packed |= UInt32(body.rawValue & 0xF) << UInt32(4 * count)
        count += 1
    }

    /// The body at `index`, or `nil` outside the route.
    public func body(at index: Int) -> ComplaintBody? {
        guard index >= 0, index < count else { return nil }
        return ComplaintBody(rawValue: UInt8((packed >> UInt32(4 * index)) & 0xF))
    }

    /// The first body.
    public var first: ComplaintBody? { body(at: 0) }
    /// The last body.
    public var last: ComplaintBody? { body(at: count - 1) }
    /// Whether the route is empty.
    public var isEmpty: Bool { count == 0 }
    /// Whether `body` is on the route.
    public func contains(_ body: ComplaintBody) -> Bool {
        for index in 0..<count where self.body(at: index) == body { return true }
        return false
    }

    /// Iterates the bodies in order.
    public struct Iterator: IteratorProtocol, Sendable {
        let route: ComplaintRoute
        var index = 0
        /// The next body.
        public mutating func next() -> ComplaintBody? {
            defer { index += 1 }
            return route.body(at: index)
        }
    }

    /// Iterates the bodies in order.
    public func makeIterator() -> Iterator { Iterator(route: self) }

    /// The contract's array of names.
    public var contractNames: [String] { map(\.contractName) }
}

/// The dates on which the complaint system changed.
public enum ComplaintRegimes: Sendable {
    /// De sociale nævn abolished; Ankestyrelsen the first and only appeal body (L 158, 2012-13,
    /// lov nr. 493 af 21/05/2013; RSL § 60 as in LBK 983/2013).
    public static let socialBoardsAbolished = CivilDate(2013, 7, 1)
    /// Socialtilsynet starts (lov om socialtilsyn, LOV 608/2013 § 25); before, den stedlige
    /// kommunalbestyrelse supervised the offers (SEL § 148 a, LBK 810/2012).
    public static let socialSupervisionFrom = CivilDate(2014, 1, 1)
    /// Tilsynet with the municipalities moves from Statsforvaltningen to Ankestyrelsen
    /// (KSL § 47 as in LBK 318/2017).
    public static let supervisionMovedToAnkestyrelsen = CivilDate(2017, 4, 1)
    /// BEK 1249/2017 in force: a 14-day reconsideration in cases under SEL § 3 a (§ 12, stk. 3;
    /// § 13, stk. 4).
    public static let noticeCasesFrom = CivilDate(2018, 1, 1)
    /// The first consolidation of serviceloven that holds § 3 a (LBK 102/2018).
    public static let section3aConsolidatedFrom = CivilDate(2018, 1, 29)
    /// Statsforvaltningen closes; Familieretshuset decides admissions without consent
    /// (LOV nr. 1711 af 27/12/2018 § 13).
    public static let familyCourtHouseFrom = CivilDate(2019, 4, 1)
    /// The 2020 reform of SEL afsnit VII (LOV 498/2019): complaints about staff's acute acts go to
    /// kommunalbestyrelsen (SEL § 133, stk. 1), and RSL § 73, stk. 1 loses its § 127 item
    /// (admissions become nr. 1, børn og unge-udvalg decisions nr. 2) [V-inf: the day].
    public static let acuteActsToCouncilFrom = CivilDate(2020, 1, 1)
    /// BEK 1152/2021 in force: one reconsideration rule (§ 11) for a new decision or the forwarding.
    public static let oneReconsiderationRuleFrom = CivilDate(2021, 6, 14)
    /// Barnets lov in force: børne- og ungeudvalget's decisions under BL §§ 146–147, and BL § 11
    /// cases in the 14-day reconsideration (BEK 1382/2023 § 11, stk. 3).
    public static let barnetsLovFrom = CivilDate(2024, 1, 1)
    /// L 188 (2023-24), LOV 680/2024: kommunalbestyrelsen's decision on a complaint about § 124 d,
    /// stk. 2 can go on to Ankestyrelsen (SEL § 133, stk. 2, 2. pkt.).
    public static let councilDecisionAppealableFrom = CivilDate(2024, 7, 1)
    /// Det Socialfaglige Nævn vedrørende Magtanvendelse decides under SEL § 131 b.
    public static let disabilityBoardFrom = CivilDate(2025, 1, 1)
    /// Ældreloven in force; its decisions are appealed under ÆL § 30 (LOV 1651/2024).
    public static let aeldrelovenFrom = CivilDate(2025, 7, 1)
    /// Physical post: 6 hverdage under Justitsministeriets vejledning nr. 9533 af 26/06/2018.
    public static let sixWorkingDaysPostFrom = CivilDate(2018, 6, 26)
    /// Physical post from the 2016 postal agreement (PostNord's "Brevet", 2016-07-01) until the
    /// 2018 guidance: Ankestyrelsen took a letter as received 5 days after posting on a Monday,
    /// Tuesday or Friday, 7 days after a Wednesday and 6 days after a Thursday.
    public static let weekdayPostTableFrom = CivilDate(2016, 7, 1)
    /// PostNord delivered its last letters on 2025-12-30: for a letter posted from 2025-12-31 no
    /// published presumption says when it is received (`letter-receipt-after-postnord`).
    public static let noPostPresumptionFrom = CivilDate(2025, 12, 31)
    /// The last day the regionsråd is seen reconsidering complaints about acute § 126 holds in
    /// regional offers (SEL § 133, stk. 3 in LBK 1093/2013 of 2013-09-05).
    public static let regionalCouncilLastSeen = CivilDate(2013, 9, 5)
    /// The first day the rule is seen gone (LBK 254/2014 of 2014-03-20: the municipality
    /// responsible for the stay reconsiders).
    public static let regionalCouncilGoneBy = CivilDate(2014, 3, 20)
}

/// An open legal question a complaint answer rests on (`values.openLegalQuestion`); each is
/// documented under "Complaints" (or "Calendar and deadlines") in
/// `Documentation/OpenLegalQuestions.md`.
public enum ComplaintOpenQuestion: String, FactEnum {
    /// No longer produced: SEL § 133, stk. 1 (LBK 810/2012, LBK 1270/2016) lists § 126 among
    /// kommunalbestyrelsen's afgørelser, so the decision route is the law, not a reading.
    case acuteActBefore2020 = "complaints-acute-act-before-2020"
    /// No longer produced: neither SEL § 133 nor BEK 1239/2019 / BEK 1411/2024 sets a deadline
    /// for a complaint to kommunalbestyrelsen, so there is none.
    case acuteActDeadline = "complaints-acute-act-deadline"
    /// Physical post: 6 hverdage or 6 omdelingsdage; B-post before 2016-07-01; an eve inside
    /// the count.
    case letterReceipt = "complaints-letter-receipt"
    /// A decision made before 2013-07-01 whose complaint was lodged before the social boards
    /// closed but may have been decided after: the transitional rules of L 158 (2012-13) are
    /// not in the copy of the act (complaints lodged from 2013-07-01 go to Ankestyrelsen).
    case transition2013 = "complaints-transition-2013"
    /// No longer produced: before 2014-01-01 den stedlige kommunalbestyrelse supervised the
    /// offers (SEL § 148 a, LBK 810/2012); see `supervisedBy`.
    case socialSupervisionBefore2014 = "complaints-social-supervision-before-2014"
    /// No statute extends a complaint deadline that ends on Grundlovsdag, 24 or 31 December
    /// (since 1.1).
    case evesExtendDeadlines = "eves-extend-deadlines"
    /// A letter posted from 2025-12-31: PostNord has stopped, and no published presumption says
    /// when a letter is received (since 1.1).
    case letterReceiptAfterPostNord = "letter-receipt-after-postnord"
    /// An acute § 126 hold in a regional offer complained of between 2013-09-06 and 2014-03-19:
    /// whether the regionsråd still reconsidered (SEL § 133, stk. 3) (since 1.1).
    case regionalCouncilEnd = "complaints-regional-council-end"

    /// What the value means.
    public var meaning: String {
        switch self {
        case .acuteActBefore2020: "no longer produced (settled by SEL § 133, stk. 1 as in LBK 810/2012: an acute § 126 hold is a municipal afgørelse)"
        case .acuteActDeadline: "no longer produced (settled: no deadline for a complaint to kommunalbestyrelsen under SEL § 133, stk. 1)"
        case .letterReceipt: "when a posted letter counts as received is not settled by a published rule for this case (B-post before 2016-07-01; an eve inside the 6-day count)"
        case .transition2013: "a complaint lodged with det sociale nævn before 2013-07-01 and not decided by then: LOV 493/2013's transitional rules are not in the copy"
        case .socialSupervisionBefore2014: "no longer produced (settled by SEL § 148 a, LBK 810/2012: den stedlige kommunalbestyrelse supervised the offers)"
        case .evesExtendDeadlines: "the deadline ends on Grundlovsdag, 24 or 31 December (or one of them decides it): no statute extends it; `deadline` counts the day as a working day, a complaint up to `citizenFavourableDeadline` is judged in time"
        case .letterReceiptAfterPostNord: "a letter posted from 2025-12-31: no published presumption of receipt; `deadline` counts from the day after posting, a later complaint is judged in the citizen's favour unless the receipt day (`receivedOn`) shows otherwise"
        case .regionalCouncilEnd: "an acute § 126 hold in a regional offer complained of 2013-09-06 … 2014-03-19: whether the regionsråd still reconsidered (SEL § 133, stk. 3, gone from LBK 254/2014) is not in the copy"
        }
    }
}
