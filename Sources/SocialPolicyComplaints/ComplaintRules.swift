import SocialPolicyCalendar
import SocialPolicyCore

extension ComplaintRouteQuestion {
    /// The rules' sources, as data. Numbers that moved between consolidations are chosen by the
    /// date asked about (the consolidation in force on it holds the text cited).
    package enum Rules {
        static let appealRight = Citation(.rsl, "60")
        static let onlyPersonConcerned = Citation(.rsl, "60", stk: 2)
        static let boardDecisionsFinal = Citation(.rsl, "63")
        static let reconsideration = Citation(.rsl, "66", stk: 1)
        static let forwardWithReasons = Citation(.rsl, "66", stk: 2)
        static let deadline = Citation(.rsl, "67", stk: 1)
        static let noSuspension = Citation(.rsl, "72", stk: 1)
        static let admissionSuspension = Citation(.rsl, "72", stk: 5)
        static let guidanceDuty = Citation(.fvl, "25", stk: 1)
        static let dutyToGuide = Citation(.fvl, "7", stk: 1)
        static let forwardMisdirected = Citation(.fvl, "7", stk: 2)
        static let coercionComplaints = Citation(.sel, "133")
        static let admissionComplaints = Citation(.sel, "134", stk: 1)
        static let admissionNoReconsideration = Citation(.sel, "134", stk: 4)
        static let admissionRelatives = Citation(.sel, "134", stk: 3)
        static let boardDecides = Citation(.sel, "131 b", stk: 1)
        static let boardOldDecider = Citation(.sel, "131")
        static let visitorAddressed = Citation(.sel, "137 d", stk: 5)
        static let visitorComplains = Citation(.sel, "137 d", stk: 6)
        static let noticeSEL = Citation(.sel, "3 a")
        static let noticeBL = Citation(.bl, "11")
        static let aelAppeal = Citation(.ael, "30", stk: 1)
        static let aelExcluded = Citation(.ael, "30", stk: 2)
        static let serviceLevel = Citation(.sel, "139")
        static let userInfluence = Citation(.sel, "16")
        static let advisor = Citation(.ksl, "65 e")
        static let tilsynet = Citation(.ksl, "48")
        static let ombudsman = Citation(.ombudsmandsloven, "13")
        static let ombudsmanYear = Citation(.ombl, "13", stk: 3)
        static let ombudsmanExhaust = Citation(.ombl, "14")
        static let socialSupervision = Citation(.socialtilsyn, "whistleblowerordning")
        static let socialSupervisionAct = Citation(.stl, "11", stk: 1)
        static let localSupervision = Citation(.sel, "148 a", stk: 1)
        static let regionalSupervision = Citation(.sel, "5", stk: 7)
        static let receiptPost = Citation(.klagefristVejledning, "fysisk post")
        static let receiptPost2016 = Citation(.ankestyrelsenKlagefrister, "fysisk post 2016–2018")
        static let receiptAPost = Citation(.fob, "2007.399")
        static let transition2013 = Citation(.klagestruktur2013, "ikrafttræden 1. juli 2013")
        static let transition2019 = Citation(.familieretshus2019, "§ 13")
        static let receiptDigital = Citation(.klagefristVejledning, "digital post")
        /// The period of a complaint deadline (RSL § 67, stk. 1; SEL § 134, stk. 1; SEL § 168 / BL § 146).
        public static let fourWeeks = DeadlinePeriod(weeks: 4)
        /// The period the authority has in a notice-period case, and to forward a maintained complaint.
        public static let fourteenDays = DeadlinePeriod(days: 14)
        /// The number of hverdage a letter takes (VEJ nr. 9533/2018; Ankestyrelsen).
        public static let letterWorkingDays = 6

        /// SEL § 133 as numbered on `date`: the afgørelser including § 126 (stk. 1, to 2019), the
        /// acute acts (stk. 1, from 2020), the decisions (stk. 2, from 2020).
        static func coercion(stk: Int) -> Citation { Citation(.sel, "133", stk: stk) }

        /// SEL § 133, stk. 3 on the regionsråd while the consolidation in force on `date` holds it
        /// (to LBK 1093/2013); § 133 after.
        static func regional(on date: CivilDate) -> Citation {
            date < ComplaintRegimes.regionalCouncilGoneBy ? Citation(.sel, "133", stk: 3) : Citation(.sel, "133")
        }

        /// SEL § 133's relatives' right to complain: stk. 4 to LBK 1093/2013, stk. 3 from LBK 254/2014.
        static func coercionRelatives(on date: CivilDate) -> Citation {
            Citation(.sel, "133", stk: date < ComplaintRegimes.regionalCouncilGoneBy ? 4 : 3)
        }

        /// RSL § 73, stk. 1: admissions nr. 2 and børn og unge-udvalg nr. 3 in the 2012–2019
        /// consolidations; nr. 1 and nr. 2 from 2020.
        static func courtReview(admission: Bool, on date: CivilDate) -> Citation {
            let renumbered = date >= ComplaintRegimes.acuteActsToCouncilFrom
            return Citation(.rsl, "73", stk: 1, nr: admission ? (renumbered ? 1 : 2) : (renumbered ? 2 : 3))
        }

        /// The børn og unge-udvalg: complaint (SEL § 168 to 2023, BL § 146 from 2024) and court (SEL § 169, BL § 147).
        static func childCommittee(court: Bool, on date: CivilDate) -> Citation {
            date >= ComplaintRegimes.barnetsLovFrom
                ? Citation(.bl, court ? "147" : "146", stk: 1) : Citation(.sel, court ? "169" : "168", stk: 1)
        }
    }

