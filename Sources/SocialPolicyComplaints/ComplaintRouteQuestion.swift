import SocialPolicyCalendar
import SocialPolicyCore

/// The facts of a complaint, as a host's own record type can supply them without JSON.
///
/// ## Implementation requirements
/// - ``subject`` is required: classify the matter before asking (see ``ComplaintSubject``).
/// - Every other fact is optional: return `nil` when it is not known — never a guess. The
///   extension supplies `nil` for each, so a type adopts only what it records.
/// - Dates are the calendar days of the events (Danish time), as `CivilDate`.
/// - `notifiedOn` is the day the decision was sent or made available (for a letter: the day it
///   was dated and posted); `receivedOn` is the day a letter is established to have come.
public protocol ComplaintFactsProviding {
    /// What the citizen is unhappy with.
    var subject: ComplaintSubject { get }
    /// When the decision was made (chooses the regime).
    var decisionDate: CivilDate? { get }
    /// When the decision was sent or made available.
    var notifiedOn: CivilDate? { get }
    /// How it was sent.
    var delivery: ComplaintDelivery? { get }
    /// Whether a correct klagevejledning accompanied it.
    var complaintGuidanceGiven: Bool? { get }
    /// When the citizen complained.
    var complaintFiledOn: CivilDate? { get }
    /// Whether the administration has answered the complaint (the Borgerrådgiver's precondition).
    var municipalityAnswered: Bool? { get }
    /// Whether the administrative appeals are exhausted (the Ombudsman's precondition).
    var highestAuthorityDecided: Bool? { get }
    /// The class of a posted letter (since 1.1).
    var postClass: PostClass? { get }
    /// The day a posted letter is established to have come (since 1.1).
    var receivedOn: CivilDate? { get }
    /// Whether the decision is under the varslingspligt of SEL § 3 a or BL § 11 (since 1.1).
    var noticePeriodCase: Bool? { get }
    /// What the authority's reconsideration gave (since 1.1).
    var reconsiderationResult: ReconsiderationResult? { get }
    /// When the citizen said, after partial medhold, that the complaint stands (since 1.1).
    var complaintMaintainedOn: CivilDate? { get }
    /// Whether the decision fully grants the party's request (since 1.1).
    var decisionFullyGranted: Bool? { get }
    /// Whether the decision was communicated in writing (since 1.1).
    var decisionInWriting: Bool? { get }
    /// Whether the offer is a regional one (since 1.1).
    var offerIsRegional: Bool? { get }
    /// For an ældreloven decision: whether ÆL § 30 lets it be appealed (since 1.1).
    var aeldrelovDecision: AeldrelovDecision? { get }
    /// Who complains (since 1.1).
    var complainant: Complainant? { get }
}

extension ComplaintFactsProviding {
    /// Default: unknown.
    public var decisionDate: CivilDate? { nil }
    /// Default: unknown.
    public var notifiedOn: CivilDate? { nil }
    /// Default: unknown.
    public var delivery: ComplaintDelivery? { nil }
    /// Default: unknown.
    public var complaintGuidanceGiven: Bool? { nil }
    /// Default: unknown.
    public var complaintFiledOn: CivilDate? { nil }
    /// Default: unknown.
    public var municipalityAnswered: Bool? { nil }
    /// Default: unknown.
    public var highestAuthorityDecided: Bool? { nil }
    /// Default: unknown.
    public var postClass: PostClass? { nil }
    /// Default: unknown.
    public var receivedOn: CivilDate? { nil }
    /// Default: unknown.
    public var noticePeriodCase: Bool? { nil }
    /// Default: unknown.
    public var reconsiderationResult: ReconsiderationResult? { nil }
    /// Default: unknown.
    public var complaintMaintainedOn: CivilDate? { nil }
    /// Default: unknown.
    public var decisionFullyGranted: Bool? { nil }
    /// Default: unknown.
    public var decisionInWriting: Bool? { nil }
    /// Default: unknown.
    public var offerIsRegional: Bool? { nil }
    /// Default: not an ældreloven decision, or unknown.
    public var aeldrelovDecision: AeldrelovDecision? { nil }
    /// Default: unknown (read as the person the decision concerns).
    public var complainant: Complainant? { nil }
}

