import SocialPolicyCore

/// The role of the person who accompanies or represents a citizen (FVL § 8).
public enum RepresentativeRole: String, FactEnum {
    /// Bisidder: attends to support, listens, takes notes and advises; does not speak for the citizen.
    case bisidder
    /// Partsrepræsentant: conducts the case for the citizen; is heard and receives the decision.
    case partyRepresentative = "party-representative"
}

/// How much of the case the representation covers (KK-BP 5.1.1).
public enum RepresentationScope: String, FactEnum {
    /// The whole case.
    case wholeCase = "whole-case"
    /// A part of the case.
    case partOfCase = "part-of-case"
    /// One meeting.
    case singleMeeting = "single-meeting"
}

/// Who is heard or receives the decision.
public enum CaseParty: String, Sendable, Hashable, CaseIterable {
    /// The citizen.
    case citizen
    /// The party representative.
    case representative
}

/// The facts of a representation question, as a host's own record can supply them.
///
/// ## Implementation requirements
/// - Return `nil` for anything not recorded: it is unknown, and unknown never permits.
/// - ``role`` is required.
public protocol RepresentationFactsProviding {
    /// Bisidder or partsrepræsentant.
    var role: RepresentativeRole { get }
    /// Whether the citizen chose the person.
    var chosenByCitizen: Bool? { get }
    /// What the representation covers.
    var scope: RepresentationScope? { get }
    /// Whether the citizen's own participation matters for the decision (FVL § 8, stk. 1, 2. pkt.).
    var citizenParticipationMattersForDecision: Bool? { get }
    /// Whether essential public or private interests require otherwise (FVL § 8, stk. 2).
    var essentialInterestsRequireOtherwise: Bool? { get }
    /// Whether the decision falls within the part of the case the representative's authority
    /// (fuldmagt) covers (for `scope: part-of-case`).
    var decisionWithinMandate: Bool? { get }
}

extension RepresentationFactsProviding {
    /// Unknown.
    public var chosenByCitizen: Bool? { nil }
    /// Unknown.
    public var scope: RepresentationScope? { nil }
    /// Unknown.
    public var citizenParticipationMattersForDecision: Bool? { nil }
    /// Unknown.
    public var essentialInterestsRequireOtherwise: Bool? { nil }
    /// Unknown.
    public var decisionWithinMandate: Bool? { nil }
}

/// `influence.representation`: may the citizen be represented or assisted by this person, and
/// what follows — who is heard, who receives the decision, whether the authority may require the
/// citizen's own participation (FVL § 8; KK-BP 5.1.1). Needs no municipality.
public enum RepresentationQuestion: PolicyQuestion {
    /// The facts.
    public struct Facts: Sendable, Hashable, RepresentationFactsProviding {
        /// The fact `role` (see the question's `factSpecs`).
        public var role: RepresentativeRole
        /// The fact `chosenByCitizen` (see the question's `factSpecs`).
        public var chosenByCitizen: Bool?
        /// The fact `scope` (see the question's `factSpecs`).
        public var scope: RepresentationScope?
        /// The fact `citizenParticipationMattersForDecision` (see the question's `factSpecs`).
        public var citizenParticipationMattersForDecision: Bool?
        /// The fact `essentialInterestsRequireOtherwise` (see the question's `factSpecs`).
        public var essentialInterestsRequireOtherwise: Bool?
        /// The fact `decisionWithinMandate` (see the question's `factSpecs`).
        public var decisionWithinMandate: Bool?

        /// Creates the facts.
        public init(
            role: RepresentativeRole, chosenByCitizen: Bool? = nil, scope: RepresentationScope? = nil,
            citizenParticipationMattersForDecision: Bool? = nil, essentialInterestsRequireOtherwise: Bool? = nil,
            decisionWithinMandate: Bool? = nil
        ) {
            self.decisionWithinMandate = decisionWithinMandate
            self.role = role
            self.chosenByCitizen = chosenByCitizen
            self.scope = scope
            self.citizenParticipationMattersForDecision = citizenParticipationMattersForDecision
            self.essentialInterestsRequireOtherwise = essentialInterestsRequireOtherwise
        }

        /// Copies a host's record.
        public init(_ provider: some RepresentationFactsProviding) {
            self.init(
                role: provider.role, chosenByCitizen: provider.chosenByCitizen, scope: provider.scope,
                citizenParticipationMattersForDecision: provider.citizenParticipationMattersForDecision,
                essentialInterestsRequireOtherwise: provider.essentialInterestsRequireOtherwise,
                decisionWithinMandate: provider.decisionWithinMandate)
        }
    }

    /// The values.
    public struct Values: DecisionValues, Hashable {
        /// Who the authority hears.
        public var heardParty: CaseParty?
        /// Who receives the decision.
        public var receivesDecision: CaseParty?
        /// Whether the person speaks for the citizen towards the authority.
        public var representativeSpeaksForCitizen: Bool?
        /// Whether the authority may require the citizen's own participation.
        public var authorityMayRequireCitizen: Bool?

        /// Empty values.
        public init() {}