    /// The safe and the citizen-favourable 4-week deadline from `receipt`, or `nil` past 9999-12-31.
    static func deadlines(_ receipt: Receipt) -> (safe: Deadline, favourable: Deadline)? {
        guard let safe = Deadline(checkedFrom: receipt.safe, period: Rules.fourWeeks),
            let favourable = Deadline(checkedFrom: receipt.favourable, period: Rules.fourWeeks)
        else { return nil }
        return (safe, favourable)
    }

    /// The day a decision counts as received on the safe reading (the deadline counts from it):
    /// digital and in person the day itself (even a holiday); a letter by the presumption of the
    /// day it was posted. See ``Receipt/of(notified:delivery:postClass:receivedOn:)``.
    public static func receivedOn(notified: CivilDate, delivery: ComplaintDelivery) -> CivilDate {
        Receipt.of(notified: notified, delivery: delivery, postClass: nil, receivedOn: nil)?.safe ?? DanishCalendar.lastDay
    }

    /// Whether the day a letter posted on `notified` counts as received is settled by a published
    /// rule whatever its class: from 2018-06-26 to 2025-12-30 the 6 hverdage of VEJ nr. 9533/2018
    /// (unless an eve — Grundlovsdag, 24 or 31 December — falls in the count); weekday postings
    /// from 2016-07-01 by class (Quickbrev or Ankestyrelsen's table); not before 2016-07-01 for
    /// B-post, nor from 2025-12-31.
    public static func letterReceiptSettled(notified: CivilDate) -> Bool {
        guard let receipt = Receipt.of(notified: notified, delivery: .letter, postClass: .bPost, receivedOn: nil) else { return false }
        return receipt.openQuestion == nil
    }

    // MARK: - Evaluation