/// The versions of the complaint rules. The `asOf` chooses the version (and with it the
/// numbering cited, the executive order's reconsideration deadlines, the supervisory authority,
/// socialtilsynet and the Borgerrådgiver's existence); the appeal body for a decision follows
/// the **decision's** date (`decisionDate`, else `notifiedOn`) and the day the complaint is
/// lodged; the day a letter counts as received follows the day it was posted.
public enum ComplaintRuleSets: Sendable {
    static func version(_ from: CivilDate, _ to: CivilDate?, _ title: String, _ enactedBy: String) -> RuleSetVersion {
        RuleSetVersion(
            id: "complaints-route", validFrom: from, validTo: to, title: title, enactedBy: enactedBy,
            instruments: ComplaintInstruments.version(from: from, to: to))
    }

    /// `complaints-route`, gap-free from 2013-01-01.
    public static let catalogue = RuleSetCatalogue([
        version(
            CivilDate(2013, 1, 1), CivilDate(2013, 6, 30), "RSL kap. 10 with de sociale nævn; genvurdering (BEK 1433/2012 § 14); 4 uger",
            "RSL LBK nr. 930 af 17/09/2012; BEK nr. 1433 af 23/12/2012; BEK nr. 557 af 30/05/2013; SEL LBK nr. 810 af 19/07/2012"),
        version(
            CivilDate(2013, 7, 1), CivilDate(2013, 12, 31), "Ankestyrelsen the first and only appeal body; Statsforvaltningen decides admissions",
            "L 158 (FT 2012-13), LOV nr. 493 af 21/05/2013; BEK nr. 722 af 19/06/2013; RSL LBK nr. 983 af 08/08/2013"),
        version(
            CivilDate(2014, 1, 1), CivilDate(2017, 3, 31), "Socialtilsynet (lov om socialtilsyn); tilsynet in Statsforvaltningen",
            "LOV nr. 608 af 12/06/2013 § 25; SEL LBK nr. 254 af 20/03/2014"),
        version(
            CivilDate(2017, 4, 1), CivilDate(2017, 12, 31), "Tilsynet moved to Ankestyrelsen",
            "KSL §§ 47–48 as in LBK nr. 318 af 28/03/2017"),
        version(
            CivilDate(2018, 1, 1), CivilDate(2019, 3, 31), "14 days to reconsider in cases under SEL § 3 a",
            "BEK nr. 1249 af 13/11/2017 § 12, stk. 3 and § 13, stk. 4 (in force 2018-01-01)"),
        version(
            CivilDate(2019, 4, 1), CivilDate(2019, 12, 31), "Familieretshuset decides admissions without consent (SEL §§ 129, 129 a, 134)",
            "LOV nr. 1711 af 27/12/2018 § 13; BEK nr. 227 af 11/03/2019"),
        version(
            CivilDate(2020, 1, 1), CivilDate(2021, 6, 13), "Complaints about staff's acute acts to kommunalbestyrelsen (SEL § 133, stk. 1); RSL § 73, stk. 1 renumbered",
            "LOV nr. 498 af 01/05/2019 (in force 2020-01-01); RSL LBK nr. 1555 af 02/11/2020"),
        version(
            CivilDate(2021, 6, 14), CivilDate(2023, 12, 31), "One reconsideration rule: a new decision or the forwarding within 4 weeks, 14 days in SEL § 3 a cases",
            "BEK nr. 1152 af 07/06/2021 §§ 11–13"),
        version(
            CivilDate(2024, 1, 1), CivilDate(2024, 6, 30), "Barnets lov: børne- og ungeudvalget (BL §§ 146–147); BL § 11 cases in the 14 days",
            "LOV nr. 721 af 13/06/2023 (barnets lov); BEK nr. 1382 af 28/11/2023 § 11, stk. 3"),
        version(
            CivilDate(2024, 7, 1), CivilDate(2024, 12, 31), "L 188: kommunalbestyrelsen's decision on a § 124 d, stk. 2 complaint can go to Ankestyrelsen",
            "LOV nr. 680 af 11/06/2024 (L 188, FT 2023-24); SEL § 133, stk. 2, 2. pkt."),
        version(
            CivilDate(2025, 1, 1), CivilDate(2025, 6, 30), "Det Socialfaglige Nævn vedrørende Magtanvendelse (SEL §§ 130 a, 131 b, 134)",
            "SEL LBK nr. 909 af 03/07/2024 §§ 130 a, 131 b, 134 (in force 2025-01-01)"),
        version(
            CivilDate(2025, 7, 1), CivilDate(2025, 12, 30), "Ældreloven: its decisions appealed under ÆL § 30; BEK 861/2025",
            "LOV nr. 1651 af 30/12/2024 § 30; BEK nr. 861 af 19/06/2025 § 1, nr. 21"),
        version(
            CivilDate(2025, 12, 31), nil, "Letters after PostNord: no published presumption of receipt",
            "no instrument: PostNord's last letters were delivered on 2025-12-30 [S]; RSL § 67, stk. 1 (4 uger efter, at klageren har fået meddelelse)"),
    ])
}

