import SocialPolicyCore

extension Citation.Source {
    /// Lov om Folketingets Ombudsmand (ombudsmandsloven).
    public static let ombudsmandsloven = Citation.Source(code: "Ombudsmandsloven", kind: .statute)
    /// The socialtilsyn's whistleblower scheme (lov om socialtilsyn, from 2014-01-01).
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

    /// Whether the subject is an individual decision (or an acute coercion act, which has a
    /// statutory complaint route) rather than a matter with no appeal.
    public var isDecisionLike: Bool {
        switch self {
        case .decision, .coercionDecision, .coercionAct, .admissionDecision, .childYouthCommitteeDecision: true
        default: false
        }
    }
}

/// How the decision reached the citizen (`delivery`).
public enum ComplaintDelivery: String, FactEnum {
    /// Digital Post: counts from the day it is available, even a holiday.
    case digital
    /// An ordinary letter: taken as received 6 hverdage after posting.
    case letter
    /// Handed over or told in person: that day.
    case inPerson = "in-person"
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
    /// until 2019-03-31, Familieretshuset from 2019-04-01, socialtilsynet from 2014-01-01).
    public func existed(on date: CivilDate) -> Bool {
        switch self {
        case .socialBoard: date < ComplaintRegimes.socialBoardsAbolished
        case .stateAdministration: date < ComplaintRegimes.familyCourtHouseFrom
        case .familyCourtHouse: date >= ComplaintRegimes.familyCourtHouseFrom
        case .socialSupervision: date >= ComplaintRegimes.socialSupervisionFrom
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
    public struct Iterator: IteratorProtocol {
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
public enum ComplaintRegimes {
    /// De sociale nævn abolished; Ankestyrelsen the first and only appeal body (L 158, 2012-13,
    /// lov nr. 493 af 21/05/2013).
    public static let socialBoardsAbolished = CivilDate(2013, 7, 1)
    /// Socialtilsynet starts (lov om socialtilsyn) — see the open question
    /// `complaints-social-supervision-before-2014`.
    public static let socialSupervisionFrom = CivilDate(2014, 1, 1)
    /// Tilsynet with the municipalities moves from Statsforvaltningen to Ankestyrelsen
    /// (lov nr. 176 af 21/02/2017).
    public static let supervisionMovedToAnkestyrelsen = CivilDate(2017, 4, 1)
    /// Statsforvaltningen closes; Familieretshuset decides admissions without consent
    /// (LOV nr. 1711 af 27/12/2018 § 13).
    public static let familyCourtHouseFrom = CivilDate(2019, 4, 1)
    /// Complaints about staff's acute acts go to kommunalbestyrelsen (SEL § 133, stk. 1, from
    /// the reform in force 2020-01-01).
    public static let acuteActsToCouncilFrom = CivilDate(2020, 1, 1)
    /// L 188 (2023-24): kommunalbestyrelsen's decision on a complaint about § 124 d, stk. 2 can
    /// go on to Ankestyrelsen (SEL § 133, stk. 2, 2. pkt.).
    public static let councilDecisionAppealableFrom = CivilDate(2024, 7, 1)
    /// Physical post: 6 hverdage under Justitsministeriets vejledning nr. 9533 af 26/06/2018.
    public static let sixWorkingDaysPostFrom = CivilDate(2018, 6, 26)
    /// Physical post from the 2016 postal agreement (PostNord's "Brevet", 2016-07-01) until the
    /// 2018 guidance: Ankestyrelsen took a letter as received 5 days after posting on a Monday,
    /// Tuesday or Friday, 7 days after a Wednesday and 6 days after a Thursday.
    public static let weekdayPostTableFrom = CivilDate(2016, 7, 1)
}

/// An open legal question a complaint answer rests on (`values.openLegalQuestion`); each is
/// documented under "Complaints" in `Documentation/OpenLegalQuestions.md`.
public enum ComplaintOpenQuestion: String, Sendable, Hashable, CaseIterable {
    /// Before 2020, was a staff member's acute § 126 act appealed as a municipal decision?
    case acuteActBefore2020 = "complaints-acute-act-before-2020"
    /// Does a deadline apply to a complaint to kommunalbestyrelsen under SEL § 133, stk. 1?
    case acuteActDeadline = "complaints-acute-act-deadline"
    /// Physical post: 6 hverdage or 6 omdelingsdage; and the practice before 2018.
    case letterReceipt = "complaints-letter-receipt"
    /// A decision made before 2013-07-01 whose complaint was lodged before the social boards
    /// closed but may have been decided after: the transitional rules of L 158 (2012-13) were
    /// not read (complaints lodged from 2013-07-01 go to Ankestyrelsen).
    case transition2013 = "complaints-transition-2013"
    /// The social supervision before socialtilsynet (2014).
    case socialSupervisionBefore2014 = "complaints-social-supervision-before-2014"
}