        /// The values as the contract names them, in order; built only when a decision is explained.
        public var fields: [NamedValue] {
            var fields: [NamedValue] = []
            fields.add("heardParty", heardParty)
            fields.add("receivesDecision", receivesDecision)
            fields.add("representativeSpeaksForCitizen", representativeSpeaksForCitizen)
            fields.add("authorityMayRequireCitizen", authorityMayRequireCitizen)
            return fields
        }
    }

    /// The conditions, most decisive first: the traceability matrix of FVL § 8.
    package enum Rules {
        /// The citizen chooses the person; the authority may not impose one (FVL § 8, stk. 1; KK-BP 5.1.1).
        public static let chosenByCitizen = Requirement(
            "chosenByCitizen", true, Citation(.fvl, "8", stk: 1),
            da: "Borgeren har selv valgt personen; myndigheden kan ikke påtvinge borgeren en repræsentant eller bisidder.",
            en: "The citizen chose the person; the authority cannot impose a representative or support person.")
        /// Essential public or private interests do not require otherwise (FVL § 8, stk. 2).
        public static let noOverridingInterests = Requirement(
            "essentialInterestsRequireOtherwise", false, Citation(.fvl, "8", stk: 2),
            da: "Væsentlige hensyn til offentlige eller private interesser taler ikke imod, at borgeren lader sig repræsentere eller bistå.",
            en: "No essential public or private interests require that the citizen is not represented or assisted.")
        /// All of them, in order.
        public static let all = [chosenByCitizen, noOverridingInterests]
    }

    /// The contract's question id.
    public static let id = "influence.representation"
    /// What the question asks, in Danish and English.
    public static let title = LocalizedText(
        da: "Kan borgeren lade sig repræsentere eller bistå af denne person, og hvem høres og får afgørelsen?",
        en: "May the citizen be represented or assisted by this person, and who is heard and receives the decision?")
    /// The facts the question reads, with their contract names, types and meanings.
    public static let factSpecs: [FactSpec] = [
        .enumeration("role", RepresentativeRole.self, required: true, "bisidder (support person) or party-representative (partsrepræsentant)"),
        FactSpec("chosenByCitizen", .bool, "the citizen chose the person (KK-BP 5.1.1: brugeren udpeger selv)"),
        .enumeration("scope", RepresentationScope.self, "what the representation covers: the whole case, part of it, one meeting"),
        FactSpec("citizenParticipationMattersForDecision", .bool, "the citizen's own participation matters for the decision (FVL § 8, stk. 1, 2. pkt.)"),
        FactSpec("essentialInterestsRequireOtherwise", .bool, "essential public or private interests require otherwise (FVL § 8, stk. 2)"),
        FactSpec(
            "decisionWithinMandate", .bool, since: "1.1",
            "with scope part-of-case: the decision falls within the part of the case the representative's written authority (fuldmagt) covers, so it goes to the representative; outside it, to the citizen (FVL § 8, stk. 1; JM's FVL guidance pkt. 40, FOB 97-223)"),
    ]
    /// The values the question can produce.
    public static let valueSpecs: [ValueSpec] = [
        ValueSpec("heardParty", enumType(CaseParty.self), "who the authority hears: the party representative conducts the case; a bisidder never speaks for the citizen (FVL § 8, stk. 1)"),
        ValueSpec("receivesDecision", enumType(CaseParty.self), "who receives the decision: the representative within the mandate (whole case; part of it with decisionWithinMandate), otherwise the citizen; absent while it turns on the mandate"),
        ValueSpec("representativeSpeaksForCitizen", "bool", "the person speaks for the citizen towards the authority"),
        ValueSpec("authorityMayRequireCitizen", "bool", "the authority may require the citizen's own participation, as it matters for the decision (FVL § 8, stk. 1, 2. pkt.)"),
    ]
    /// The versions of the law that answer the question, by the date they took effect.
    public static let ruleSets = InfluenceRuleSets.representation

    /// Creates the facts from a validated bag.
    public static func facts(from bag: FactBag) throws(PolicyError) -> Facts {
        Facts(
            role: try bag.required("role"), chosenByCitizen: try bag.bool("chosenByCitizen"), scope: try bag.value("scope"),
            citizenParticipationMattersForDecision: try bag.bool("citizenParticipationMattersForDecision"),
            essentialInterestsRequireOtherwise: try bag.bool("essentialInterestsRequireOtherwise"),
            decisionWithinMandate: try bag.bool("decisionWithinMandate"))
    }