/// `complaints.route`: where, how and by when the citizen can complain, on `asOf`.
///
/// The question classifies the matter, finds the route by the decision's date and the day the
/// complaint is lodged, computes the deadline with `SocialPolicyCalendar` (4 weeks from receipt;
/// none without klagevejledning), says whether a filed complaint is in time, gives the deciding
/// authority's reconsideration duties as the executive order in force numbers them, and drafts
/// a klagevejledning in Danish and English.
///
/// **A deadline a person is told is never later than the law surely allows.** Where no rule
/// decides — a deadline ending on Grundlovsdag, 24 or 31 December; a letter whose day of
/// receipt no presumption fixes — `deadline` (and the guidance draft) is the safe, earlier date,
/// and a complaint filed later is judged in the citizen's favour up to
/// `citizenFavourableDeadline`, with the open point named; where a fact that is not known (the
/// letter's class, the day it came) could still make such a complaint late, `inTime` is left
/// out and the fact is asked for.
///
/// - Important: the `guidance` value is a **draft** for a caseworker to review before it is
///   sent: it states what FVL § 25 requires (the body, how and where to complain, the deadline
///   as a date, what happens next), but the caseworker answers for the final text.
public enum ComplaintRouteQuestion: PolicyQuestion {
    /// The typed facts.
    public struct Facts: Sendable, Hashable, ComplaintFactsProviding {
        /// What the citizen is unhappy with.
        public var subject: ComplaintSubject
        /// When the decision was made (chooses the regime); `nil` when unknown.
        public var decisionDate: CivilDate?
        /// When the decision was sent or made available; `nil` when unknown.
        public var notifiedOn: CivilDate?
        /// How it was sent; `nil` when unknown.
        public var delivery: ComplaintDelivery?
        /// Whether a correct klagevejledning accompanied it; `nil` when unknown.
        public var complaintGuidanceGiven: Bool?
        /// When the citizen complained; `nil` when not (yet) known.
        public var complaintFiledOn: CivilDate?
        /// Whether the administration has answered the complaint; `nil` when unknown.
        public var municipalityAnswered: Bool?
        /// Whether the administrative appeals are exhausted; `nil` when unknown.
        public var highestAuthorityDecided: Bool?
        /// The class of a posted letter; `nil` when unknown.
        public var postClass: PostClass?
        /// The day a posted letter is established to have come; `nil` when unknown.
        public var receivedOn: CivilDate?
        /// Whether the decision is under the varslingspligt of SEL § 3 a or BL § 11; `nil` when unknown.
        public var noticePeriodCase: Bool?
        /// What the authority's reconsideration gave; `nil` when unknown or not yet made.
        public var reconsiderationResult: ReconsiderationResult?
        /// When the citizen said, after partial medhold, that the complaint stands; `nil` when unknown.
        public var complaintMaintainedOn: CivilDate?
        /// Whether the decision fully grants the party's request; `nil` when unknown.
        public var decisionFullyGranted: Bool?
        /// Whether the decision was communicated in writing; `nil` when unknown.
        public var decisionInWriting: Bool?
        /// Whether the offer is a regional one; `nil` when unknown.
        public var offerIsRegional: Bool?
        /// For an ældreloven decision, whether ÆL § 30 lets it be appealed; `nil` when not one or unknown.
        public var aeldrelovDecision: AeldrelovDecision?
        /// Who complains; `nil` when unknown.
        public var complainant: Complainant?

        /// Creates the facts; everything but the subject is unknown unless given.
        public init(
            subject: ComplaintSubject, decisionDate: CivilDate? = nil, notifiedOn: CivilDate? = nil,
            delivery: ComplaintDelivery? = nil, complaintGuidanceGiven: Bool? = nil,
            complaintFiledOn: CivilDate? = nil, municipalityAnswered: Bool? = nil,
            highestAuthorityDecided: Bool? = nil, postClass: PostClass? = nil, receivedOn: CivilDate? = nil,
            noticePeriodCase: Bool? = nil, reconsiderationResult: ReconsiderationResult? = nil,
            complaintMaintainedOn: CivilDate? = nil, decisionFullyGranted: Bool? = nil, decisionInWriting: Bool? = nil,
            offerIsRegional: Bool? = nil, aeldrelovDecision: AeldrelovDecision? = nil, complainant: Complainant? = nil
        ) {
            self.subject = subject
            self.decisionDate = decisionDate
            self.notifiedOn = notifiedOn
            self.delivery = delivery
            self.complaintGuidanceGiven = complaintGuidanceGiven
            self.complaintFiledOn = complaintFiledOn
            self.municipalityAnswered = municipalityAnswered
            self.highestAuthorityDecided = highestAuthorityDecided
            self.postClass = postClass
            self.receivedOn = receivedOn
            self.noticePeriodCase = noticePeriodCase
            self.reconsiderationResult = reconsiderationResult
            self.complaintMaintainedOn = complaintMaintainedOn
            self.decisionFullyGranted = decisionFullyGranted
            self.decisionInWriting = decisionInWriting
            self.offerIsRegional = offerIsRegional
            self.aeldrelovDecision = aeldrelovDecision
            self.complainant = complainant
        }

