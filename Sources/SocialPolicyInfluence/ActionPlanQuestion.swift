import SocialPolicyCalendar
import SocialPolicyCore

/// The facts of an action-plan question, as a host's own record can supply them.
///
/// ## Implementation requirements
/// - Return `nil` for anything not recorded: it is unknown.
/// - ``receivesHelpUnderAfsnitV`` is the fact SEL § 141 needs; ``receivesHelpUnderSEL`` is the
///   coarser fact of contract 1 (any help under serviceloven). Supply the finer one where the
///   record has it.
public protocol ActionPlanFactsProviding {
    /// The citizen receives help under serviceloven (any help under the Act).
    var receivesHelpUnderSEL: Bool? { get }
    /// The citizen's birth date.
    var birthDate: CivilDate? { get }
    /// Substantially reduced physical or mental function (betydelig nedsat funktionsevne).
    var substantiallyReducedFunction: Bool? { get }
    /// Serious social problems: cannot, or only with substantial support, live in their own home, or
    /// otherwise need substantial support to improve their personal development (SEL § 141, stk. 2, nr. 2).
    var seriousSocialProblems: Bool? { get }
    /// The citizen receives help under serviceloven **afsnit V** (SEL § 141, stk. 1); help under
    /// ældreloven never is.
    var receivesHelpUnderAfsnitV: Bool? { get }
    /// The citizen is offered anonymous, ambulant drug treatment under SEL § 101 a (§ 141, stk. 6).
    var anonymousDrugTreatment: Bool? { get }
    /// A helhedsorienteret plan replaces the handleplan, with the citizen's consent (§ 141, stk. 7).
    var holisticPlanInstead: Bool? { get }
}

extension ActionPlanFactsProviding {
    /// Unknown unless the host records it.
    public var receivesHelpUnderSEL: Bool? { nil }
    /// Unknown unless the host records it.
    public var birthDate: CivilDate? { nil }
    /// Unknown unless the host records it.
    public var substantiallyReducedFunction: Bool? { nil }
    /// Unknown unless the host records it.
    public var seriousSocialProblems: Bool? { nil }
    /// Unknown unless the host records it.
    public var receivesHelpUnderAfsnitV: Bool? { nil }
    /// Unknown unless the host records it.
    public var anonymousDrugTreatment: Bool? { nil }
    /// Unknown unless the host records it.
    public var holisticPlanInstead: Bool? { nil }
}

/// Facts a duty was reported on while they were unknown (`values.unconfirmedFacts`): the
/// duty is told on the citizen's safe side, and confirming the fact can only take it away.
public struct ActionPlanUnconfirmedFacts: OptionSet, Sendable, Hashable {
    /// The bits.
    public let rawValue: UInt8
    /// Creates a set from its bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// `receivesHelpUnderAfsnitV`: the scope was read from `receivesHelpUnderSEL: true` alone.
    public static let receivesHelpUnderAfsnitV = ActionPlanUnconfirmedFacts(rawValue: 1)

    /// The fact names, in order.
    public var names: [String] { contains(.receivesHelpUnderAfsnitV) ? ["receivesHelpUnderAfsnitV"] : [] }
}

/// `influence.action-plan`: must (or may) the citizen be offered a handleplan (SEL § 141)?
///
/// Help under **afsnit V** to a person under folkepensionsalderen on `asOf` (pensionsloven
/// § 1 a, as legislated on that date) — and, from 2024-01-01, aged 18 or over (SEL § 2, stk. 1) —
/// means the municipality must assess whether to offer a plan (stk. 1: `mayOffer`), and must
/// offer one to persons with substantially reduced function or serious social problems (stk. 2:
/// `mustOffer`, obligation `offer-action-plan`). From the first consolidation holding them:
/// no duty for anonymous, ambulant § 101 a drug treatment (stk. 6, LBK 1053/2015), and a
/// helhedsorienteret plan may replace the handleplan with the citizen's consent (stk. 7,
/// LBK 1114/2018; obligation `prepare-holistic-plan`). Help under ældreloven is never help
/// under afsnit V. Needs no municipality.
public enum ActionPlanQuestion: PolicyQuestion {
    /// The facts.
    public struct Facts: Sendable, Hashable, ActionPlanFactsProviding {
        /// The fact `receivesHelpUnderSEL` (see the question's `factSpecs`).
        public var receivesHelpUnderSEL: Bool?
        /// The fact `birthDate` (see the question's `factSpecs`).
        public var birthDate: CivilDate?
        /// The fact `substantiallyReducedFunction` (see the question's `factSpecs`).
        public var substantiallyReducedFunction: Bool?
        /// The fact `seriousSocialProblems` (see the question's `factSpecs`).
        public var seriousSocialProblems: Bool?
        /// The fact `receivesHelpUnderAfsnitV` (see the question's `factSpecs`).
        public var receivesHelpUnderAfsnitV: Bool?
        /// The fact `anonymousDrugTreatment` (see the question's `factSpecs`).
        public var anonymousDrugTreatment: Bool?
        /// The fact `holisticPlanInstead` (see the question's `factSpecs`).
        public var holisticPlanInstead: Bool?

