import SocialPolicyCore

/// Facts that contradict each other or the date asked about are bad input (issue 13, item 6):
/// a `PolicyError` naming the fact, never an answer. Checked where the contradiction matters —
/// for the facts the measure's provision reads on `asOf` — so that a fact the rules never read
/// does not turn a case away.
package enum Validation {
    static func fail(_ fact: String, _ message: String) -> PolicyError {
        PolicyError(code: .contradictoryFacts, field: "facts.\(fact)", message: message)
    }

    package static func check(_ facts: CoercionQuestion.Facts, asOf: CivilDate) throws(PolicyError) {
        if let act = facts.actDate, act > asOf {
            throw fail("actDate", "the measure is dated \(act), after asOf \(asOf): ask with asOf on or after the day of the act")
        }
        let regime = CoercionRegime(on: asOf)
        guard case .provision(let provision) = RouteTable.route(facts.intervention, in: regime) else { return }
        let t = facts.bits
        if provision.needsDecision, facts.hasDecision != false {
            if let date = facts.decisionDate, date > asOf {
                throw fail("decisionDate", "the decision is dated \(date), after asOf \(asOf): a decision not yet made authorises nothing on asOf")
            }
            if let end = facts.decisionPeriodEndsOn {
                if let date = facts.decisionDate, end < date {
                    throw fail("decisionPeriodEndsOn", "the decision's period ends \(end), before the decision (\(facts.decisionDate.map { "\($0)" } ?? ""))")
                }
                if facts.hasDecision == true, end < asOf {
                    throw fail("decisionPeriodEndsOn", "the decision's own period ended on \(end), before asOf \(asOf): it authorises nothing on asOf (say hasDecision: false)")
                }
            }
            if provision.reassesses, let reassessed = facts.lastReassessedOn {
                if reassessed > asOf {
                    throw fail("lastReassessedOn", "the reassessment is dated \(reassessed), after asOf \(asOf)")
                }
                if let date = facts.decisionDate, reassessed < date {
                    throw fail("lastReassessedOn", "the reassessment (\(reassessed)) predates the decision (\(date))")
                }
            }
        }
        let reads = provision.reads
        if reads.contains(.transgressiveAny), t[.severelyTransgressiveBehaviour] == true, t[.transgressiveOrConflictBehaviour] == false {
            throw fail("transgressiveOrConflictBehaviour", "very transgressive behaviour (severelyTransgressiveBehaviour: true) is transgressive behaviour")
        }
        if reads.contains(.imminentRiskOfAnyInjury), t[.imminentRiskOfSeriousInjury] == true, t[.imminentRiskOfInjury] == false {
            throw fail("imminentRiskOfInjury", "an imminent risk of serious injury (imminentRiskOfSeriousInjury: true) is an imminent risk of injury")
        }
        if reads.contains(.lacksCapacity), let lacks = t[.lacksCapacityToConsent] {
            if facts.consent == .unable, !lacks {
                throw fail("lacksCapacityToConsent", "consent \"unable\" means the person cannot give consent")
            }
            if facts.consent == .valid, lacks {
                throw fail("lacksCapacityToConsent", "consent \"valid\" is given by a person able to give it")
            }
        }
        if reads.contains(.purposeFall) || reads.contains(.purposeFallLegacy), let only = t[.purposeIsFallPreventionOnly],
            let purpose = facts.beltPurpose, only != (purpose == .fall)
        {
            throw fail("beltPurpose", "beltPurpose \"\(purpose.rawValue)\" contradicts purposeIsFallPreventionOnly: \(only)")
        }
        if reads.contains(.technologyListed), regime >= .r2020, let listed = t[.technologyOnApprovedList] {
            if let kind = facts.welfareTechnologyKind, listed, !WelfareTechnologyList.lists(kind, regime: regime) {
                throw fail("technologyOnApprovedList", "a \(kind.rawValue) is on no list in force on \(asOf)")
            }
            if let use = facts.welfareTechnologyUse, listed, !WelfareTechnologyList.allows(use) {
                throw fail("technologyOnApprovedList", "continuous monitoring is on no list")
            }
        }
        if reads.contains(.representativeNoObjection) || reads.contains(.representativeAgrees), let representative = facts.representative {
            switch representative {
            case .none:
                if t[.hasGuardian] == true { throw fail("representative", "\"none\" contradicts hasGuardian: true") }
                if t[.representativeObjects] == true { throw fail("representativeObjects", "there is no representative to object") }
                if t[.representativeAgrees] == true || t[.guardianConsents] == true {
                    throw fail("representativeAgrees", "there is no representative to agree")
                }
            case .guardian, .futureAttorney:
                if t[.hasGuardian] == false { throw fail("hasGuardian", "a \(representative.rawValue) is a værge or fremtidsfuldmægtig") }
            case .closeRelativeWithAttest:
                if regime < .r2025a { throw fail("representative", "the nær pårørende med attest (LOV 729/2025) does not exist before 2025-06-20") }
                if t[.hasGuardian] == true {
                    throw fail("hasGuardian", "an attest is not issued where a værge or fremtidsfuldmægtig covers the matter (værgemålsloven § 33 a, stk. 4)")
                }
                if t[.guardianConsents] == true { throw fail("guardianConsents", "a nær pårørende med attest is not a værge or fremtidsfuldmægtig: use representativeAgrees") }
            }
        }
        if reads.contains(.representativeAgrees), facts.representative != .closeRelativeWithAttest,
            let agrees = t[.representativeAgrees], let consents = t[.guardianConsents], agrees != consents
        {
            throw fail("representativeAgrees", "representativeAgrees: \(agrees) contradicts guardianConsents: \(consents)")
        }
    }
}