        /// Copies the facts of a host's record.
        public init(_ provider: some ComplaintFactsProviding) {
            self.init(
                subject: provider.subject, decisionDate: provider.decisionDate, notifiedOn: provider.notifiedOn,
                delivery: provider.delivery, complaintGuidanceGiven: provider.complaintGuidanceGiven,
                complaintFiledOn: provider.complaintFiledOn, municipalityAnswered: provider.municipalityAnswered,
                highestAuthorityDecided: provider.highestAuthorityDecided, postClass: provider.postClass,
                receivedOn: provider.receivedOn, noticePeriodCase: provider.noticePeriodCase,
                reconsiderationResult: provider.reconsiderationResult,
                complaintMaintainedOn: provider.complaintMaintainedOn,
                decisionFullyGranted: provider.decisionFullyGranted, decisionInWriting: provider.decisionInWriting,
                offerIsRegional: provider.offerIsRegional, aeldrelovDecision: provider.aeldrelovDecision,
                complainant: provider.complainant)
        }

        /// These facts, or the error that names the contradictory field: see
        /// ``contradiction(asOf:)``. `facts(from:)` calls it; a host that builds facts in Swift
        /// should too (``ComplaintRouteQuestion/evaluate(_:into:)`` answers `undetermined` on
        /// contradictory facts rather than guess).
        public func validated(asOf: CivilDate) throws(PolicyError) -> Facts {
            if let problem = contradiction(asOf: asOf) {
                throw PolicyError(code: .outOfRange, field: "facts.\(problem.field)", message: problem.message)
            }
            return self
        }

        /// The first contradiction between the facts, if any: a decision notified before it was
        /// made, a complaint filed before the decision was made or notified, a letter received
        /// before (or on) the day it was posted, a complaint maintained before it was filed, an
        /// oral decision sent digitally or by letter, an ældreloven decision made before
        /// ældreloven, a nævn decision before the nævn, or a deadline or duty that would fall
        /// after 9999-12-31. Facts that a subject does not use (`aeldrelovDecision`,
        /// `noticePeriodCase` for anything but a `decision`; `reconsiderationResult` where
        /// nothing is reconsidered; `complaintMaintainedOn` without partial medhold) are not
        /// contradictions: the answer does not read them.
        public func contradiction(asOf: CivilDate) -> FactContradiction? {
            if let decided = decisionDate, let notified = notifiedOn, notified < decided { return .notifiedBeforeDecision }
            let known = notifiedOn ?? decisionDate
            if let filed = complaintFiledOn, let known, filed < known { return .filedBeforeDecision }
            if let received = receivedOn, let known {
                if received < known { return .receivedBeforeNotified }
                if delivery == .letter, let notified = notifiedOn, received <= notified { return .letterReceivedOnPosting }
            }
            if let maintained = complaintMaintainedOn {
                if let filed = complaintFiledOn, maintained < filed { return .maintainedBeforeFiled }
            }
            if decisionInWriting == false, delivery == .digital || delivery == .letter { return .oralButSentInWriting }
            if aeldrelovDecision != nil, subject == .decision {
                if let regime = decisionDate ?? notifiedOn, regime < ComplaintRegimes.aeldrelovenFrom { return .aeldrelovBeforeInForce }
            }
            if subject == .disabilityBoardDecision {
                if let regime = decisionDate ?? notifiedOn, regime < ComplaintRegimes.disabilityBoardFrom { return .boardBeforeItExisted }
                if asOf < ComplaintRegimes.disabilityBoardFrom { return .boardNotOnAsOf }
            }
            // Days the rules count must exist: 4 weeks after receipt, the duties after the complaint.
            if let notified = notifiedOn, let delivery {
                guard
                    let receipt = Receipt.of(notified: notified, delivery: delivery, postClass: postClass, receivedOn: receivedOn),
                    ComplaintRouteQuestion.deadlines(receipt) != nil
                else { return receivedOn != nil && delivery == .letter ? .receivedTooLate : .notifiedTooLate }
            }
            if let filed = complaintFiledOn, Deadline(checkedFrom: filed, period: ComplaintRouteQuestion.Rules.fourWeeks) == nil {
                return .filedTooLate
            }
            if let maintained = complaintMaintainedOn,
                Deadline(checkedFrom: maintained, period: DeadlinePeriod(days: 14)) == nil
            {
                return .maintainedTooLate
            }
            return nil
        }
    }

