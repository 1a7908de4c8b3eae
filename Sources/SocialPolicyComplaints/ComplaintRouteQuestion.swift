import SocialPolicyCalendar
import SocialPolicyCore

/// The facts of a complaint, as a host's own record type can supply them without JSON.
///
/// ## Implementation requirements
/// - ``subject`` is required: classify the matter before asking (see ``ComplaintSubject``).
/// - Every other fact is optional: return `nil` when it is not known — never a guess. The
///   extension supplies `nil` for each, so a type adopts only what it records.
/// - Dates are the calendar days of the events (Danish time), as ``CivilDate``.
/// - `notifiedOn` is the day the decision was sent or made available (for a letter: the day it
///   was dated and posted), not the day the citizen says it arrived.
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
}

/// The versions of the complaint rules. The `asOf` chooses the version (and with it the
/// supervisory authority, socialtilsynet and the Borgerrådgiver's existence); the appeal body
/// for a decision follows the **decision's** date (`decisionDate`, else `notifiedOn`), because
/// the complaint goes to the body competent for decisions made on that day.
public enum ComplaintRuleSets {
    /// `complaints-route`, gap-free from 2013-01-01.
    public static let catalogue = RuleSetCatalogue([
        RuleSetVersion(
            id: "complaints-route", validFrom: CivilDate(2013, 1, 1), validTo: CivilDate(2013, 6, 30),
            title: "RSL kap. 10 with de sociale nævn; genvurdering; 4 uger",
            enactedBy: "RSL (LBK as in force 2012–13); https://ast.dk/nyheder/nyheder/nyheder-2013/ny-klagestruktur-pa-det-sociale-og-beskaeftigelsesmaessige-omrade"),
        RuleSetVersion(
            id: "complaints-route", validFrom: CivilDate(2013, 7, 1), validTo: CivilDate(2017, 3, 31),
            title: "Ankestyrelsen the first and only appeal body; tilsynet in Statsforvaltningen",
            enactedBy: "L 158 (FT 2012-13), lov nr. 493 af 21/05/2013"),
        RuleSetVersion(
            id: "complaints-route", validFrom: CivilDate(2017, 4, 1), validTo: CivilDate(2019, 3, 31),
            title: "Tilsynet moved to Ankestyrelsen",
            enactedBy: "lov nr. 176 af 21/02/2017; https://oim.dk/arbejdsomraader/kommuner-og-regioners-styrelse/tilsyn/"),
        RuleSetVersion(
            id: "complaints-route", validFrom: CivilDate(2019, 4, 1), validTo: CivilDate(2019, 12, 31),
            title: "Familieretshuset decides admissions without consent (SEL §§ 129, 129 a, 134)",
            enactedBy: "LOV nr. 1711 af 27/12/2018 § 13"),
        RuleSetVersion(
            id: "complaints-route", validFrom: CivilDate(2020, 1, 1), validTo: CivilDate(2024, 6, 30),
            title: "Complaints about staff's acute acts to kommunalbestyrelsen (SEL § 133, stk. 1)",
            enactedBy: "the 2019 reform of SEL afsnit VII in force 2020-01-01; https://danskelove.dk/serviceloven/133"),
        RuleSetVersion(
            id: "complaints-route", validFrom: CivilDate(2024, 7, 1), validTo: nil,
            title: "L 188: kommunalbestyrelsen's decision on a § 124 d, stk. 2 complaint can go to Ankestyrelsen",
            enactedBy: "L 188 (FT 2023-24), adopted 04/06/2024; SEL § 133, stk. 2, 2. pkt."),
    ])
}