    /// Classifies the subject, then finds the appeal route and deadline or the other route.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let asOf = e.context.asOf
        let subject = facts.subject
        e.verdict.values.subject = subject
        e.verdict.values.asOf = asOf
        // Contradictory facts (built in Swift without `validated(asOf:)`): no answer to rely on.
        if let problem = facts.contradiction(asOf: asOf) {
            e.test(
                Rules.appealRight, holds: nil,
                LocalizedText(
                    da: "Oplysningerne modsiger hinanden (\(problem.field): \(problem.message)); der gives intet svar, før de er rettet.",
                    en: "The facts contradict each other (\(problem.field): \(problem.message)); no answer is given until they are corrected."))
            e.missing(problem.field)
            e.verdict.outcome = .undetermined
            return
        }
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
        if !subject.isDecisionLike {
            evaluateOtherRoute(facts, local: local, into: &e)
        } else if subject == .decision, let ael = facts.aeldrelovDecision, ael != .listed, asOf >= ComplaintRegimes.aeldrelovenFrom {
            evaluateExcludedDecision(facts, ael, local: local, into: &e)
        } else {
            evaluateAppeal(facts, local: local, into: &e)
        }
    }

    // MARK: Appealable matters

    static func evaluateAppeal<R: Recorder>(
        _ facts: Facts, local: LocalComplaintBodies?, into e: inout Evaluation<Values, R>
    ) {
        let subject = facts.subject
        let asOf = e.context.asOf
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
        // An acute act from 2020 goes to kommunalbestyrelsen, without a deadline. The act's own
        // date decides (before 2020 a § 126 hold was an afgørelse with 4 weeks): a notification
        // from 2020 does not settle it, as the act may have been earlier (it is never later).
        let actDateUnsure =
            subject == .coercionAct && facts.decisionDate == nil
            && regimeDate.map { $0 >= ComplaintRegimes.acuteActsToCouncilFrom } == true
        let acuteToCouncil: Bool? =
            subject != .coercionAct ? false : actDateUnsure ? nil : regimeDate.map { $0 >= ComplaintRegimes.acuteActsToCouncilFrom }
        if actDateUnsure {
            e.missing("decisionDate")
            known.add(nil)
            e.test(
                Rules.coercion(stk: 1), holds: nil,
                LocalizedText(
                    da: "Det er ukendt, hvornår indgrebet skete. Skete det fra 1. januar 2020, klages der til kommunalbestyrelsen uden frist (serviceloven § 133, stk. 1); skete det før, var en fastholdelse efter § 126 en afgørelse, der påklages efter retssikkerhedslovens kapitel 10 inden 4 uger. Den frist, der oplyses, er den sikre efter den gamle regel; en klage bedømmes som for sen kun, hvis indgrebet skete før 2020.",
                    en: "It is unknown when the act took place. If from 1 January 2020, the complaint goes to the municipal council without a deadline (SEL § 133, stk. 1); if before, a hold under § 126 was a decision appealed under RSL chapter 10 within 4 weeks. The deadline told is the safe one under the old rule; a complaint is judged late only if the act was before 2020."))
        }
        let reconsiders: Bool? =
            switch subject {
            case .decision, .coercionDecision: true
            case .coercionAct: acuteToCouncil.map { !$0 }
            default: false
            }

        e.verdict.values.appealable = true
        if let regimeDate, !actDateUnsure {
            // The day the complaint is (or was) lodged: the filing date, else the day asked about;
            // never before the decision. The body that receives it must exist on that day.
            let lodging = max(facts.complaintFiledOn ?? asOf, regimeDate)
            route(facts, regimeDate: regimeDate, lodging: lodging, acuteToCouncil: acuteToCouncil ?? false, local: local, known: &known, into: &e)
        } else if reconsiders == true {
            e.verdict.values.lodgeWith = .municipalityReconsideration
        }
        complainant(facts, into: &e)

        // 2. The deadline (RSL § 67): 4 weeks from receipt, only with klagevejledning.
        if acuteToCouncil == true {
            if facts.complaintFiledOn != nil { e.verdict.values.inTime = true }
            e.test(
                Rules.coercion(stk: 1), holds: true,
                LocalizedText(
                    da: "Ingen frist gælder for en klage til kommunalbestyrelsen over personalets akutte indgreb: hverken serviceloven § 133, stk. 1 eller magtanvendelsesbekendtgørelsen (BEK 1239/2019, BEK 1411/2024) fastsætter en, og RSL § 67 gælder klager til Ankestyrelsen. Borgeren bør klage hurtigst muligt.",
                    en: "No deadline applies to a complaint to the municipal council about staff's acute acts: neither SEL § 133, stk. 1 nor the executive order on coercion (BEK 1239/2019, BEK 1411/2024) sets one, and RSL § 67 governs complaints to Ankestyrelsen. The citizen should complain promptly."))
        } else {
            deadline(facts, known: &known, into: &e)
            // Late only under the old rule, which may not apply: not said.
            if actDateUnsure, e.verdict.values.inTime == false { e.verdict.values.inTime = nil }
        }

        // 3. Obligations.
        if acuteToCouncil == false { guidanceObligation(facts, into: &e) }
        if reconsiders == true {
            reconsiderationObligations(facts, into: &e)
        }
        if subject == .admissionDecision || subject == .childYouthCommitteeDecision, let regimeDate {
            let order = ReconsiderationOrder.inForce(on: asOf)
            let sender: ComplaintBody =
                subject == .childYouthCommitteeDecision
                ? .municipalityReconsideration : (e.verdict.values.lodgeWith ?? .familyCourtHouse)
            if sender != .ankestyrelsen {
                e.oblige(
                    ObligationCode("forward-to-competent-body"),
                    subject == .admissionDecision ? Rules.admissionNoReconsideration : Rules.childCommittee(court: false, on: asOf), due: nil,
                    LocalizedText(
                        da: "\(subject == .childYouthCommitteeDecision ? "Kommunen" : sender.name(on: regimeDate).da) modtager klagen og sender den straks med sagens akter videre til Ankestyrelsen uden genvurdering (\(order.cite(subject == .admissionDecision ? order.noReconsiderationAdmission : order.noReconsiderationChild))).",
                        en: "\(subject == .childYouthCommitteeDecision ? "The municipality" : sender.name(on: regimeDate).en) receives the complaint and forwards it at once with the case file to Ankestyrelsen without reconsideration (\(order.cite(subject == .admissionDecision ? order.noReconsiderationAdmission : order.noReconsiderationChild)))."))
                e.cite(order.cite(subject == .admissionDecision ? order.noReconsiderationAdmission : order.noReconsiderationChild))
            }
        }
        e.verdict.outcome = known.holds == true ? .determined : .undetermined
    }

    /// The klagevejledning duty (FVL § 25, stk. 1): for a written decision that does not fully
    /// grant the request.
    static func guidanceObligation<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let written: Bool? = facts.decisionInWriting ?? (facts.delivery == .digital || facts.delivery == .letter ? true : nil)
        if facts.decisionFullyGranted == true {
            e.verdict.values.fullyGranted = true
            e.test(
                Rules.guidanceDuty, holds: false,
                LocalizedText(
                    da: "Afgørelsen giver fuldt ud parten medhold: der skal ikke gives klagevejledning (forvaltningsloven § 25, stk. 1, 2. pkt.).",
                    en: "The decision fully grants the party's request: no complaint guidance is required (FVL § 25, stk. 1, 2nd sentence)."))
            return
        }
        if written == false {
            e.test(
                Rules.guidanceDuty, holds: false,
                LocalizedText(
                    da: "Afgørelsen er meddelt mundtligt: forvaltningslovens § 25 kræver klagevejledning ved skriftlige afgørelser. Vejledningspligten (§ 7, stk. 1) og god forvaltningsskik taler for at oplyse om klageadgangen alligevel.",
                    en: "The decision was given orally: FVL § 25 requires complaint guidance for written decisions. The duty to guide (§ 7, stk. 1) and good administrative practice favour telling the citizen of the right to complain all the same."))
            e.cite(Rules.dutyToGuide)
            return
        }
        e.oblige(
            ObligationCode("give-complaint-guidance"), Rules.guidanceDuty,
            due: facts.complaintGuidanceGiven == true ? facts.notifiedOn : nil,
            facts.complaintGuidanceGiven == false
                ? LocalizedText(
                    da: "Afgørelsen kan påklages og skal, når den meddeles skriftligt, ledsages af en klagevejledning (klageinstans, hvordan der klages, fristen). Den mangler: send den nu — klagefristen løber først fra den er givet.",
                    en: "The decision can be appealed and, when communicated in writing, must carry complaint guidance (the body, how to complain, the deadline). It is missing: send it now — the deadline runs only from then.")
                : LocalizedText(
                    da: "Afgørelsen kan påklages og skal, når den meddeles skriftligt, ledsages af en klagevejledning: klageinstans, hvordan og hvor der klages, fristen som dato, og hvad der sker bagefter (ikke hvis afgørelsen fuldt ud giver medhold).",
                    en: "The decision can be appealed and, when communicated in writing, must carry complaint guidance: the body, how and where to complain, the deadline as a date, and what happens next (not where it fully grants the request)."))
    }

    /// The reconsideration duties as the executive order in force on `asOf` numbers them.
    static func reconsiderationObligations<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let asOf = e.context.asOf
        let order = ReconsiderationOrder.inForce(on: asOf)
        let appealBody = e.verdict.values.route?.last ?? .ankestyrelsen
        let regime = e.verdict.values.regimeDate ?? asOf
        // 14 days where the order has the rule and the case is (or may be) a notice case.
        let noticeApplies: Bool? =
            facts.subject == .decision && order.notice != nil ? facts.noticePeriodCase : false
        let fourteen = noticeApplies != false
        e.verdict.values.reconsiderationNotice = noticeApplies
        let period = fourteen ? Rules.fourteenDays : Rules.fourWeeks
        // The authority's own deadline is not extended past non-working days.
        let due = facts.complaintFiledOn.flatMap {
            Deadline(checkedFrom: $0, period: period, rules: DeadlineRules(extendOverNonWorkingDays: false))?.nominal
        }
        if let notice = order.notice, facts.subject == .decision {
            e.test(
                order.cite(notice), holds: noticeApplies,
                noticeApplies == true
                    ? LocalizedText(
                        da: "Afgørelsen er omfattet af varslingspligten (serviceloven § 3 a\(order.noticeCoversBarnetsLov ? " eller barnets lov § 11" : "")): genvurderingen skal ske inden 14 dage, ikke 4 uger.",
                        en: "The decision is under the duty of notice (SEL § 3 a\(order.noticeCoversBarnetsLov ? " or BL § 11" : "")): the reconsideration is due within 14 days, not 4 weeks.")
                    : noticeApplies == false
                        ? LocalizedText(
                            da: "Afgørelsen er ikke omfattet af varslingspligten (serviceloven § 3 a\(order.noticeCoversBarnetsLov ? ", barnets lov § 11" : "")): fristen for genvurdering er 4 uger.",
                            en: "The decision is not under the duty of notice (SEL § 3 a\(order.noticeCoversBarnetsLov ? ", BL § 11" : "")): the reconsideration is due within 4 weeks.")
                        : LocalizedText(
                            da: "Det er ukendt, om afgørelsen er omfattet af varslingspligten (serviceloven § 3 a\(order.noticeCoversBarnetsLov ? " eller barnets lov § 11" : "")), hvor genvurderingen skal ske inden 14 dage: den tidligere frist angives.",
                            en: "It is unknown whether the decision is under the duty of notice (SEL § 3 a\(order.noticeCoversBarnetsLov ? " or BL § 11" : "")), where the reconsideration is due within 14 days: the earlier date is given."))
            if noticeApplies != false {
                if asOf >= ComplaintRegimes.section3aConsolidatedFrom { e.cite(Rules.noticeSEL) }
                if order.noticeCoversBarnetsLov { e.cite(Rules.noticeBL) }
            }
        }
        let within = fourteen ? LocalizedText(da: "14 dage", en: "14 days") : LocalizedText(da: "4 uger", en: "4 weeks")
        let upheldProvision = fourteen ? (order.noticeForwarding ?? order.upheld) : order.upheld
        let newDecisionProvision = fourteen ? (order.noticeForwarding ?? order.newDecision) : order.newDecision
        e.cite(Rules.reconsideration)
        switch facts.reconsiderationResult {
        case .full?, .partial?:
            e.oblige(
                ObligationCode("send-new-decision"), order.cite(newDecisionProvision), due: due,
                LocalizedText(
                    da: "Kommunen giver \(facts.reconsiderationResult == .full ? "fuldt ud" : "delvist") medhold: den sender en ny afgørelse til borgeren senest \(within.da) efter, at klagen er modtaget\(due.map { ", dvs. senest \($0.danishText)" } ?? "").",
                    en: "The municipality grants the complaint \(facts.reconsiderationResult == .full ? "in full" : "in part"): it sends a new decision to the citizen within \(within.en) of receiving the complaint\(due.map { ", i.e. by \($0.englishText)" } ?? "")."))
            if facts.reconsiderationResult == .partial {
                let forwardDue = facts.complaintMaintainedOn.flatMap {
                    Deadline(checkedFrom: $0, period: Rules.fourteenDays, rules: DeadlineRules(extendOverNonWorkingDays: false))?.nominal
                }
                e.oblige(
                    ObligationCode("forward-maintained-complaint"), order.cite(order.partial), due: forwardDue,
                    LocalizedText(
                        da: "Ved delvist medhold skal borgeren inden 4 uger efter den nye afgørelse sige, om klagen fastholdes. Fastholdes den, sender kommunen klagen, genvurderingen og sagens akter til \(appealBody.name(on: regime).da) inden 14 dage efter at have modtaget meddelelsen\(forwardDue.map { ", dvs. senest \($0.danishText)" } ?? ""), og giver borgeren besked.",
                        en: "After partial medhold the citizen says within 4 weeks of the new decision whether the complaint stands. If it does, the municipality sends the complaint, the reconsideration and the case file to \(appealBody.name(on: regime).en) within 14 days of that message\(forwardDue.map { ", i.e. by \($0.englishText)" } ?? ""), and tells the citizen."))
            }
        case .upheld?, nil:
            e.oblige(
                ObligationCode("reconsider-and-forward"), order.cite(facts.reconsiderationResult == .upheld ? upheldProvision : order.reconsider), due: due,
                facts.reconsiderationResult == .upheld
                    ? LocalizedText(
                        da: "Kommunen har genvurderet og fastholder afgørelsen: den sender klagen, genvurderingen og sagens akter til \(appealBody.name(on: regime).da) senest \(within.da) efter, at klagen er modtaget\(due.map { ", dvs. senest \($0.danishText)" } ?? ""), og giver samtidig borgeren besked.",
                        en: "The municipality has reconsidered and upholds the decision: it sends the complaint, the reconsideration and the case file to \(appealBody.name(on: regime).en) within \(within.en) of receiving the complaint\(due.map { ", i.e. by \($0.englishText)" } ?? ""), telling the citizen at the same time.")
                    : LocalizedText(
                        da: "Kommunen skal genvurdere afgørelsen senest \(within.da) efter, at klagen er modtaget\(due.map { ", dvs. senest \($0.danishText)" } ?? ""): giver den helt eller delvist medhold, sender den en ny afgørelse; fastholder den afgørelsen, sender den klagen, genvurderingen og sagens akter til \(appealBody.name(on: regime).da) og giver borgeren besked. Ved delvist medhold har borgeren 4 uger til at sige, om klagen fastholdes, og kommunen sender den derefter videre inden 14 dage.",
                        en: "The municipality must reconsider the decision within \(within.en) of receiving the complaint\(due.map { ", i.e. by \($0.englishText)" } ?? ""): if it grants the complaint in full or in part, it sends a new decision; if it upholds the decision, it sends the complaint, the reconsideration and the case file to \(appealBody.name(on: regime).en) and tells the citizen. After partial medhold the citizen has 4 weeks to say whether the complaint stands, and the municipality then forwards it within 14 days."))
            if facts.reconsiderationResult == .upheld { e.cite(Rules.forwardWithReasons) }
        }
    }

    /// Who complains: the person concerned, a visitor of a visit restriction, or a relative or
    /// representative when the person cannot.
    static func complainant<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let asOf = e.context.asOf
        switch facts.complainant {
        case nil:
            return
        case .citizen?:
            e.verdict.values.complainantEntitled = true
            e.test(
                Rules.onlyPersonConcerned, holds: true,
                LocalizedText(
                    da: "Klageren er den, afgørelsen vedrører, og kan klage.",
                    en: "The complainant is the person the decision concerns and may complain."))
        case .visitor?:
            let entitled = facts.subject == .coercionDecision
            e.verdict.values.complainantEntitled = entitled
            if entitled {
                e.test(
                    Rules.visitorComplains, holds: true,
                    LocalizedText(
                        da: "En afgørelse om besøgsrestriktion træffes over for både den besøgende og beboeren, og begge kan klage (serviceloven § 137 d, stk. 5–6). Andre afgørelser om magtanvendelse kan den besøgende ikke klage over.",
                        en: "A decision restricting visits is made towards the visitor as well as the resident, and either may complain (SEL § 137 d, stk. 5–6). The visitor cannot complain of other coercion decisions."))
                e.cite(Rules.visitorAddressed)
            } else {
                e.test(
                    Rules.onlyPersonConcerned, holds: false,
                    LocalizedText(
                        da: "Kun den, afgørelsen vedrører, kan klage (RSL § 60, stk. 2); en besøgende kan kun klage over en besøgsrestriktion.",
                        en: "Only the person the decision concerns may complain (RSL § 60, stk. 2); a visitor can only complain of a visit restriction."))
            }
        case .relative?, .guardian?:
            switch facts.subject {
            case .coercionDecision, .coercionAct, .admissionDecision, .disabilityBoardDecision:
                e.test(
                    facts.subject == .admissionDecision || facts.subject == .disabilityBoardDecision
                        ? Rules.admissionRelatives : Rules.coercionRelatives(on: asOf), holds: nil,
                    LocalizedText(
                        da: "En ægtefælle, en pårørende, en værge eller en anden repræsentant kan klage, når den person, afgørelsen vedrører, ikke selv er i stand til det.",
                        en: "A spouse, a relative, a guardian or another representative may complain when the person the decision concerns cannot do so themselves."))
            case .childYouthCommitteeDecision:
                e.test(
                    Rules.childCommittee(court: false, on: asOf), holds: nil,
                    LocalizedText(
                        da: "Forældremyndighedens indehaver og barnet eller den unge (fra 12 år, fra 2024 fra 10 år) kan klage; andre pårørende kun som repræsentant.",
                        en: "The holder of parental custody and the child or young person (from 12, from 2024 from 10) may complain; other relatives only as a representative."))
            default:
                e.verdict.values.complainantEntitled = false
                e.test(
                    Rules.onlyPersonConcerned, holds: false,
                    LocalizedText(
                        da: "Kun den, afgørelsen vedrører, kan klage (RSL § 60, stk. 2); en pårørende eller værge kan klage på personens vegne som partsrepræsentant (forvaltningsloven § 8), ikke i eget navn.",
                        en: "Only the person the decision concerns may complain (RSL § 60, stk. 2); a relative or guardian may complain on the person's behalf as a representative (FVL § 8), not in their own name."))
            }
        }
    }
}