    /// A contradiction between a complaint's facts: the field to correct and why.
    public enum FactContradiction: Sendable, Hashable {
        /// `notifiedOn` is before `decisionDate`.
        case notifiedBeforeDecision
        /// `complaintFiledOn` is before the decision was notified (or made).
        case filedBeforeDecision
        /// `receivedOn` is before the decision was notified (or made).
        case receivedBeforeNotified
        /// A posted letter `receivedOn` the day it was posted (or before).
        case letterReceivedOnPosting
        /// `complaintMaintainedOn` is before `complaintFiledOn`.
        case maintainedBeforeFiled
        /// `decisionInWriting` false for a decision sent digitally or by letter.
        case oralButSentInWriting
        /// `aeldrelovDecision` for a decision made (or notified) before 2025-07-01.
        case aeldrelovBeforeInForce
        /// A nævn decision made before 2025-01-01.
        case boardBeforeItExisted
        /// A nævn decision asked about before 2025-01-01.
        case boardNotOnAsOf
        /// The deadline would fall after 9999-12-31 because of `notifiedOn`.
        case notifiedTooLate
        /// The deadline would fall after 9999-12-31 because of `receivedOn`.
        case receivedTooLate
        /// The reconsideration would be due after 9999-12-31.
        case filedTooLate
        /// The forwarding would be due after 9999-12-31.
        case maintainedTooLate

        /// The fact to correct (without the `facts.` prefix).
        public var field: String {
            switch self {
            case .notifiedBeforeDecision, .notifiedTooLate: "notifiedOn"
            case .filedBeforeDecision, .filedTooLate: "complaintFiledOn"
            case .receivedBeforeNotified, .letterReceivedOnPosting, .receivedTooLate: "receivedOn"
            case .maintainedBeforeFiled, .maintainedTooLate: "complaintMaintainedOn"
            case .oralButSentInWriting: "decisionInWriting"
            case .aeldrelovBeforeInForce: "aeldrelovDecision"
            case .boardBeforeItExisted: "decisionDate"
            case .boardNotOnAsOf: "subject"
            }
        }

        /// Why, for a person.
        public var message: String {
            switch self {
            case .notifiedBeforeDecision: "the decision cannot be notified before it was made"
            case .filedBeforeDecision: "a complaint cannot be filed before the decision was made or notified"
            case .receivedBeforeNotified: "a decision cannot be received before it was sent"
            case .letterReceivedOnPosting: "a posted letter arrives the day after posting at the earliest"
            case .maintainedBeforeFiled: "a complaint cannot be maintained before it was filed"
            case .oralButSentInWriting: "a decision sent digitally or by letter is communicated in writing"
            case .aeldrelovBeforeInForce: "ældreloven applies to decisions from 2025-07-01"
            case .boardBeforeItExisted: "Det Socialfaglige Nævn vedrørende Magtanvendelse decides from 2025-01-01"
            case .boardNotOnAsOf: "Det Socialfaglige Nævn vedrørende Magtanvendelse did not exist on the date asked about (from 2025-01-01)"
            case .notifiedTooLate, .receivedTooLate: "the deadline would fall after 9999-12-31, the last day the calendar knows"
            case .filedTooLate: "the reconsideration would be due after 9999-12-31, the last day the calendar knows"
            case .maintainedTooLate: "the forwarding would be due after 9999-12-31, the last day the calendar knows"
            }
        }
    }