/// `complaints.route`: where, how and by when the citizen can complain, on `asOf`.
///
/// The question classifies the matter, finds the route by the decision's date, computes the
/// deadline with ``SocialPolicyCalendar`` (4 weeks from notification, moved past weekends and
/// helligdage; none without klagevejledning), says whether a filed complaint is in time, and
/// drafts a klagevejledning in Danish and English.
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

        /// Creates the facts; everything but the subject is unknown unless given.
        public init(
            subject: ComplaintSubject, decisionDate: CivilDate? = nil, notifiedOn: CivilDate? = nil,
            delivery: ComplaintDelivery? = nil, complaintGuidanceGiven: Bool? = nil,
            complaintFiledOn: CivilDate? = nil, municipalityAnswered: Bool? = nil,
            highestAuthorityDecided: Bool? = nil
        ) {
            self.subject = subject
            self.decisionDate = decisionDate
            self.notifiedOn = notifiedOn
            self.delivery = delivery
            self.complaintGuidanceGiven = complaintGuidanceGiven
            self.complaintFiledOn = complaintFiledOn
            self.municipalityAnswered = municipalityAnswered
            self.highestAuthorityDecided = highestAuthorityDecided
        }

        /// Copies the facts of a host's record.
        public init(_ provider: some ComplaintFactsProviding) {
            self.init(
                subject: provider.subject, decisionDate: provider.decisionDate, notifiedOn: provider.notifiedOn,
                delivery: provider.delivery, complaintGuidanceGiven: provider.complaintGuidanceGiven,
                complaintFiledOn: provider.complaintFiledOn, municipalityAnswered: provider.municipalityAnswered,
                highestAuthorityDecided: provider.highestAuthorityDecided)
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
        /// The last day to complain; absent when no deadline runs or it is unknown.
        public var deadline: CivilDate?
        /// Whether the deadline runs (false without klagevejledning).
        public var deadlineRunning: Bool?
        /// The nominal last day, when it fell on a non-working day and was moved.
        public var deadlineExtendedFrom: CivilDate?
        /// Whether the filed complaint is in time.
        public var inTime: Bool?
        /// Whether the decision waits for the appeal.
        public var suspensiveEffect: Bool?
        /// The day the decision counts as received (the deadline counts from it).
        public var receivedOn: CivilDate?
        /// An open legal question the answer rests on.
        public var openLegalQuestion: ComplaintOpenQuestion?
        /// The eve (Grundlovsdag, 24 or 31 December) that decided the deadline, if any.
        public var eveWarning: Eve?
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
        /// The municipality's own bodies, for the guidance.
        public var local = LocalComplaintBodies()

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
            fields.add("inTime", inTime)
            fields.add("suspensiveEffect", suspensiveEffect)
            fields.add("receivedOn", receivedOn)
            if let guidance = ComplaintGuidance.text(for: self) { fields.add("guidance", guidance) }
            fields.add("openLegalQuestion", openLegalQuestion)
            if let eveWarning {
                fields.add(
                    "warning",
                    LocalizedText(
                        da: "\(eveWarning.danishName) er ikke en helligdag. Det er et åbent juridisk spørgsmål, om klagefristen forlænges over dagen; beregningen er til borgerens fordel.",
                        en: "\(eveWarning.danishName) is not a public holiday. Whether the complaint deadline extends over it is an open legal question; the computation favours the citizen."))
            }
            return fields
        }
    }

    /// `complaints.route`.
    public static let id = "complaints.route"
    /// The question in Danish and English.
    public static let title = LocalizedText(
        da: "Hvor, hvordan og hvornår kan borgeren klage?", en: "Where, how and by when can the citizen complain?")
    /// The facts of QUESTIONS.md §3.
    public static let factSpecs: [FactSpec] = [
        .enumeration("subject", ComplaintSubject.self, required: true, "what the citizen is unhappy with"),
        FactSpec("decisionDate", .date, "when the decision was made (chooses the regime)"),
        FactSpec("notifiedOn", .date, "when the decision was sent or made available"),
        .enumeration("delivery", ComplaintDelivery.self, "digital (the day available), letter (6 hverdage after posting) or in-person"),
        FactSpec("complaintGuidanceGiven", .bool, "a correct klagevejledning accompanied the decision"),
        FactSpec("complaintFiledOn", .date, "when the citizen complained"),
        FactSpec("municipalityAnswered", .bool, "the administration has answered the complaint (Borgerrådgiverens forudsætning)"),
        FactSpec("highestAuthorityDecided", .bool, "the administrative appeals are exhausted (Ombudsmandens forudsætning)"),
    ]
    /// ``ComplaintRuleSets/catalogue``.
    public static let ruleSets = ComplaintRuleSets.catalogue

    /// Reads the facts; a notification before the decision is `outOfRange` on `facts.notifiedOn`.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        let facts = Facts(
            subject: try bag.required("subject"), decisionDate: try bag.date("decisionDate"),
            notifiedOn: try bag.date("notifiedOn"), delivery: try bag.value("delivery"),
            complaintGuidanceGiven: try bag.bool("complaintGuidanceGiven"),
            complaintFiledOn: try bag.date("complaintFiledOn"),
            municipalityAnswered: try bag.bool("municipalityAnswered"),
            highestAuthorityDecided: try bag.bool("highestAuthorityDecided"))
        if let decided = facts.decisionDate, let notified = facts.notifiedOn, notified < decided {
            throw PolicyError(
                code: .outOfRange, field: "facts.notifiedOn",
                message: "the decision cannot be notified (\(notified)) before it was made (\(decided))")
        }
        return facts
    }

    // MARK: - Rules

    /// The rules' sources, as data.
    public enum Rules {
        static let appealRight = Citation(.rsl, "60")
        static let reconsideration = Citation(.rsl, "66")
        static let deadline = Citation(.rsl, "67")
        static let noSuspension = Citation(.rsl, "72", stk: 1)
        static let admissionSuspension = Citation(.rsl, "72", stk: 5)
        static let courtReview = Citation(.rsl, "73")
        static let guidanceDuty = Citation(.fvl, "25", stk: 1)
        static let coercionComplaints = Citation(.sel, "133")
        static let acuteToCouncil = Citation(.sel, "133", stk: 1)
        static let admissionComplaints = Citation(.sel, "134")
        static let childYouthCommittee = Citation(.rsl, "66")
        static let serviceLevel = Citation(.sel, "139")
        static let userInfluence = Citation(.sel, "16")
        static let advisor = Citation(.ksl, "65 e")
        static let tilsynet = Citation(.ksl, "48")
        static let ombudsman = Citation(.ombudsmandsloven, "13")
        static let socialSupervision = Citation(.socialtilsyn, "whistleblowerordning")
        static let receiptPost = Citation(.klagefristVejledning, "fysisk post")
        static let receiptPost2016 = Citation(.ankestyrelsenKlagefrister, "fysisk post 2016–2018")
        static let transition2013 = Citation(.klagestruktur2013, "ikrafttræden 1. juli 2013")
        static let transition2019 = Citation(.familieretshus2019, "§ 13")
        static let receiptDigital = Citation(.klagefristVejledning, "digital post")
        static let weeks = Citation(.klagefristVejledning, "uger og måneder")
        static let nonWorking = Citation(.klagefristVejledning, "lørdage, søndage og helligdage")
        /// The period of a complaint deadline and of the reconsideration (RSL §§ 66–67).
        public static let fourWeeks = DeadlinePeriod(weeks: 4)
        /// The number of hverdage a letter takes (VEJ nr. 9533/2018; Ankestyrelsen).
        public static let letterWorkingDays = 6
    }

    /// The day a decision counts as received: digital and in person the day itself (even a
    /// holiday); a letter posted from 2018-06-26 (and before 2016-07-01) the 6th hverdag after
    /// posting (Saturdays, Sundays, helligdage and — in the citizen's favour — Grundlovsdag, 24
    /// and 31 December not counted); a letter posted on a weekday from 2016-07-01 to 2018-06-25
    /// by Ankestyrelsen's table of that period (Monday, Tuesday, Friday + 5 days; Wednesday + 7;
    /// Thursday + 6).
    public static func receivedOn(notified: CivilDate, delivery: ComplaintDelivery) -> CivilDate {
        switch delivery {
        case .digital, .inPerson:
            return notified
        case .letter:
            if let table = postTableReceipt(notified) { return table }
            return sixthWorkingDay(after: notified, eves: true)
        }
    }

    /// Ankestyrelsen's 2016–2018 weekday table, or `nil` outside its period or for a weekend.
    static func postTableReceipt(_ notified: CivilDate) -> CivilDate? {
        guard notified >= ComplaintRegimes.weekdayPostTableFrom, notified < ComplaintRegimes.sixWorkingDaysPostFrom
        else { return nil }
        switch notified.weekday {
        case .monday, .tuesday, .friday: return notified.adding(days: 5)
        case .wednesday: return notified.adding(days: 7)
        case .thursday: return notified.adding(days: 6)
        default: return nil
        }
    }

    /// The 6th working day after `notified`.
    static func sixthWorkingDay(after notified: CivilDate, eves: Bool) -> CivilDate {
        var day = notified
        var counted = 0
        // Bounded: at the calendar's end (9999-12-31) dates clamp and would never advance.
        for _ in 0..<64 where counted < Rules.letterWorkingDays {
            day = day.adding(days: 1)
            if DanishCalendar.isWorkingDay(day, eves: eves) { counted += 1 }
        }
        return day
    }

    /// Whether the day a letter counts as received is settled by a published rule: from
    /// 2018-06-26 the 6 hverdage of VEJ nr. 9533/2018 (unless an eve — Grundlovsdag, 24 or 31
    /// December — falls in the count), and Ankestyrelsen's weekday table for weekday postings
    /// from 2016-07-01; not before 2016-07-01 (`complaints-letter-receipt`).
    public static func letterReceiptSettled(notified: CivilDate) -> Bool {
        if postTableReceipt(notified) != nil { return true }
        guard notified >= ComplaintRegimes.sixWorkingDaysPostFrom else { return false }
        return sixthWorkingDay(after: notified, eves: true) == sixthWorkingDay(after: notified, eves: false)
    }

    /// Classifies the subject, then finds the appeal route and deadline or the other route.
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let asOf = e.context.asOf
        let subject = facts.subject
        e.verdict.values.subject = subject
        e.verdict.values.asOf = asOf
        // Read through the metatype: no new existential box on the hot path.
        let local = LocalComplaintBodies.lookup(e.context.municipality, subject: subject, on: asOf)
        e.verdict.values.municipalityKnown = e.context.municipality != nil

        // 1. Classify: only individual decisions (and acute coercion acts) have an appeal route.
        e.test(
            Rules.appealRight, holds: subject.isDecisionLike,
            subject.isDecisionLike
                ? LocalizedText(
                    da: "Sagen gælder en afgørelse (eller en akut magtanvendelse) med en lovbestemt klageadgang.",
                    en: "The matter is a decision (or an acute use of force) with a statutory complaint route.")
                : LocalizedText(
                    da: "Sagen gælder ikke en afgørelse, men \(ComplaintGuidance.subjectName(subject).da): der er ingen klageinstans og ingen klagefrist, men der er andre veje.",
                    en: "The matter is not a decision but \(ComplaintGuidance.subjectName(subject).en): there is no appeal body and no deadline, but there are other routes."))
        if subject.isDecisionLike {
            evaluateAppeal(facts, local: local, into: &e)
        } else {
            evaluateOtherRoute(facts, local: local, into: &e)
        }
    }

    // MARK: Appealable matters

    static func evaluateAppeal<R: Recorder>(
        _ facts: Facts, local: LocalComplaintBodies?, into e: inout Evaluation<Values, R>
    ) {
        let subject = facts.subject
        var known = Conjunction()
        let regimeDate = facts.decisionDate ?? facts.notifiedOn
        e.verdict.values.regimeDate = regimeDate
        if regimeDate == nil {
            e.missing("decisionDate")
            known.add(nil)
            e.test(
                Rules.appealRight, holds: nil,
                LocalizedText(
                    da: "Afgørelsens dato er ukendt; den afgør klageinstansen (Det Sociale Nævn før 1. juli 2013, Ankestyrelsen derefter).",
                    en: "The decision's date is unknown; it decides the appeal body (Det Sociale Nævn before 1 July 2013, Ankestyrelsen after)."))
        }
        // An acute act from 2020 goes to kommunalbestyrelsen, without a known deadline.
        let acuteToCouncil: Bool? =
            subject == .coercionAct ? regimeDate.map { $0 >= ComplaintRegimes.acuteActsToCouncilFrom } : false
        let reconsiders: Bool? =
            switch subject {
            case .decision, .coercionDecision: true
            case .coercionAct: acuteToCouncil.map { !$0 }
            default: false
            }

        e.verdict.values.appealable = true
        if let regimeDate {
            // The day the complaint is (or was) lodged: the filing date, else the day asked about;
            // never before the decision. The body that receives it must exist on that day.
            let lodging = max(facts.complaintFiledOn ?? e.context.asOf, regimeDate)
            route(facts, regimeDate: regimeDate, lodging: lodging, acuteToCouncil: acuteToCouncil ?? false, local: local, into: &e)
        } else if reconsiders == true {
            e.verdict.values.lodgeWith = .municipalityReconsideration
        }

        // 2. The deadline (RSL § 67): 4 weeks from notification, only with klagevejledning.
        if acuteToCouncil == true {
            e.verdict.values.openLegalQuestion = .acuteActDeadline
            e.test(
                Rules.acuteToCouncil, holds: nil,
                LocalizedText(
                    da: "Serviceloven § 133, stk. 1 fastsætter ingen klagefrist for klager til kommunalbestyrelsen over personalets akutte indgreb (åbent juridisk spørgsmål); der beregnes ingen frist, og borgeren bør klage hurtigst muligt.",
                    en: "SEL § 133, stk. 1 sets no deadline for complaints to the municipal council about staff's acute acts (an open legal question); no deadline is computed, and the citizen should complain promptly."))
        } else {
            deadline(facts, known: &known, into: &e)
        }

        // 3. Obligations.
        if acuteToCouncil == false {
            e.oblige(
                ObligationCode("give-complaint-guidance"), Rules.guidanceDuty,
                due: facts.complaintGuidanceGiven == true ? facts.notifiedOn : nil,
                facts.complaintGuidanceGiven == false
                    ? LocalizedText(
                        da: "Afgørelsen kan påklages og skal ledsages af en klagevejledning (klageinstans, hvordan og hvor der klages, fristen og hvad der sker). Den mangler: send den nu — klagefristen løber først fra den er givet.",
                        en: "The decision can be appealed and must carry complaint guidance (the body, how and where to complain, the deadline, what happens next). It is missing: send it now — the deadline runs only from then.")
                    : LocalizedText(
                        da: "Afgørelsen kan påklages og skal ledsages af en klagevejledning: klageinstans, hvordan og hvor der klages, fristen som dato, og hvad der sker bagefter.",
                        en: "The decision can be appealed and must carry complaint guidance: the body, how and where to complain, the deadline as a date, and what happens next."))
        }
        if reconsiders == true {
            let due = facts.complaintFiledOn.map {
                Deadline(from: $0, period: Rules.fourWeeks, rules: DeadlineRules(extendOverNonWorkingDays: false)).nominal
            }
            let appealBody = e.verdict.values.route?.last ?? .ankestyrelsen
            let regime = regimeDate ?? e.context.asOf
            e.oblige(
                ObligationCode("reconsider-and-forward"), Rules.reconsideration, due: due,
                LocalizedText(
                    da: "Kommunen skal genvurdere afgørelsen, når klagen modtages. Fastholder den afgørelsen (helt eller delvist), sender den klagen og sagens akter til \(appealBody.name(on: regime).da) senest 4 uger efter modtagelsen\(due.map { ", dvs. senest \($0.danishText)" } ?? ""). Ændrer den afgørelsen, skriver den til borgeren.",
                    en: "The municipality must reconsider the decision on receiving the complaint. If it upholds it (in whole or in part), it sends the complaint and the case file to \(appealBody.name(on: regime).en) within 4 weeks of receipt\(due.map { ", i.e. by \($0.englishText)" } ?? ""). If it changes the decision, it writes to the citizen."))
        }
        if subject == .admissionDecision, let regimeDate {
            let decider: ComplaintBody = e.verdict.values.lodgeWith ?? (regimeDate < ComplaintRegimes.familyCourtHouseFrom ? .stateAdministration : .familyCourtHouse)
            e.oblige(
                ObligationCode("forward-to-competent-body"), Rules.admissionComplaints, due: nil,
                LocalizedText(
                    da: "\(decider.name(on: regimeDate).da) modtager klagen og sender den med sagens akter videre til Ankestyrelsen (ingen genvurdering).",
                    en: "\(decider.name(on: regimeDate).en) receives the complaint and forwards it with the case file to Ankestyrelsen (no reconsideration)."))
        }
        e.verdict.outcome = known.holds == true ? .determined : .undetermined
    }

    /// The route of an appealable matter by the decision's date and the day the complaint is
    /// lodged (`lodging`): a body that closed before that day is replaced by its successor.
    static func route<R: Recorder>(
        _ facts: Facts, regimeDate: CivilDate, lodging: CivilDate, acuteToCouncil: Bool, local: LocalComplaintBodies?,
        into e: inout Evaluation<Values, R>
    ) {
        let subject = facts.subject
        let abolished = ComplaintRegimes.socialBoardsAbolished
        let boardEra = regimeDate < abolished && lodging < abolished
        let appealBody: ComplaintBody = boardEra ? .socialBoard : .ankestyrelsen
        if regimeDate < abolished, !boardEra, subject != .admissionDecision, subject != .childYouthCommitteeDecision,
            !(subject == .coercionAct && acuteToCouncil)
        {
            e.test(
                Rules.transition2013, holds: true,
                LocalizedText(
                    da: "Afgørelsen er truffet \(regimeDate.danishText), før de sociale nævn blev nedlagt, men klagen indgives \(lodging.danishText): fra 1. juli 2013 behandler Ankestyrelsen alle klager over kommunale afgørelser på det sociale område.",
                    en: "The decision was made on \(regimeDate.englishText), before the social boards closed, but the complaint is lodged on \(lodging.englishText): from 1 July 2013 Ankestyrelsen handles every complaint about municipal social decisions."))
        }
        var route = ComplaintRoute()
        switch subject {
        case .decision, .coercionDecision:
            route.append(.municipalityReconsideration)
            route.append(appealBody)
            e.verdict.values.lodgeWith = .municipalityReconsideration
            e.verdict.values.suspensiveEffect = false
            e.test(
                Rules.reconsideration, holds: true,
                LocalizedText(
                    da: "Klagen indgives til kommunen, der genvurderer afgørelsen og, hvis den fastholdes, sender klagen til \(appealBody.name(on: regimeDate).da) (afgørelsen er truffet \(regimeDate.danishText)).",
                    en: "The complaint is lodged with the municipality, which reconsiders and, if it upholds the decision, forwards the complaint to \(appealBody.name(on: regimeDate).en) (decision made on \(regimeDate.englishText))."))
            if subject == .coercionDecision { e.cite(Rules.coercionComplaints) }
            e.test(
                Rules.noSuspension, holds: true,
                LocalizedText(
                    da: "En klage har ikke opsættende virkning: afgørelsen gælder, mens klagen behandles.",
                    en: "A complaint has no suspensive effect: the decision applies while the complaint is handled."))
        case .coercionAct:
            if acuteToCouncil {
                route.append(.municipalCouncil)
                e.verdict.values.lodgeWith = .municipalCouncil
                e.verdict.values.suspensiveEffect = false
                let laterAppeal = regimeDate >= ComplaintRegimes.councilDecisionAppealableFrom
                e.test(
                    Rules.acuteToCouncil, holds: true,
                    LocalizedText(
                        da: "Klager over personalets akutte magtanvendelse indgives til kommunalbestyrelsen (serviceloven § 133, stk. 1).\(laterAppeal ? " Kommunalbestyrelsens afgørelse om en klage over fastholdelse m.v. efter § 124 d, stk. 2 kan påklages til Ankestyrelsen (§ 133, stk. 2, 2. pkt.)." : "")",
                        en: "Complaints about staff's acute use of force go to the municipal council (SEL § 133, stk. 1).\(laterAppeal ? " The council's decision on a complaint about holding etc. under § 124 d, stk. 2 can be appealed to Ankestyrelsen (§ 133, stk. 2, 2nd sentence)." : "")"))
            } else {
                route.append(.municipalityReconsideration)
                route.append(appealBody)
                e.verdict.values.lodgeWith = .municipalityReconsideration
                e.verdict.values.suspensiveEffect = false
                e.verdict.values.openLegalQuestion = .acuteActBefore2020
                e.test(
                    Rules.coercionComplaints, holds: true,
                    LocalizedText(
                        da: "Før 2020 traf personalet en akut fastholdelse (§ 126) på kommunens vegne; den behandles som en kommunal afgørelse: klage til kommunen, der genvurderer og sender videre til \(appealBody.name(on: regimeDate).da). Den daværende ordlyd af § 133 er ikke læst (åbent juridisk spørgsmål).",
                        en: "Before 2020 staff carried out an acute hold (§ 126) on the municipality's behalf; it is treated as a municipal decision: complain to the municipality, which reconsiders and forwards to \(appealBody.name(on: regimeDate).en). The then wording of § 133 was not read (an open legal question)."))
            }
        case .admissionDecision:
            let decider: ComplaintBody = regimeDate < ComplaintRegimes.familyCourtHouseFrom ? .stateAdministration : .familyCourtHouse
            let receiver: ComplaintBody = lodging < ComplaintRegimes.familyCourtHouseFrom ? .stateAdministration : .familyCourtHouse
            if receiver != decider {
                e.test(
                    Rules.transition2019, holds: true,
                    LocalizedText(
                        da: "Statsforvaltningen traf afgørelsen \(regimeDate.danishText), men blev nedlagt 1. april 2019; Familieretshuset har overtaget sagerne, så klagen indgives \(lodging.danishText) til Familieretshuset.",
                        en: "Statsforvaltningen made the decision on \(regimeDate.englishText) but closed on 1 April 2019; Familieretshuset took over its cases, so the complaint lodged on \(lodging.englishText) goes to Familieretshuset."))
            }
            route.append(receiver)
            route.append(.ankestyrelsen)
            route.append(.court)
            e.verdict.values.lodgeWith = receiver
            e.verdict.values.suspensiveEffect = true
            e.test(
                Rules.admissionComplaints, holds: true,
                LocalizedText(
                    da: "Afgørelsen om optagelse uden samtykke er truffet af \(decider.name(on: regimeDate).da); klagen indgives til \(receiver.name(on: lodging).da) inden 4 uger og går til Ankestyrelsen uden genvurdering.",
                    en: "The decision on admission without consent was made by \(decider.name(on: regimeDate).en); the complaint is lodged with \(receiver.name(on: lodging).en) within 4 weeks and goes to Ankestyrelsen without reconsideration."))
            e.test(
                Rules.admissionSuspension, holds: true,
                LocalizedText(
                    da: "Klagen har opsættende virkning, medmindre der samtidig er truffet afgørelse om straks at iværksætte optagelsen.",
                    en: "The complaint has suspensive effect unless it was decided at the same time to carry out the admission at once."))
            e.test(
                Rules.courtReview, holds: true,
                LocalizedText(
                    da: "Ankestyrelsens afgørelse kan indbringes for retten efter retsplejelovens kapitel 43 a; Ankestyrelsen afgør sagen inden 8 uger og oplyser om fristen.",
                    en: "Ankestyrelsen's decision can be brought before the court under the Administration of Justice Act chapter 43 a; Ankestyrelsen decides within 8 weeks and states the time limit."))
        case .childYouthCommitteeDecision:
            route.append(.ankestyrelsen)
            route.append(.court)
            e.verdict.values.lodgeWith = .ankestyrelsen
            e.test(
                Rules.childYouthCommittee, holds: false,
                LocalizedText(
                    da: "Afgørelser fra børn og unge-udvalget genvurderes ikke: klagen går direkte til Ankestyrelsen, hvis afgørelse kan indbringes for retten (RSL § 73). Om klagen har opsættende virkning, afhænger af afgørelsen (RSL § 72, stk. 2–3).",
                    en: "Decisions of the child and youth committee are not reconsidered: the complaint goes straight to Ankestyrelsen, whose decision can be brought before the court (RSL § 73). Whether the complaint has suspensive effect depends on the decision (RSL § 72, stk. 2–3)."))
            e.cite(Rules.courtReview)
        default:
            break
        }
        e.verdict.values.route = route
        if route.contains(.socialBoard), e.context.asOf >= ComplaintRegimes.socialBoardsAbolished {
            if e.verdict.values.openLegalQuestion == nil { e.verdict.values.openLegalQuestion = .transition2013 }
            e.test(
                Rules.transition2013, holds: nil,
                LocalizedText(
                    da: "Afgørelsen er truffet og klagen indgivet før 1. juli 2013, da de sociale nævn blev nedlagt. Var klagen ikke afgjort af nævnet inden da, overgik den til Ankestyrelsen; overgangsreglerne i L 158 (2012-13) er ikke læst (åbent juridisk spørgsmål).",
                    en: "The decision was made and the complaint lodged before 1 July 2013, when the social boards closed. If the board had not decided it by then, it passed to Ankestyrelsen; the transitional rules of L 158 (2012-13) were not read (an open legal question)."))
        }

        // The municipality's own bodies (added after the national route; names only).
        if let local {
            e.verdict.values.local.municipalityName = local.municipalityName
            if route.contains(.municipalityReconsideration), let body = local.reconsideration {
                e.verdict.values.local.reconsideration = body
                e.cite(body.source)
            }
        }
    }

    /// The deadline, whether it runs, and whether a filed complaint is in time.
    static func deadline<R: Recorder>(_ facts: Facts, known: inout Conjunction, into e: inout Evaluation<Values, R>) {
        switch facts.complaintGuidanceGiven {
        case false?:
            e.verdict.values.deadlineRunning = false
            if facts.complaintFiledOn != nil { e.verdict.values.inTime = true }
            e.test(
                Rules.deadline, holds: false,
                LocalizedText(
                    da: "Der er ikke givet klagevejledning: klagefristen på 4 uger løber ikke, før en korrekt klagevejledning er givet, og en klage er derfor rettidig.",
                    en: "No complaint guidance was given: the 4-week deadline does not run until correct guidance is given, so a complaint is in time."))
            return
        case nil:
            e.missing("complaintGuidanceGiven")
            known.add(nil)
            e.test(
                Rules.deadline, holds: nil,
                LocalizedText(
                    da: "Det er ukendt, om afgørelsen blev ledsaget af klagevejledning; uden den løber klagefristen ikke.",
                    en: "It is unknown whether the decision carried complaint guidance; without it the deadline does not run."))
        case true?:
            e.verdict.values.deadlineRunning = true
        }
        guard let notified = facts.notifiedOn else {
            e.missing("notifiedOn")
            known.add(nil)
            if facts.delivery == nil { e.missing("delivery") }
            return
        }
        guard let delivery = facts.delivery else {
            e.missing("delivery")
            known.add(nil)
            return
        }
        guard facts.complaintGuidanceGiven == true else { return }
        let received = receivedOn(notified: notified, delivery: delivery)
        e.verdict.values.receivedOn = received
        switch delivery {
        case .digital:
            e.test(
                Rules.receiptDigital, holds: true,
                LocalizedText(
                    da: "Afgørelsen blev sendt digitalt og anses for modtaget den dag, den var tilgængelig: \(received.danishText) (også på en helligdag).",
                    en: "The decision was sent digitally and counts as received on the day it was available: \(received.englishText) (even on a holiday)."))
        case .letter:
            let settled = letterReceiptSettled(notified: notified)
            if !settled, e.verdict.values.openLegalQuestion == nil { e.verdict.values.openLegalQuestion = .letterReceipt }
            if postTableReceipt(notified) != nil {
                e.test(
                    Rules.receiptPost2016, holds: true,
                    LocalizedText(
                        da: "Afgørelsen blev sendt med almindelig post \(notified.danishText). For breve sendt fra 1. juli 2016 til vejledningen af 26. juni 2018 regnede Ankestyrelsen et brev for modtaget 5 dage efter afsendelse en mandag, tirsdag eller fredag, 7 dage efter en onsdag og 6 dage efter en torsdag: \(received.danishText).",
                        en: "The decision was posted as an ordinary letter on \(notified.englishText). For letters posted from 1 July 2016 until the guidance of 26 June 2018, Ankestyrelsen took a letter as received 5 days after posting on a Monday, Tuesday or Friday, 7 days after a Wednesday and 6 days after a Thursday: \(received.englishText)."))
            } else {
                e.test(
                    Rules.receiptPost, holds: true,
                    settled
                        ? LocalizedText(
                            da: "Afgørelsen blev sendt med almindelig post \(notified.danishText) og anses for modtaget 6 hverdage efter, at brevet er dateret og afsendt: \(received.danishText).",
                            en: "The decision was posted as an ordinary letter on \(notified.englishText) and counts as received 6 working days after it was dated and posted: \(received.englishText).")
                        : LocalizedText(
                            da: "Afgørelsen blev sendt med almindelig post \(notified.danishText) og anses for modtaget 6 hverdage senere: \(received.danishText). (Praksis før 1. juli 2016, og om grundlovsdag, 24. og 31. december tæller som hverdage, er åbne spørgsmål; læsningen er til borgerens fordel.)",
                            en: "The decision was posted as an ordinary letter on \(notified.englishText) and counts as received 6 working days later: \(received.englishText). (The practice before 1 July 2016, and whether Grundlovsdag, 24 and 31 December count as working days, are open questions; the reading favours the citizen.)"))
            }
        case .inPerson:
            e.test(
                Rules.weeks, holds: true,
                LocalizedText(
                    da: "Afgørelsen blev meddelt personligt \(received.danishText); fristen regnes fra den dag.",
                    en: "The decision was given in person on \(received.englishText); the deadline counts from that day."))
        }
        let computed = Deadline(from: received, period: Rules.fourWeeks, rules: .citizenFavourable)
        e.verdict.values.deadline = computed.date
        e.verdict.values.eveWarning = computed.eveAffected
        if computed.wasExtended { e.verdict.values.deadlineExtendedFrom = computed.nominal }
        e.test(
            Rules.deadline, holds: true,
            LocalizedText(
                da: "Klagefristen er 4 uger fra modtagelsen (\(received.danishText)), som ikke medregnes: \(computed.nominal.danishText).",
                en: "The deadline is 4 weeks from receipt (\(received.englishText)), which is not counted: \(computed.nominal.englishText)."))
        if computed.wasExtended {
            e.test(
                Rules.nonWorking, holds: true,
                LocalizedText(
                    da: "\(computed.nominal.danishText) er ikke en hverdag; fristen udløber først \(computed.date.danishText).",
                    en: "\(computed.nominal.englishText) is not a working day; the deadline moves to \(computed.date.englishText)."))
        }
        if let filed = facts.complaintFiledOn {
            let inTime = filed <= computed.date
            e.verdict.values.inTime = inTime
            e.test(
                Rules.deadline, holds: inTime,
                inTime
                    ? LocalizedText(
                        da: "Klagen blev indgivet \(filed.danishText), senest på fristens sidste dag (\(computed.date.danishText)): den er rettidig.",
                        en: "The complaint was filed on \(filed.englishText), no later than the deadline (\(computed.date.englishText)): it is in time.")
                    : LocalizedText(
                        da: "Klagen blev indgivet \(filed.danishText), efter fristens udløb \(computed.date.danishText): den er for sen. Klageinstansen kan se bort fra overskridelsen, hvis der er særlige grunde (fx alvorlig sygdom).",
                        en: "The complaint was filed on \(filed.englishText), after the deadline of \(computed.date.englishText): it is late. The appeal body may disregard this for special reasons (e.g. serious illness)."))
        }
    }

    // MARK: Matters that cannot be appealed

    static func evaluateOtherRoute<R: Recorder>(
        _ facts: Facts, local: LocalComplaintBodies?, into e: inout Evaluation<Values, R>
    ) {
        let subject = facts.subject
        let asOf = e.context.asOf
        e.verdict.values.appealable = false
        e.verdict.values.regimeDate = asOf
        var route = ComplaintRoute()
        switch subject {
        case .practicalDelivery, .staffConduct:
            route.append(.offerManagement)
            route.append(.municipalManagement)
        case .caseHandling, .discrimination:
            route.append(.municipalManagement)
        case .serviceLevel, .userInfluenceGuidelines:
            route.append(.municipalCouncil)
            e.test(
                subject == .serviceLevel ? Rules.serviceLevel : Rules.userInfluence, holds: false,
                LocalizedText(
                    da: "Serviceniveau, kvalitetsstandarder og retningslinjer for brugerindflydelse er generelle, politiske beslutninger og ikke afgørelser; de kan ikke påklages, men den enkelte afgørelse, der anvender dem, kan.",
                    en: "Service levels, quality standards and user-influence guidelines are general, political decisions, not decisions in individual cases; they cannot be appealed, but an individual decision applying them can."))
        case .offerQualityConcern:
            if asOf >= ComplaintRegimes.socialSupervisionFrom {
                // Socialtilsynet supervises the offers' quality; its whistleblower scheme needs no
                // prior complaint to the offer, whose management is the other way in.
                route.append(.socialSupervision)
                route.append(.offerManagement)
                e.test(
                    Rules.socialSupervision, holds: true,
                    LocalizedText(
                        da: "Bekymring for kvaliteten af et tilbud (fx et botilbud) meldes til Socialtilsynet, der fører tilsyn med tilbuddene (whistleblowerordning, anonymt hvis ønsket; ingen tilbagemelding og ingen partsstatus). Man kan også tage det op med tilbuddets ledelse.",
                        en: "A concern about an offer's quality (e.g. a residential offer) is reported to the social supervision authority, which supervises the offers (whistleblower scheme, anonymous if wished; no feedback and no party status). It can also be raised with the offer's management."))
            } else {
                route.append(.offerManagement)
                route.append(.municipalManagement)
                e.verdict.values.openLegalQuestion = .socialSupervisionBefore2014
                e.test(
                    Rules.socialSupervision, holds: false,
                    LocalizedText(
                        da: "Socialtilsynet fandtes ikke før 1. januar 2014; bekymringen rettes til tilbuddets ledelse og kommunen som driftsherre og tilsynsmyndighed (åbent juridisk spørgsmål).",
                        en: "The social supervision authority did not exist before 1 January 2014; the concern goes to the offer's management and the municipality as operator and supervisor (an open legal question)."))
            }
        default:
            break
        }
        e.test(
            Citation(.rsl, "60"), holds: false,
            LocalizedText(
                da: "Der er ingen klageinstans og ingen klagefrist; henvendelsen rettes til \(route.first?.name(on: asOf).da ?? "kommunen").",
                en: "There is no appeal body and no deadline; the complaint goes to \(route.first?.name(on: asOf).en ?? "the municipality")."))

        // Borgerrådgiveren: only where the municipality has one, after the administration answered.
        let advisorSubject = subject == .practicalDelivery || subject == .staffConduct || subject == .caseHandling
            || subject == .discrimination
        var lodge = route.first
        if advisorSubject, let local, local.hasAdvisor {
            route.append(.citizensAdvisor)
            e.verdict.values.local.advisor = local.advisor
            let answered = facts.municipalityAnswered
            if answered == true { lodge = .citizensAdvisor } else { e.verdict.values.advisorAwaitsAnswer = true }
            e.test(
                Rules.advisor, holds: answered,
                LocalizedText(
                    da: "Kommunen har en borgerrådgiver, der kan behandle klager over sagsbehandling, personalets optræden, praktiske opgaver og diskrimination — når forvaltningen har svaret på klagen\(answered == true ? " (det har den)" : " (først klage til forvaltningen)"). Borgerrådgiveren kan ikke behandle klager over afgørelsers indhold.",
                    en: "The municipality has a citizens' advisor who handles complaints about case handling, staff conduct, practical tasks and discrimination — once the administration has answered the complaint\(answered == true ? " (it has)" : " (complain to the administration first)"). The advisor cannot review the content of decisions."))
        } else if advisorSubject, local == nil {
            e.test(
                Rules.advisor, holds: nil,
                LocalizedText(
                    da: "Uden kommune vides det ikke, om der er en borgerrådgiver (KSL § 65 e er frivillig for kommunerne).",
                    en: "Without a municipality it is not known whether there is a citizens' advisor (KSL § 65 e is optional for councils)."))
        }
        if let local {
            e.verdict.values.local.municipalityName = local.municipalityName
            e.verdict.values.local.management = local.management
            if let body = e.verdict.values.local.management { e.cite(body.source) }
            if let body = e.verdict.values.local.advisor { e.cite(body.source) }
        }

        // Tilsynet: legality of case handling and general decisions.
        if subject == .caseHandling || subject == .serviceLevel || subject == .userInfluenceGuidelines {
            route.append(.supervisoryAuthority)
            e.test(
                Rules.tilsynet, holds: true,
                LocalizedText(
                    da: "\(ComplaintBody.supervisoryAuthority.name(on: asOf).da) kan se på, om kommunen har overholdt lovgivningen (ikke rimelighed eller god forvaltningsskik); tilsynet vælger selv, om det tager sagen op.",
                    en: "\(ComplaintBody.supervisoryAuthority.name(on: asOf).en) can review whether the municipality kept the law (not reasonableness or good administration); it decides itself whether to take the matter up."))
        }
        // Folketingets Ombudsmand: only once the highest authority has decided.
        if facts.highestAuthorityDecided == true {
            route.append(.ombudsman)
            lodge = .ombudsman
            e.test(
                Rules.ombudsman, holds: true,
                LocalizedText(
                    da: "Den højeste myndighed har taget stilling; der kan klages til Folketingets Ombudsmand inden 1 år.",
                    en: "The highest authority has decided; a complaint can go to the Parliamentary Ombudsman within 1 year."))
        }
        e.verdict.values.route = route
        e.verdict.values.lodgeWith = lodge
        if facts.complaintFiledOn != nil, lodge != .ombudsman { e.verdict.values.inTime = true }
        e.verdict.outcome = .determined
    }
}