    /// Applies the rules in force on the evaluation's date to `facts`, failing closed.
    @_specialize(where R == NoRecorder)
    @_specialize(where R == TraceRecorder)
    @_specialize(where R == SummaryRecorder)
    public static func evaluate<R: Recorder>(_ facts: Facts, into e: inout Evaluation<Values, R>) {
        let isRepresentative = facts.role == .partyRepresentative
        e.test(
            Citation(.fvl, "8", stk: 1), holds: true,
            isRepresentative
                ? LocalizedText(
                    da: "En part kan på ethvert tidspunkt lade sig repræsentere af andre. En partsrepræsentant fører sagen som en advokat: det er repræsentanten, der høres, og som modtager afgørelsen.",
                    en: "A party may at any stage be represented by others. A party representative conducts the case like a lawyer: the representative is the one heard and receives the decision.")
                : LocalizedText(
                    da: "En part kan på ethvert tidspunkt lade sig bistå af andre. En bisidder lytter, tager notater og giver råd, men har ikke taleret over for myndigheden; det er borgeren, der høres og får afgørelsen.",
                    en: "A party may at any stage be assisted by others. A support person (bisidder) listens, takes notes and advises but does not speak for the citizen; the citizen is heard and receives the decision."))
        if case .inForce(let version) = LocalInfluencePolicy(e.context), version.document == .kkBP {
            e.cite(Citation(.kkBP, "5.1.1"))
        }

        var all = Conjunction()
        all.add(e.check(facts.chosenByCitizen, Rules.chosenByCitizen))
        all.add(e.check(facts.essentialInterestsRequireOtherwise, Rules.noOverridingInterests))

        // The authority may require the citizen's own participation when it matters for the decision.
        let mayRequire = facts.citizenParticipationMattersForDecision
        e.test(
            Citation(.fvl, "8", stk: 1), holds: mayRequire,
            LocalizedText(
                da: mayRequire == nil
                    ? "Det er ikke oplyst, om borgerens egen medvirken har betydning for afgørelsen; i så fald kan myndigheden forlange, at borgeren medvirker."
                    : (mayRequire == true
                        ? "Borgerens egen medvirken har betydning for afgørelsen: myndigheden kan forlange, at borgeren selv medvirker."
                        : "Borgerens egen medvirken har ikke betydning for afgørelsen: myndigheden kan ikke forlange den."),
                en: mayRequire == nil
                    ? "It is not known whether the citizen's own participation matters for the decision; if it does, the authority may require it."
                    : (mayRequire == true
                        ? "The citizen's own participation matters for the decision: the authority may require the citizen to take part."
                        : "The citizen's own participation does not matter for the decision: the authority cannot require it.")))
        e.verdict.values.authorityMayRequireCitizen = mayRequire

        let outcome = all.outcome
        e.verdict.outcome = outcome
        switch outcome {
        case .permitted where isRepresentative:
            e.verdict.values.heardParty = .representative
            e.verdict.values.representativeSpeaksForCitizen = true
            let within = facts.decisionWithinMandate
            switch facts.scope {
            case .wholeCase?:
                e.verdict.values.receivesDecision = .representative
            case .singleMeeting?:
                e.verdict.values.receivesDecision = .citizen
            case .partOfCase?:
                if let within { e.verdict.values.receivesDecision = within ? .representative : .citizen }
            case nil:
                break
            }
            if facts.scope == .partOfCase, let within {
                e.test(
                    Citation(.fvl, "8", stk: 1), holds: true,
                    within
                        ? LocalizedText(
                            da: "Repræsentationen gælder en del af sagen, og afgørelsen falder inden for fuldmagten: den sendes til partsrepræsentanten (borgeren kan få en kopi).",
                            en: "The representation covers part of the case and the decision falls within the authority given: it is sent to the party representative (the citizen may get a copy).")
                        : LocalizedText(
                            da: "Repræsentationen gælder en del af sagen, og afgørelsen falder uden for fuldmagten: den sendes til borgeren.",
                            en: "The representation covers part of the case and the decision falls outside the authority given: it is sent to the citizen."))
            } else {
            e.test(
                Citation(.fvl, "8", stk: 1), holds: facts.scope.map { $0 != .partOfCase },
                facts.scope == .wholeCase
                    ? LocalizedText(
                        da: "Repræsentationen gælder hele sagen: afgørelsen sendes til partsrepræsentanten.",
                        en: "The representation covers the whole case: the decision is sent to the party representative.")
                    : facts.scope == .singleMeeting
                        ? LocalizedText(
                            da: "Repræsentationen gælder ét møde: repræsentanten høres på mødet, men afgørelsen sendes til borgeren.",
                            en: "The representation covers one meeting: the representative is heard at the meeting, but the decision goes to the citizen.")
                        : LocalizedText(
                            da: "Det afhænger af fuldmagtens omfang, om afgørelsen falder inden for repræsentationen; afklar det med borgeren, før afgørelsen sendes.",
                            en: "Whether the decision falls within the representation depends on the scope of the authority given; settle it with the citizen before sending the decision."))
            }
        case .permitted:
            e.verdict.values.heardParty = .citizen
            e.verdict.values.receivesDecision = .citizen
            e.verdict.values.representativeSpeaksForCitizen = false
        case .denied:
            e.verdict.values.heardParty = .citizen
            e.verdict.values.receivesDecision = .citizen
            e.verdict.values.representativeSpeaksForCitizen = false
        default:
            if !isRepresentative {
                // A bisidder never speaks for the citizen, allowed or not.
                e.verdict.values.heardParty = .citizen
                e.verdict.values.receivesDecision = .citizen
                e.verdict.values.representativeSpeaksForCitizen = false
            }
        }
    }
}