    /// The values: plain optionals and a packed route; the arrays and the guidance text are
    /// built only in ``fields``.
    public struct Values: DecisionValues, Hashable {
        /// Can go to an administrative appeal body (or kommunalbestyrelsen under SEL § 133, stk. 1).
        public var appealable: Bool?
        /// The bodies in order.
        public var route: ComplaintRoute?
        /// Where the complaint is handed in.
        public var lodgeWith: ComplaintBody?
        /// The last day to complain, on the safe reading; absent when no deadline runs or it is unknown.
        public var deadline: CivilDate?
        /// Whether the deadline runs (false without klagevejledning).
        public var deadlineRunning: Bool?
        /// The nominal last day, when it fell on a Saturday, Sunday or helligdag and was moved.
        public var deadlineExtendedFrom: CivilDate?
        /// The last day a complaint is judged in time in the citizen's favour, when later than `deadline` (since 1.1).
        public var citizenFavourableDeadline: CivilDate?
        /// Whether the filed complaint is in time.
        public var inTime: Bool?
        /// Whether the decision waits for the appeal.
        public var suspensiveEffect: Bool?
        /// The day the decision counts as received on the safe reading (the deadline counts from it).
        public var receivedOn: CivilDate?
        /// An open legal question the answer rests on.
        public var openLegalQuestion: ComplaintOpenQuestion?
        /// The eve (Grundlovsdag, 24 or 31 December) that decided the deadline, if any.
        public var eveWarning: Eve?
        /// Whether the decision, or the part complained of, has no administrative appeal (ÆL § 30; since 1.1).
        public var appealExcluded: Bool?
        /// Whether the complainant may complain in their own name (since 1.1).
        public var complainantEntitled: Bool?
        /// Who supervised the offer on the date asked about (since 1.1).
        public var supervisedBy: OfferSupervisor?
        /// The rule that gave the day of receipt.
        public var receiptRule: ReceiptRule?
        /// What the guidance is about.
        public var subject: ComplaintSubject?
        /// The date whose bodies apply (the decision's date, else `asOf`).
        public var regimeDate: CivilDate?
        /// The date asked about.
        public var asOf: CivilDate?
        /// Whether the municipality is known (a local body may be needed).
        public var municipalityKnown = false
        /// Whether the municipality's Borgerrådgiver exists and the administration has not yet
        /// answered (the guidance then says to complain to the administration first).
        public var advisorAwaitsAnswer = false
        /// Whether the reconsideration is due in 14 days (a notice-period case): `true`, `false`
        /// (4 weeks), or `nil` where the order has the 14-day rule and the case may be one.
        public var reconsiderationNotice: Bool? = false
        /// The municipality's own bodies, for the guidance.
        public var local = LocalComplaintBodies()
        /// Whether the decision fully grants the request, so that FVL § 25, stk. 1, 2. pkt. asks
        /// for no klagevejledning and no draft is made.
        var fullyGranted = false

        /// Empty values.
        public init() {}