        /// Creates the facts.
        public init(
            receivesHelpUnderSEL: Bool? = nil, birthDate: CivilDate? = nil, substantiallyReducedFunction: Bool? = nil,
            seriousSocialProblems: Bool? = nil, receivesHelpUnderAfsnitV: Bool? = nil, anonymousDrugTreatment: Bool? = nil,
            holisticPlanInstead: Bool? = nil
        ) {
            self.receivesHelpUnderSEL = receivesHelpUnderSEL
            self.birthDate = birthDate
            self.substantiallyReducedFunction = substantiallyReducedFunction
            self.seriousSocialProblems = seriousSocialProblems
            self.receivesHelpUnderAfsnitV = receivesHelpUnderAfsnitV
            self.anonymousDrugTreatment = anonymousDrugTreatment
            self.holisticPlanInstead = holisticPlanInstead
        }

        /// Copies a host's record.
        public init(_ p: some ActionPlanFactsProviding) {
            self.init(
                receivesHelpUnderSEL: p.receivesHelpUnderSEL, birthDate: p.birthDate,
                substantiallyReducedFunction: p.substantiallyReducedFunction, seriousSocialProblems: p.seriousSocialProblems,
                receivesHelpUnderAfsnitV: p.receivesHelpUnderAfsnitV, anonymousDrugTreatment: p.anonymousDrugTreatment,
                holisticPlanInstead: p.holisticPlanInstead)
        }

        /// Checks that the facts do not contradict each other: help under afsnit V (and § 101 a
        /// treatment, which is in afsnit V) is help under serviceloven.
        ///
        /// - Throws: `PolicyError` naming `facts.receivesHelpUnderAfsnitV` or
        ///   `facts.anonymousDrugTreatment`.
        public func validate() throws(PolicyError) {
            let code = InfluenceFactChecks.contradictoryFacts
            if receivesHelpUnderAfsnitV == true && receivesHelpUnderSEL == false {
                throw PolicyError(
                    code: code, field: "facts.receivesHelpUnderAfsnitV",
                    message: "help under serviceloven afsnit V is help under serviceloven, but receivesHelpUnderSEL is false")
            }
            if anonymousDrugTreatment == true && (receivesHelpUnderSEL == false || receivesHelpUnderAfsnitV == false) {
                throw PolicyError(
                    code: code, field: "facts.anonymousDrugTreatment",
                    message: "anonymous, ambulant drug treatment (SEL § 101 a) is help under serviceloven afsnit V")
            }
        }
    }

