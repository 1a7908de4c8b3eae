import SocialPolicyCore

/// The evaluation of `coercion.intervention`: the route of the intervention in the regime in
/// force, then the provision's ways — each its general and own conditions as masks, then the
/// decision it needs — and the duties that follow. Written once for both paths: with
/// ``NoRecorder`` nothing but masks, enums and dates is touched; with a recorder the same
/// path explains itself.
package enum Evaluator {
    package typealias Values = CoercionQuestion.Values

    /// The state of one way after evaluation.
    struct WayState {
        var denied = false
        var falseCount = 0
        var unknownTrue = FactMask()
        var unknownFalse = FactMask()
        var open: CoercionOpenQuestion? = nil
        var life: DecisionLife? = nil

        var established: Bool { !denied && unknownTrue.isEmpty && unknownFalse.isEmpty && open == nil }
        var missing: FactMask { unknownTrue.union(unknownFalse) }
        /// How far the way is from holding: its false and unknown conditions.
        var distance: Int {
            let unknown = missing
            return falseCount + unknown.low.nonzeroBitCount + unknown.high.nonzeroBitCount
        }
    }

    /// Up to six ways' states, inline (no heap).
    struct States {
        var s0 = WayState(), s1 = WayState(), s2 = WayState(), s3 = WayState(), s4 = WayState(), s5 = WayState()

        subscript(index: Int) -> WayState {
            get {
                switch index {
                case 0: s0
                case 1: s1
                case 2: s2
                case 3: s3
                case 4: s4
                default: s5
                }
            }
            set {
                switch index {
                case 0: s0 = newValue
                case 1: s1 = newValue
                case 2: s2 = newValue
                case 3: s3 = newValue
                case 4: s4 = newValue
                default: s5 = newValue
                }
            }
        }
    }

    // MARK: Entry

    package static func evaluate<R: Recorder>(_ facts: CoercionQuestion.Facts, into e: inout Evaluation<Values, R>) {
        let asOf = e.context.asOf
        let regime = CoercionRegime(on: asOf)
        let recording = R.self != NoRecorder.self
        let route = RouteTable.route(facts.intervention, in: regime)

        if case .outsideCatalogue = route {
            e.verdict.values.emergencyDefenceOnly = true
            if recording {
                e.recorder.test(Citation(.sel, "124 a"), holds: false, LocalizedText(
                    da: "Magtanvendelse uden for lovens udtømmende katalog er ulovlig. Den kan højst være straffri som nødværge (straffeloven § 13) eller nødret (straffeloven § 14).",
                    en: "Force outside the Act's exhaustive catalogue is unlawful. At most it may be unpunishable as self-defence (Criminal Code § 13) or necessity (§ 14)."))
            }
            e.verdict.outcome = .denied
            Obligations.outsideCatalogue(facts, regime: regime, asOf: asOf, into: &e)
            return
        }

        // Valid consent: no coercion (except where consent is not the person's to give).
        var consentApplies = true
        if case .provision(let provision) = route { consentApplies = provision.consentApplies }
        if consentApplies, facts.consent == .valid {
            e.verdict.values.reason = .validConsent
            if recording {
                e.recorder.test(Citation(.sel, "124 a"), holds: false, LocalizedText(
                    da: "Personen har forud givet et gyldigt, informeret samtykke. Der er ikke tale om magtanvendelse, og reglerne finder ikke anvendelse.",
                    en: "The person gave valid, informed consent beforehand. This is not coercion, and the rules do not apply."))
            }
            e.verdict.outcome = .notApplicable
            return
        }

        switch route {
        case .outsideCatalogue:
            return
        case .notCoercion(let reason, let cite):
            e.verdict.values.reason = reason
            if recording {
                e.recorder.test(cite.citation, holds: false, Texts.notCoercion(reason, regime: regime))
            }
            e.verdict.outcome = .notApplicable
        case .noBasis(let cite, let kind):
            if recording {
                e.recorder.test(cite.citation, holds: false, Texts.noBasis(kind, cite: cite.citation, asOf: asOf))
            }
            e.verdict.outcome = .denied
        case .provision(let provision):
            evaluate(provision, facts, regime: regime, asOf: asOf, into: &e)
        }
    }

    // MARK: A provision

    static func evaluate<R: Recorder>(
        _ provision: Provision, _ facts: CoercionQuestion.Facts, regime: CoercionRegime, asOf: CivilDate,
        into e: inout Evaluation<Values, R>
    ) {
        let t = Derive.facts(facts, regime: regime)
        let ways = provision.ways
        var states = States()
        var permitted = -1
        var notCoercion = -1
        for index in ways.indices {
            let state = evaluate(ways[index], facts, t, regime: regime, asOf: asOf)
            states[index] = state
            if state.established {
                switch ways[index].result {
                case .permitted: if permitted < 0 { permitted = index }
                case .notCoercion: if notCoercion < 0 { notCoercion = index }
                }
            }
        }
        let recording = R.self != NoRecorder.self

        // 1. A way that permits.
        if permitted >= 0 {
            let way = ways[permitted]
            let life = states[permitted].life
            e.verdict.values = values(way, life, facts, t, regime: regime)
            if recording { explain([permitted], ways, states, facts, t, provision: provision, regime: regime, asOf: asOf, into: &e) }
            e.verdict.outcome = .permitted
            Obligations.use(way, life: life, facts, t, regime: regime, asOf: asOf, into: &e)
            return
        }
        // 2. A way that finds no coercion.
        if notCoercion >= 0 {
            let way = ways[notCoercion]
            e.verdict.values = values(way, nil, facts, t, regime: regime)
            if case .notCoercion(let reason) = way.result { e.verdict.values.reason = reason }
            e.verdict.values.requiresPriorDecision = nil
            if recording { explain([notCoercion], ways, states, facts, t, provision: provision, regime: regime, asOf: asOf, into: &e) }
            e.verdict.outcome = .notApplicable
            Obligations.duties(way, facts, t, regime: regime, into: &e)
            return
        }
        // 3. Undetermined: the ways still open, without those another open way makes irrelevant.
        var open = 0  // bit set of ways
        for index in ways.indices where !states[index].denied { open |= 1 << index }
        if open != 0 {
            var relevant = open
            for index in ways.indices where open & (1 << index) != 0 {
                for other in ways.indices where other != index && open & (1 << other) != 0 && relevant & (1 << other) != 0 {
                    if makesIrrelevant(states[other], ways[other], other, states[index], ways[index], index) {
                        relevant &= ~(1 << index)
                        break
                    }
                }
            }
            var missing = FactMask()
            var shown = -1
            var question: CoercionOpenQuestion? = nil
            for index in ways.indices where relevant & (1 << index) != 0 {
                if shown < 0 { shown = index }
                missing.formUnion(states[index].missing)
                if question == nil { question = states[index].open }
            }
            let way = ways[shown]
            e.verdict.values = values(way, states[shown].life, facts, t, regime: regime)
            e.verdict.values.openLegalQuestion = question
            if recording {
                var shownWays: [Int] = []
                for index in ways.indices where relevant & (1 << index) != 0 { shownWays.append(index) }
                explain(shownWays, ways, states, facts, t, provision: provision, regime: regime, asOf: asOf, into: &e)
            }
            let asked = expand(missing, t, regime: regime)
            if recording {
                for fact in asked.facts { e.missing(fact.contractName) }
            } else if let first = asked.first {
                e.missing(first.contractName)
            }
            e.verdict.outcome = .undetermined
            return
        }
        // 4. Denied: show the way nearest to holding (fewest conditions false or unknown).
        var shown = provision.primary
        for index in ways.indices where states[index].distance < states[shown].distance { shown = index }
        e.verdict.values = values(ways[shown], states[shown].life, facts, t, regime: regime)
        if recording {
            explain(Array(ways.indices), ways, states, facts, t, provision: provision, regime: regime, asOf: asOf, into: &e)
        }
        e.verdict.outcome = .denied
    }

    /// Whether way `a` (still open) makes way `b` irrelevant: whatever settles `a`'s unknown
    /// requirements settles `b` the same way or makes it moot.
    @inline(__always)
    static func makesIrrelevant(_ a: WayState, _ wayA: Way, _ indexA: Int, _ b: WayState, _ wayB: Way, _ indexB: Int) -> Bool {
        guard a.unknownTrue.isSubset(of: b.unknownTrue), a.unknownFalse.isSubset(of: b.unknownFalse) else { return false }
        guard a.open == nil || a.open == b.open else { return false }
        if wayA.result != .permitted, wayB.result == .permitted { return false }
        let equal = a.unknownTrue == b.unknownTrue && a.unknownFalse == b.unknownFalse && a.open == b.open
        return !equal || indexA < indexB
    }

    /// The facts to ask for, derived ones replaced by the facts they are derived from.
    @inline(__always)
    static func expand(_ missing: FactMask, _ t: TriState, regime: CoercionRegime) -> FactMask {
        var asked = missing
        if missing.contains(.helpKap24) {
            asked = asked.subtracting(FactMask(.helpKap24))
            if t[.receivesQualifyingHelp] == nil { asked.formUnion(FactMask(.receivesQualifyingHelp)) }
            if regime >= .r2025b, t[.aelKap24] == nil { asked.formUnion(FactMask(.aelKap24)) }
        }
        if missing.contains(.help24ab) {
            asked = asked.subtracting(FactMask(.help24ab))
            if t[.receivesQualifyingHelp] == nil { asked.formUnion(FactMask(.receivesQualifyingHelp)) }
            if regime >= .r2025b, t[.ael24ab] == nil { asked.formUnion(FactMask(.ael24ab)) }
        }
        return asked
    }

    /// One way's conditions, general and own, and the decision it needs.
    @inline(__always)
    static func evaluate(_ way: Way, _ facts: CoercionQuestion.Facts, _ t: TriState, regime: CoercionRegime, asOf: CivilDate) -> WayState {
        let general = GeneralConditions.set(way.general, coercive: way.coercive, in: regime)
        let needTrue = way.needTrue.union(general.needTrue)
        let needFalse = way.needFalse.union(general.needFalse)
        var state = WayState()
        let falseHits = needTrue.intersection(t.known).subtracting(t.value).union(needFalse.intersection(t.value))
        state.unknownTrue = needTrue.subtracting(t.known)
        state.unknownFalse = needFalse.subtracting(t.known)
        if !falseHits.isEmpty {
            state.denied = true
            state.falseCount = falseHits.low.nonzeroBitCount + falseHits.high.nonzeroBitCount
            return state
        }
        state.open = way.openQuestion
        if way.requiresDecision {
            if t[.hasDecision] == true {
                let life = DecisionLife.of(way, facts, t, regime: regime, asOf: asOf)
                state.life = life
                switch life.status {
                case .valid: break
                case .invalid:
                    state.denied = true
                    state.falseCount = 1
                case .unknown:
                    state.unknownTrue.formUnion(life.missing)
                    if state.open == nil { state.open = life.openQuestion }
                case .open:
                    if state.open == nil { state.open = life.openQuestion }
                }
            } else if facts.decisionDate == nil {
                // With the decision unknown, its date will be asked for as well.
                state.unknownTrue.formUnion(FactMask(.decisionDateKnown))
            }
        }
        return state
    }

    /// The values of a decision under `way`.
    static func values(_ way: Way, _ life: DecisionLife?, _ facts: CoercionQuestion.Facts, _ t: TriState, regime: CoercionRegime) -> Values {
        var values = Values()
        values.sectionID = way.section
        values.requiresPriorDecision = way.requiresDecision
        values.decidedBy = decidedBy(way, facts, t, regime: regime)
        if regime.from2020 {
            switch way.general {
            case .kap24: values.targetGroup = .all
            case .kap24a: values.targetGroup = .chapter24a
            case .kap24b: values.targetGroup = .chapter24b
            case .none: break
            }
        }
        if let life {
            values.maxDurationMonths = life.maxMonths
            values.durationKind = life.kind
            values.decisionValidUntil = life.validUntil
        } else {
            switch way.duration {
            case .fixed(let months, _): values.maxDurationMonths = Int(months); values.durationKind = .fixed
            case .upTo(let months, _): values.maxDurationMonths = Int(months); values.durationKind = .upTo
            case .extendable(let months, _, _): values.maxDurationMonths = Int(months); values.durationKind = .upTo
            case .setByDecision, .setByDecisionOnly: values.durationKind = .setByDecision
            case .statedInDecision: values.durationKind = .statedInDecision
            case .none: break
            }
        }
        return values
    }

    /// Who decides under `way` on this date, for these facts.
    @inline(__always)
    static func decidedBy(_ way: Way, _ facts: CoercionQuestion.Facts, _ t: TriState, regime: CoercionRegime) -> DecidedBy {
        switch way.authority {
        case .councilWithRepresentative:
            let agrees = (t[.representativeAgrees] ?? t[.guardianConsents]) == true
            let counts = facts.representative.map { Derive.counts($0, regime: regime) } ?? true
            return agrees && counts ? .municipalCouncil : regime.decidedBy(.admissionAuthority)
        case .council where way.duties.contains(.visitRestriction) && t[.provisionalDecision] == true:
            return .municipalAdministration
        default:
            return regime.decidedBy(way.authority)
        }
    }

    // MARK: The explanation (recording only)

    static func explain<R: Recorder>(
        _ shown: [Int], _ ways: [Way], _ states: States, _ facts: CoercionQuestion.Facts, _ t: TriState,
        provision: Provision, regime: CoercionRegime, asOf: CivilDate, into e: inout Evaluation<Values, R>
    ) {
        if provision.consentApplies {
            switch facts.consent {
            case nil:
                e.recorder.test(Citation(.sel, "124 a"), holds: nil, LocalizedText(
                    da: "Det er ukendt, om personen samtykker. Passivitet er ikke samtykke, og pårørendes eller værges samtykke tæller ikke.",
                    en: "Whether the person consents is unknown. Passivity is not consent, and a relative's or guardian's consent does not count."))
            case .passive?:
                e.recorder.test(Citation(.sel, "124 a"), holds: true, LocalizedText(
                    da: "Personen er passiv. Passivitet er ikke samtykke; reglerne om magtanvendelse gælder, og passivitet læses som en indsigelse.",
                    en: "The person is passive. Passivity is not consent; the coercion rules apply, and passivity is read as an objection."))
            case .refuses?:
                e.recorder.test(Citation(.sel, "124 a"), holds: true, LocalizedText(
                    da: "Personen modsætter sig; reglerne om magtanvendelse gælder.",
                    en: "The person refuses; the coercion rules apply."))
            case .unable?:
                e.recorder.test(Citation(.sel, "124 a"), holds: true, LocalizedText(
                    da: "Personen kan ikke give samtykke; reglerne om magtanvendelse gælder.",
                    en: "The person cannot consent; the coercion rules apply."))
            case .valid?:
                break
            }
        }
        var recorded = FactMask(.notConsenting)
        for index in shown {
            let way = ways[index]
            let general = GeneralConditions.set(way.general, coercive: way.coercive, in: regime)
            for condition in general.conditions where !recorded.contains(condition.fact) {
                recorded.formUnion(FactMask(condition.fact))
                record(condition, t, regime: regime, into: &e)
            }
            for condition in way.conditions {
                record(condition, t, regime: regime, into: &e)
                if condition.fact == .technologyListed {
                    e.recorder.cite(WelfareTechnologyList.cite(on: asOf, regime: regime).citation)
                    if t[.technologyOnApprovedList] == nil { e.recorder.cite(WelfareTechnologyList.useCite(on: asOf, regime: regime).citation) }
                }
            }
            e.recorder.cite(way.section.citation)
            if let question = way.openQuestion {
                e.recorder.test(way.section.citation, holds: nil, Texts.open(question, asOf: asOf))
            }
            if way.requiresDecision {
                e.recorder.test(way.section.citation, holds: t[.hasDecision], Texts.priorDecision(way, regime: regime, facts: facts, t: t))
                if let life = states[index].life { Texts.explain(life, way: way, facts: facts, regime: regime, asOf: asOf, into: &e) }
            }
        }
    }

    static func record<R: Recorder>(_ condition: Condition, _ t: TriState, regime: CoercionRegime, into e: inout Evaluation<Values, R>) {
        let value = t[condition.fact]
        e.recorder.test(condition.cite(in: regime).citation, holds: value.map { $0 == condition.needed }, condition.text)
        if condition.rule != nil { e.recorder.cite(condition.cite.citation) }
    }
}