        /// The contract's values, with the `guidance` draft built here (not on the hot path).
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("appealable", appealable)
            if let route { fields.append(NamedValue("route", .array(route.contractNames.map { .string($0) }))) }
            fields.add("lodgeWith", lodgeWith?.contractName)
            fields.add("deadline", deadline)
            fields.add("deadlineRunning", deadlineRunning)
            fields.add("deadlineExtendedFrom", deadlineExtendedFrom)
            fields.add("citizenFavourableDeadline", citizenFavourableDeadline)
            fields.add("inTime", inTime)
            fields.add("suspensiveEffect", suspensiveEffect)
            fields.add("receivedOn", receivedOn)
            fields.add("appealExcluded", appealExcluded)
            fields.add("complainantEntitled", complainantEntitled)
            fields.add("supervisedBy", supervisedBy)
            if let guidance = ComplaintGuidance.text(for: self) { fields.add("guidance", guidance) }
            fields.add("openLegalQuestion", openLegalQuestion)
            if let eveWarning {
                fields.add("warning", DeadlineQuestion.eveWarning(eveWarning, safe: deadline, told: citizenFavourableDeadline))
            }
            return fields
        }
    }

    /// `complaints.route`.
    public static let id = "complaints.route"
    /// The question in Danish and English.
    public static let title = LocalizedText(
        da: "Hvor, hvordan og hvornår kan borgeren klage?", en: "Where, how and by when can the citizen complain?")
    /// The facts of QUESTIONS.md §3, and the additions of contract 1.1.
    public static let factSpecs: [FactSpec] = [
        .enumeration("subject", ComplaintSubject.self, required: true, "what the citizen is unhappy with"),
        FactSpec("decisionDate", .date, "when the decision was made (chooses the regime)"),
        FactSpec("notifiedOn", .date, "when the decision was sent or made available (a letter: the day it was dated and posted)"),
        .enumeration("delivery", ComplaintDelivery.self, "digital (the day available), letter (the presumption of the day it was posted) or in-person"),
        FactSpec("complaintGuidanceGiven", .bool, "a correct klagevejledning accompanied the decision"),
        FactSpec("complaintFiledOn", .date, "when the citizen complained (the authority received the complaint)"),
        FactSpec("municipalityAnswered", .bool, "the administration has answered the complaint (Borgerrådgiverens forudsætning)"),
        FactSpec("highestAuthorityDecided", .bool, "the administrative appeals are exhausted (Ombudsmandens forudsætning, OMBL § 14)"),
        .enumeration("postClass", PostClass.self, since: "1.1", "the class of a posted letter: decides the day it is taken as received before 2018-06-26 (FOB 2007.399; Ankestyrelsen's 2016 table)"),
        FactSpec("receivedOn", .date, since: "1.1", "the day a posted letter is established to have come (after the day of posting). A later day than the presumption counts; where no presumption applies (B-post before 2016-07-01, letters posted from 2025-12-31) it decides"),
        FactSpec("noticePeriodCase", .bool, since: "1.1", "the decision is under the varslingspligt of SEL § 3 a (withdrawing or reducing help under §§ 95, 96, 98, bilstøtte under § 114; from 2018-01-01) or BL § 11 (from 2024-01-01): the authority reconsiders within 14 days, not 4 weeks (BEK 1249/2017 § 12, stk. 3 … BEK 861/2025 § 11, stk. 3)"),
        .enumeration("reconsiderationResult", ReconsiderationResult.self, since: "1.1", "what the deciding authority's reconsideration gave: full or partial medhold (a new decision) or the decision upheld (forwarded) — BEK 1433/2012 § 15 … BEK 861/2025 §§ 11–12"),
        FactSpec("complaintMaintainedOn", .date, since: "1.1", "after partial medhold: the day the citizen said the complaint stands; the authority forwards it within 14 days (BEK 861/2025 § 12)"),
        FactSpec("decisionFullyGranted", .bool, since: "1.1", "the decision fully grants the party's request: no klagevejledning is required (FVL § 25, stk. 1, 2. pkt.)"),
        FactSpec("decisionInWriting", .bool, since: "1.1", "the decision was communicated in writing: FVL § 25 requires klagevejledning for written decisions (a digital or posted decision is written)"),
        FactSpec("offerIsRegional", .bool, since: "1.1", "the offer is a regional one (or a private provider's in an offer the regionsråd established): before 2014 the regionsråd reconsidered complaints about acute § 126 holds (SEL § 133, stk. 3, LBK 810/2012) and supervised the offer (SEL § 5, stk. 7)"),
        .enumeration("aeldrelovDecision", AeldrelovDecision.self, since: "1.1", "for a decision under ældreloven (from 2025-07-01): whether ÆL § 30 lets it be appealed; absent for a decision under another act"),
        .enumeration("complainant", Complainant.self, since: "1.1", "who complains: the person the decision concerns (the default), a visitor (visit restrictions, SEL § 137 d, stk. 5–6), a relative or a representative"),
    ]
    /// The values the question can produce (QUESTIONS.md §3 and the additions of 1.1).
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("appealable", "bool", "the matter can go to an administrative appeal body (or to kommunalbestyrelsen under SEL § 133, stk. 1)"),
        ValueSpec("route", "array of enum: " + ComplaintBody.allCases.map(\.contractName).joined(separator: ", "), "the bodies in order; `regional-council` and `disability-coercion-board` since 1.1"),
        ValueSpec("lodgeWith", "enum, as `route`", "where the complaint is handed in"),
        ValueSpec("deadline", "date", "the last day to complain, on the safe reading: moved past Saturdays, Sundays and helligdage but not past Grundlovsdag, 24 or 31 December, counted from the earliest day the letter may have come where no presumption fixes it. Never later than the law surely allows; absent when no deadline runs"),
        ValueSpec("deadlineRunning", "bool", "false without klagevejledning"),
        ValueSpec("deadlineExtendedFrom", "date", "the nominal last day when it fell on a Saturday, Sunday or helligdag"),
        ValueSpec("citizenFavourableDeadline", "date", since: "1.1", "when later than `deadline`: the last day a complaint is judged in time in the citizen's favour — past Grundlovsdag, 24 and 31 December, and from the citizen-favourable day of receipt — with the open point in `openLegalQuestion`"),
        ValueSpec("inTime", "bool", "whether the filed complaint is in time: true up to `deadline`, and up to `citizenFavourableDeadline` where no unknown fact could make it late; absent (with the fact asked for) where one could"),
        ValueSpec("suspensiveEffect", "bool", "the decision waits for the appeal"),
        ValueSpec("receivedOn", "date", "the day the decision counts as received on the safe reading (the deadline counts from it)"),
        ValueSpec("appealExcluded", "bool", since: "1.1", "the decision, or the part complained of, has no administrative appeal (ÆL § 30: not listed in stk. 1, or the part that ends an SEL decision, stk. 2)"),
        ValueSpec("complainantEntitled", "bool", since: "1.1", "whether the complainant may complain in their own name: the person concerned, or a visitor of a visit restriction (RSL § 60, stk. 2; SEL § 137 d, stk. 5–6); absent where it depends on the person being unable to complain"),
        ValueSpec.enumeration("supervisedBy", OfferSupervisor.self, since: "1.1", "for a quality concern: who supervised the offer on the date asked about"),
        ValueSpec("guidance", "{ \"da\": …, \"en\": … }", "a klagevejledning draft meeting FVL § 25: body, how, where, the deadline as a date (the safe one), what happens next"),
        ValueSpec.enumeration("openLegalQuestion", ComplaintOpenQuestion.self, "the open legal question the answer rests on (values marked no longer produced are settled)"),
        ValueSpec("warning", "{ \"da\": …, \"en\": … }", "when Grundlovsdag, 24 or 31 December decided the deadline: the safe date and the citizen-favourable one"),
    ]
    /// The obligation codes the question can produce.
    public static let obligationSpecs: [ObligationSpec] = [
        ObligationSpec("give-complaint-guidance", "an appealable decision communicated in writing must carry klagevejledning: body, how, deadline (FVL § 25, stk. 1); not where it fully grants the request; `due` the day it was notified"),
        ObligationSpec("reconsider-and-forward", "the deciding authority reconsiders on receiving the complaint and, if it upholds the decision, sends complaint, reconsideration and file to the appeal body within 4 weeks of receipt — 14 days in SEL § 3 a (2018 →) and BL § 11 (2024 →) cases, and 14 days where that is not known — as the RSL executive order in force numbers it (BEK 1433/2012 § 14 … BEK 861/2025 § 11); `due` when `complaintFiledOn` is known"),
        ObligationSpec("forward-to-competent-body", "a complaint about an admission without consent (or a børn og unge-udvalg decision) is not reconsidered: it goes at once to Ankestyrelsen (SEL § 134; BEK 861/2025 § 11, stk. 6)"),
        ObligationSpec("send-new-decision", since: "1.1", "after full or partial medhold: a new decision to the citizen within 4 weeks of receiving the complaint (14 days in notice cases) — BEK 1433/2012 § 15, stk. 1 … BEK 861/2025 § 11, stk. 1"),
        ObligationSpec("forward-maintained-complaint", since: "1.1", "after partial medhold the citizen has 4 weeks from the new decision to say the complaint stands; the authority then forwards it within 14 days of that (`due` when `complaintMaintainedOn` is known) — BEK 1433/2012 § 15, stk. 2 … BEK 861/2025 § 12"),
    ]
    /// ``ComplaintRuleSets/catalogue``.
    public static let ruleSets = ComplaintRuleSets.catalogue

    /// Reads the facts.
    ///
    /// - Throws: `PolicyError` `out-of-range` naming the contradictory fact
    ///   (``Facts/contradiction(asOf:)``): e.g. `facts.notifiedOn` before `decisionDate`,
    ///   `facts.complaintFiledOn` before the decision was notified. The fact bag has no `asOf`;
    ///   the checks that need it run in ``evaluate(_:into:)``, which fails closed.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        let facts = Facts(
            subject: try bag.required("subject"), decisionDate: try bag.date("decisionDate"),
            notifiedOn: try bag.date("notifiedOn"), delivery: try bag.value("delivery"),
            complaintGuidanceGiven: try bag.bool("complaintGuidanceGiven"),
            complaintFiledOn: try bag.date("complaintFiledOn"),
            municipalityAnswered: try bag.bool("municipalityAnswered"),
            highestAuthorityDecided: try bag.bool("highestAuthorityDecided"),
            postClass: try bag.value("postClass"), receivedOn: try bag.date("receivedOn"),
            noticePeriodCase: try bag.bool("noticePeriodCase"), reconsiderationResult: try bag.value("reconsiderationResult"),
            complaintMaintainedOn: try bag.date("complaintMaintainedOn"),
            decisionFullyGranted: try bag.bool("decisionFullyGranted"), decisionInWriting: try bag.bool("decisionInWriting"),
            offerIsRegional: try bag.bool("offerIsRegional"), aeldrelovDecision: try bag.value("aeldrelovDecision"),
            complainant: try bag.value("complainant"))
        // Without asOf: checked with the latest date, so only the asOf-free contradictions throw here.
        return try facts.validated(asOf: DanishCalendar.lastDay)
    }
}