    /// The values.
    public struct Values: DecisionValues, Hashable {
        /// The municipality must offer a handleplan (stk. 2).
        public var mustOffer: Bool?
        /// The municipality must assess whether to offer one, and may (stk. 1).
        public var mayOffer: Bool?
        /// The day the citizen reaches folkepensionsalderen.
        public var reachesPensionAgeOn: CivilDate?
        /// A helhedsorienteret plan replaces the handleplan the municipality must offer (stk. 7).
        public var holisticPlanReplaces: Bool?
        /// Facts the duty was reported on while unknown (the citizen's safe side).
        public var unconfirmedFacts = ActionPlanUnconfirmedFacts()

        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("mustOffer", mustOffer)
            fields.add("mayOffer", mayOffer)
            fields.add("reachesPensionAgeOn", reachesPensionAgeOn)
            fields.add("holisticPlanReplaces", holisticPlanReplaces)
            if !unconfirmedFacts.isEmpty {
                fields.append(NamedValue("unconfirmedFacts", .array(unconfirmedFacts.names.map { .string($0) })))
            }
            return fields
        }
    }

    /// The conditions of SEL § 141.
    package enum Rules {
        /// Help is given under afsnit V of the Act (stk. 1).
        public static let receivesHelp = Requirement(
            "receivesHelpUnderAfsnitV", true, Citation(.sel, "141", stk: 1),
            da: "Der ydes hjælp efter servicelovens afsnit V.", en: "Help is given under serviceloven afsnit V.")
        /// Substantially reduced function (stk. 2, nr. 1).
        public static let reducedFunction = Requirement(
            "substantiallyReducedFunction", true, Citation(.sel, "141", stk: 2, nr: 1),
            da: "Borgeren har betydelig nedsat fysisk eller psykisk funktionsevne.",
            en: "The citizen has substantially reduced physical or mental function.")
        /// Serious social problems (stk. 2, nr. 2).
        public static let seriousSocialProblems = Requirement(
            "seriousSocialProblems", true, Citation(.sel, "141", stk: 2, nr: 2),
            da: "Borgeren har alvorlige sociale problemer og kan ikke eller kun med betydelig støtte opholde sig i egen bolig eller har i øvrigt behov for betydelig støtte.",
            en: "The citizen has serious social problems and cannot, or only with substantial support, live in their own home, or otherwise needs substantial support.")
    }

    /// The contract's question id.
    public static let id = "influence.action-plan"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Skal borgeren tilbydes en handleplan?", en: "Must the citizen be offered an action plan?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        FactSpec("receivesHelpUnderSEL", .bool, "the citizen receives help under serviceloven (coarser than receivesHelpUnderAfsnitV, which decides where known)"),
        FactSpec("birthDate", .date, "the citizen's birth date (for folkepensionsalderen, PL § 1 a, and from 2024-01-01 the age of 18, SEL § 2, stk. 1)"),
        FactSpec("substantiallyReducedFunction", .bool, "substantially reduced physical or mental function (SEL § 141, stk. 2, nr. 1)"),
        FactSpec("seriousSocialProblems", .bool, "serious social problems needing substantial support (SEL § 141, stk. 2, nr. 2)"),
        FactSpec(
            "receivesHelpUnderAfsnitV", .bool, since: "1.1",
            "the citizen receives help under serviceloven afsnit V (voksne), the help SEL § 141, stk. 1 requires; help under ældreloven never is. Unknown with receivesHelpUnderSEL true: the duty is told on the citizen's safe side and named in unconfirmedFacts"),
        FactSpec(
            "anonymousDrugTreatment", .bool, since: "1.1",
            "the citizen is offered anonymous, ambulant drug treatment under SEL § 101 a: stk. 1–5 do not apply (SEL § 141, stk. 6, from LBK 1053/2015; LOV 649/2015)"),
        FactSpec(
            "holisticPlanInstead", .bool, since: "1.1",
            "the municipality offers, and the citizen consents to, a helhedsorienteret plan in place of the handleplan, for complex and composite problems needing several coordinated plans (SEL § 141, stk. 7, from LBK 1114/2018; LOV 707/2018)"),
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("mustOffer", "bool", "the municipality must offer a handleplan (SEL § 141, stk. 2)"),
        ValueSpec("mayOffer", "bool", "the citizen is in the scope of stk. 1: the municipality must assess whether to offer a handleplan (SEL § 141, stk. 1)"),
        ValueSpec("reachesPensionAgeOn", "date", "the day the citizen reaches folkepensionsalderen, as legislated on asOf (PL § 1 a)"),
        ValueSpec("holisticPlanReplaces", "bool", since: "1.1", "a helhedsorienteret plan replaces the handleplan the municipality must offer; stk. 3 and 4 still apply (SEL § 141, stk. 7)"),
        ValueSpec(
            "unconfirmedFacts", "array of string", since: "1.1",
            "facts left unknown on which the duty was told on the citizen's safe side (receivesHelpUnderAfsnitV, when only receivesHelpUnderSEL is known); confirming them can only remove the duty"),
    ]
    /// The obligation codes the question can produce.
    public static let obligationSpecs: [ObligationSpec] = [
        ObligationSpec("offer-action-plan", "offer the citizen a handleplan (SEL § 141, stk. 2; contents stk. 3; the library's reading of stk. 4: made with the citizen as far as possible)"),
        ObligationSpec("assess-action-plan", "assess whether to offer a handleplan, weighing the citizen's wish and the nature and extent of the help (SEL § 141, stk. 1)"),
        ObligationSpec(
            "prepare-holistic-plan", since: "1.1",
            "prepare the helhedsorienteret plan that replaces the handleplan with the citizen's consent, meeting stk. 3 and 4 (SEL § 141, stk. 7)"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = InfluenceRuleSets.actionPlan

    /// Creates the facts from a validated bag.
    ///
    /// - Throws: `PolicyError` naming the contradicted fact.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        let facts = Facts(
            receivesHelpUnderSEL: try bag.bool("receivesHelpUnderSEL"), birthDate: try bag.date("birthDate"),
            substantiallyReducedFunction: try bag.bool("substantiallyReducedFunction"),
            seriousSocialProblems: try bag.bool("seriousSocialProblems"),
            receivesHelpUnderAfsnitV: try bag.bool("receivesHelpUnderAfsnitV"),
            anonymousDrugTreatment: try bag.bool("anonymousDrugTreatment"),
            holisticPlanInstead: try bag.bool("holisticPlanInstead"))
        try facts.validate()
        return facts
    }

    /// The day a person born on `birth` has "fyldt 18 år" (SEL § 2, stk. 1): the 18th birthday;
    /// for a birthday on 29 February in a year without one, 1 March — the later day, so that
    /// the Act is never applied to someone who may still be 17.
    public static func turns18On(bornOn birth: CivilDate) -> CivilDate {
        let day = birth.adding(years: 18)
        return birth.month == 2 && birth.day == 29 && day.day == 28 ? day.adding(days: 1) : day
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let asOf = e.context.asOf
        // Facts built in Swift are not validated by `facts(from:)`: contradictory facts are
        // treated as unknown (fail closed).
        let consistent = (try? facts.validate()) != nil
        let sel = consistent ? facts.receivesHelpUnderSEL : nil
        let afsnitV = consistent ? facts.receivesHelpUnderAfsnitV : nil
        let anonymous = consistent ? facts.anonymousDrugTreatment : nil
        let stk6 = asOf >= InfluenceRuleSets.sel141Stk6Day
        let stk7 = asOf >= InfluenceRuleSets.sel141Stk7Day
        let adultsOnly = asOf >= InfluenceRuleSets.barnetsLovDay
        var scope = Conjunction()

        // Stk. 1: help under afsnit V. The finer fact decides; without it, help under serviceloven
        // is read as afsnit V help for the duty (the citizen's safe side), and named.
        let helpHolds: Bool?
        if let afsnitV {
            helpHolds = e.check(afsnitV, Rules.receivesHelp)
        } else if sel == false {
            helpHolds = false
            e.test(
                Rules.receivesHelp.citation, holds: false,
                LocalizedText(
                    da: "Borgeren får ingen hjælp efter serviceloven og dermed ingen hjælp efter afsnit V (hjælp efter ældreloven er aldrig hjælp efter afsnit V).",
                    en: "The citizen gets no help under serviceloven and so none under afsnit V (help under ældreloven is never help under afsnit V)."))
        } else if sel == true {
            helpHolds = true
            e.verdict.values.unconfirmedFacts.insert(.receivesHelpUnderAfsnitV)
            e.test(
                Rules.receivesHelp.citation, holds: true,
                LocalizedText(
                    da: "Borgeren får hjælp efter serviceloven; § 141 kræver hjælp efter afsnit V, som ikke er oplyst. Pligten angives til borgerens fordel – bekræft receivesHelpUnderAfsnitV (hjælp efter ældreloven tæller aldrig).",
                    en: "The citizen gets help under serviceloven; § 141 needs help under afsnit V, which is not given. The duty is told on the citizen's safe side – confirm receivesHelpUnderAfsnitV (help under ældreloven never counts)."))
        } else {
            helpHolds = e.check(nil, Rules.receivesHelp)
        }
        scope.add(helpHolds)

        // Under folkepensionsalderen on the day asked about, by the law in force then; and from
        // 2024-01-01 aged 18 or over (serviceloven is for adults; children are under barnets lov).
        var under: Bool?
        // A birth date after the day asked about cannot be right: treated as unknown (fail closed).
        if let birth = facts.birthDate, birth <= asOf {
            let reached = PensionAge.reachedOn(bornOn: birth, lawOf: asOf)
            e.verdict.values.reachesPensionAgeOn = reached
            under = asOf < reached
            e.test(
                Citation(.sel, "141", stk: 1), holds: under,
                LocalizedText(
                    da: "Borgeren er \(under == true ? "under" : "ikke under") folkepensionsalderen (nås \(reached.danishText), pensionsloven § 1 a).",
                    en: "The citizen is \(under == true ? "under" : "not under") folkepensionsalderen (reached on \(reached.englishText), pensionsloven § 1 a)."))
            e.cite(Citation(.pl, "1 a"))
            if adultsOnly {
                let adultFrom = turns18On(bornOn: birth)
                let adult = asOf >= adultFrom
                e.test(
                    Citation(.sel, "2", stk: 1), holds: adult,
                    adult
                        ? LocalizedText(
                            da: "Borgeren er fyldt 18 år; serviceloven gælder fra 1. januar 2024 kun personer, der er fyldt 18 år (SEL § 2, stk. 1).",
                            en: "The citizen is 18 or over; from 1 January 2024 serviceloven covers only persons aged 18 or over (SEL § 2, stk. 1).")
                        : LocalizedText(
                            da: "Borgeren er under 18 år (fylder 18 år \(adultFrom.danishText)): fra 1. januar 2024 gælder serviceloven kun personer over 18 (SEL § 2, stk. 1); børn og unge får hjælp efter barnets lov, hvis plan er barnets plan (BL § 91).",
                            en: "The citizen is under 18 (turns 18 on \(adultFrom.englishText)): from 1 January 2024 serviceloven covers only persons aged 18 or over (SEL § 2, stk. 1); children and young people get help under barnets lov, whose plan is barnets plan (BL § 91)."))
                if !adult { under = false }
            }
        } else {
            e.test(
                Citation(.sel, "141", stk: 1), holds: nil,
                facts.birthDate == nil
                    ? LocalizedText(
                        da: "Fødselsdatoen er ukendt: det kan ikke afgøres, om borgeren er under folkepensionsalderen.",
                        en: "The birth date is unknown: whether the citizen is under folkepensionsalderen cannot be decided.")
                    : LocalizedText(
                        da: "Fødselsdatoen ligger efter den dato, der spørges om, og kan ikke bruges: det kan ikke afgøres, om borgeren er under folkepensionsalderen.",
                        en: "The birth date is after the date asked about and cannot be used: whether the citizen is under folkepensionsalderen cannot be decided."))
            e.missing("birthDate")
        }
        scope.add(under)

        // Stk. 6 (first in LBK 1053/2015): no handleplan duty for anonymous, ambulant § 101 a treatment.
        var exempt = false
        if anonymous == true {
            if stk6 {
                exempt = true
                e.test(
                    Citation(.sel, "141", stk: 6), holds: true,
                    LocalizedText(
                        da: "Borgeren tilbydes anonym, ambulant behandling af stofmisbrug efter § 101 a: kommunens pligter efter § 141, stk. 1–5 gælder ikke (stk. 6).",
                        en: "The citizen is offered anonymous, ambulant drug treatment under § 101 a: the municipality's duties under § 141, stk. 1–5 do not apply (stk. 6)."))
            } else {
                e.test(
                    Citation(.sel, "141", stk: 1), holds: nil,
                    LocalizedText(
                        da: "Undtagelsen for anonym, ambulant stofmisbrugsbehandling (§ 141, stk. 6, § 101 a) står først i LBK 1053 af 8. september 2015; før den dag anvendes den ikke, og de almindelige regler gælder.",
                        en: "The exemption for anonymous, ambulant drug treatment (§ 141, stk. 6, § 101 a) first appears in LBK 1053 of 8 September 2015; before that day it is not applied and the ordinary rules apply."))
            }
        }
        let inScope: Bool? = exempt ? false : scope.holds

        // Stk. 2: either target group.
        var target = Disjunction()
        if inScope != false {
            target.add(e.check(facts.substantiallyReducedFunction, Rules.reducedFunction))
            if facts.substantiallyReducedFunction != true {
                target.add(e.check(facts.seriousSocialProblems, Rules.seriousSocialProblems))
            }
        }
        let must: Bool? = inScope == false ? false : (target.holds == false ? false : (inScope == true && target.holds == true ? true : nil))
        let may: Bool? = inScope

        e.verdict.values.mustOffer = must
        e.verdict.values.mayOffer = may
        if may != true { e.verdict.values.unconfirmedFacts = ActionPlanUnconfirmedFacts() }
        let holistic = facts.holisticPlanInstead == true
        if must == true && holistic && stk7 {
            e.verdict.values.holisticPlanReplaces = true
            e.oblige(
                ObligationCode("prepare-holistic-plan"), Citation(.sel, "141", stk: 7),
                LocalizedText(
                    da: "Udarbejd den helhedsorienterede plan, som borgeren har givet samtykke til i stedet for handleplanen; den skal fortsat opfylde kravene i stk. 3 og 4 (formål, indsats, varighed, andre forhold; så vidt muligt i samarbejde med borgeren).",
                    en: "Prepare the helhedsorienteret plan the citizen consented to in place of the handleplan; it must still meet stk. 3 and 4 (purpose, effort, duration, other matters; with the citizen as far as possible)."))
        } else if must == true {
            if holistic {
                e.test(
                    Citation(.sel, "141", stk: 2), holds: true,
                    LocalizedText(
                        da: "En helhedsorienteret plan kan først erstatte handleplanen med § 141, stk. 7 (første gang i LBK 1114 af 30. august 2018); før den dag skal handleplanen tilbydes.",
                        en: "A helhedsorienteret plan can replace the handleplan only under § 141, stk. 7 (first in LBK 1114 of 30 August 2018); before that day the handleplan must be offered."))
            }
            e.oblige(
                ObligationCode("offer-action-plan"), Citation(.sel, "141", stk: 2),
                LocalizedText(
                    da: "Tilbyd borgeren at udarbejde en handleplan (formål, indsats, forventet varighed, andre særlige forhold). Efter stk. 4 bør planen udarbejdes ud fra borgerens forudsætninger og så vidt muligt i samarbejde med borgeren.",
                    en: "Offer the citizen an action plan (purpose, effort, expected duration, other special matters). Under stk. 4 the plan should be drawn up from the citizen's premises and, as far as possible, with the citizen."))
        } else if may == true && must == false {
            e.oblige(
                ObligationCode("assess-action-plan"), Citation(.sel, "141", stk: 1),
                LocalizedText(
                    da: "Vurder, om det er hensigtsmæssigt at tilbyde en handleplan; tag hensyn til borgerens ønske og indsatsens karakter og omfang.",
                    en: "Assess whether it is appropriate to offer an action plan, considering the citizen's wish and the nature and extent of the help."))
        } else if inScope == false && !exempt {
            e.test(
                Citation(.sel, "141", stk: 1), holds: false,
                LocalizedText(
                    da: "SEL § 141 gælder kun for personer under folkepensionsalderen (fra 2024 også fyldt 18 år), der får hjælp efter lovens afsnit V: der er ingen pligt til at tilbyde en handleplan.",
                    en: "SEL § 141 covers only persons under folkepensionsalderen (from 2024 also aged 18 or over) who receive help under afsnit V of the Act: there is no duty to offer an action plan."))
        }
        if case .inForce(let version) = LocalInfluencePolicy(e.context), version.document == .kkBP {
            e.cite(Citation(.kkBP, "5.1.2"))
        }
        e.verdict.outcome = must == nil || may == nil ? .undetermined : .determined
    }
}
