import SocialPolicyCalendar
import SocialPolicyCore

/// The facts of an action-plan question, as a host's own record can supply them.
///
/// ## Implementation requirements
/// - Return `nil` for anything not recorded: it is unknown.
public protocol ActionPlanFactsProviding {
    /// The citizen receives help under serviceloven (afsnit V).
    var receivesHelpUnderSEL: Bool? { get }
    /// The citizen's birth date.
    var birthDate: CivilDate? { get }
    /// Substantially reduced physical or mental function (betydelig nedsat funktionsevne).
    var substantiallyReducedFunction: Bool? { get }
    /// Serious social problems: cannot, or only with substantial support, live in their own home, or
    /// otherwise need substantial support to improve their personal development (SEL § 141, stk. 2, nr. 2).
    var seriousSocialProblems: Bool? { get }
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
}

/// `influence.action-plan`: must (or may) the citizen be offered a handleplan (SEL § 141)?
///
/// Under folkepensionsalderen on `asOf` (pensionsloven § 1 a, as legislated on that date), help
/// under the Act means the municipality must assess whether to offer a plan (stk. 1: `mayOffer`),
/// and must offer one to persons with substantially reduced function or serious social problems
/// (stk. 2: `mustOffer`, obligation `offer-action-plan`). Needs no municipality.
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

        /// Creates the facts.
        public init(
            receivesHelpUnderSEL: Bool? = nil, birthDate: CivilDate? = nil, substantiallyReducedFunction: Bool? = nil,
            seriousSocialProblems: Bool? = nil
        ) {
            self.receivesHelpUnderSEL = receivesHelpUnderSEL
            self.birthDate = birthDate
            self.substantiallyReducedFunction = substantiallyReducedFunction
            self.seriousSocialProblems = seriousSocialProblems
        }

        /// Copies a host's record.
        public init(_ p: some ActionPlanFactsProviding) {
            self.init(
                receivesHelpUnderSEL: p.receivesHelpUnderSEL, birthDate: p.birthDate,
                substantiallyReducedFunction: p.substantiallyReducedFunction, seriousSocialProblems: p.seriousSocialProblems)
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

        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("mustOffer", mustOffer)
            fields.add("mayOffer", mayOffer)
            fields.add("reachesPensionAgeOn", reachesPensionAgeOn)
            return fields
        }
    }

    /// The conditions of SEL § 141.
    public enum Rules {
        /// Help is given under the Act (stk. 1).
        public static let receivesHelp = Requirement(
            "receivesHelpUnderSEL", true, Citation(.sel, "141", stk: 1),
            da: "Der ydes hjælp efter serviceloven.", en: "Help is given under serviceloven.")
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
        FactSpec("receivesHelpUnderSEL", .bool, "the citizen receives help under serviceloven"),
        FactSpec("birthDate", .date, "the citizen's birth date (for folkepensionsalderen, PL § 1 a)"),
        FactSpec("substantiallyReducedFunction", .bool, "substantially reduced physical or mental function (SEL § 141, stk. 2, nr. 1)"),
        FactSpec("seriousSocialProblems", .bool, "serious social problems needing substantial support (SEL § 141, stk. 2, nr. 2)"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = InfluenceRuleSets.actionPlan

    /// Creates the facts from a validated bag.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(
            receivesHelpUnderSEL: try bag.bool("receivesHelpUnderSEL"), birthDate: try bag.date("birthDate"),
            substantiallyReducedFunction: try bag.bool("substantiallyReducedFunction"),
            seriousSocialProblems: try bag.bool("seriousSocialProblems"))
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let asOf = e.context.asOf
        var scope = Conjunction()
        scope.add(e.check(facts.receivesHelpUnderSEL, Rules.receivesHelp))

        // Under folkepensionsalderen on the day asked about, by the law in force then.
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
        let inScope = scope.holds

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
        if must == true {
            e.oblige(
                ObligationCode("offer-action-plan"), Citation(.sel, "141", stk: 2),
                LocalizedText(
                    da: "Tilbyd borgeren at udarbejde en handleplan (formål, indsats, forventet varighed, andre særlige forhold), så vidt muligt i samarbejde med borgeren.",
                    en: "Offer the citizen an action plan (purpose, effort, expected duration, other special matters), prepared with the citizen as far as possible."))
        } else if may == true && must == false {
            e.oblige(
                ObligationCode("assess-action-plan"), Citation(.sel, "141", stk: 1),
                LocalizedText(
                    da: "Vurder, om det er hensigtsmæssigt at tilbyde en handleplan; tag hensyn til borgerens ønske og indsatsens karakter og omfang.",
                    en: "Assess whether it is appropriate to offer an action plan, considering the citizen's wish and the nature and extent of the help."))
        } else if inScope == false {
            e.test(
                Citation(.sel, "141", stk: 1), holds: false,
                LocalizedText(
                    da: "SEL § 141 gælder kun for personer under folkepensionsalderen, der får hjælp efter loven: der er ingen pligt til at tilbyde en handleplan.",
                    en: "SEL § 141 covers only persons under folkepensionsalderen who receive help under the Act: there is no duty to offer an action plan."))
        }
        if case .inForce(let version) = LocalInfluencePolicy(e.context), version.document == .kkBP {
            e.cite(Citation(.kkBP, "5.1.2"))
        }
        e.verdict.outcome = must == nil || may == nil ? .undetermined : .determined
    }
}
