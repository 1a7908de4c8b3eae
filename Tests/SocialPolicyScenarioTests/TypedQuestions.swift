import SocialPolicyKit

/// Every question type of ``PolicyCatalogue/standard``, opened: what the tests need that only a
/// typed question offers — the host's ``PolicyEvaluator`` API and the fast ``Verdict`` with its
/// typed values.
///
/// `TypedQuestionsTests` checks that the list names exactly the catalogue's questions, so a new
/// question cannot be left out of the tests that use it (the concurrency stress test, the
/// fail-closed proof).
struct TypedQuestion: Sendable {
    /// The question id.
    let id: String
    /// The explained decision through a shared evaluator (which also feeds its sink).
    let decide: @Sendable (PolicyEvaluator, FactBag, CivilDate) throws -> Decision
    /// The fast verdict through a shared evaluator (with a sink, the evaluator also builds the
    /// decision and sends it).
    let verdictOutcome: @Sendable (PolicyEvaluator, FactBag, CivilDate) throws -> Outcome
    /// What a case answers that a person may rely on, from the fast verdict; `nil` for bad input.
    let answer: @Sendable (FactBag, CivilDate, (any MunicipalPolicy)?) -> Answer?

    /// The names of the values a person may rely on when they are `true`.
    static let safeTrueValues = ["inTime", "compliant", "keepsPlace"]

    static func make<Q: PolicyQuestion>(_ question: Q.Type) -> TypedQuestion {
        // Only questions that can produce a relied-on value pay for building `fields`.
        let names = Set(Q.valueSpecs.map(\.name))
        let readsValues = !names.isDisjoint(with: safeTrueValues + ["deadline", "deadlineRunning"])
        return TypedQuestion(
            id: Q.id,
            decide: { evaluator, bag, asOf in try evaluator.decision(Q.self, for: try Q.facts(from: bag), asOf: asOf) },
            verdictOutcome: { evaluator, bag, asOf in
                try evaluator.verdict(Q.self, for: try Q.facts(from: bag), asOf: asOf).outcome
            },
            answer: { bag, asOf, municipality in
                do {
                    let verdict = try Q.verdict(for: try Q.facts(from: bag), asOf: asOf, municipality: municipality)
                    return Answer(outcome: verdict.outcome, fields: readsValues ? verdict.values.fields : [])
                } catch {
                    return nil
                }
            })
    }

    /// The catalogue's questions, in catalogue order.
    static let all: [TypedQuestion] = [
        make(CoercionQuestion.self),
        make(DisclosureQuestion.self),
        make(ConsentQuestion.self),
        make(ComplaintRouteQuestion.self),
        make(DeadlineQuestion.self),
        make(HolidaysQuestion.self),
        make(PensionAgeQuestion.self),
        make(InfluenceMatterQuestion.self),
        make(RepresentationQuestion.self),
        make(CouncilQuestion.self),
        make(InvolvementQuestion.self),
        make(ActionPlanQuestion.self),
        make(DayOfferEligibilityQuestion.self),
        make(DayOfferSupportHoursQuestion.self),
        make(DayOfferFollowUpQuestion.self),
        make(DayOfferLeaveQuestion.self),
        make(DayOfferCaseProcessingQuestion.self),
    ]

    static func named(_ id: String) -> TypedQuestion? { all.first { $0.id == id } }
}

/// What a case answers that a person may rely on: the outcome, the `true` of `inTime`,
/// `compliant` or `keepsPlace`, a `deadline` told, and whether a deadline runs.
struct Answer: Hashable, Sendable {
    var outcome: Outcome
    /// The safe values that are `true`, in ``TypedQuestion/safeTrueValues`` order.
    var safeTrue: [String] = []
    /// The safe values present, with their values (true/false), for "never changes" checks.
    var safeValues: [String: Bool] = [:]
    var deadline: CivilDate? = nil
    var deadlineRunning: Bool? = nil

    init(outcome: Outcome, fields: [NamedValue]) {
        self.outcome = outcome
        for field in fields {
            switch (field.key, field.value) {
            case (let name, .bool(let flag)) where TypedQuestion.safeTrueValues.contains(name):
                safeValues[name] = flag
            case ("deadline", .date(let date)): deadline = date
            case ("deadlineRunning", .bool(let flag)): deadlineRunning = flag
            default: break
            }
        }
        safeTrue = TypedQuestion.safeTrueValues.filter { safeValues[$0] == true }
    }

    /// Whether the answer tells a person something they may rely on.
    var reliesOnSomething: Bool { outcome == .permitted || !safeTrue.isEmpty || deadline != nil }

    /// What `completed` (the same case with more facts known) breaks of this answer, if anything.
    func broken(by completed: Answer) -> String? {
        if outcome == .permitted, completed.outcome != .permitted { return "permitted became \(completed.outcome.rawValue)" }
        for key in safeTrue where completed.safeValues[key] != true {
            return "\(key): true became \(completed.safeValues[key].map { "\($0)" } ?? "absent")"
        }
        if let deadline {
            if let other = completed.deadline, other < deadline {
                return "deadline \(deadline) told, but \(other) once the facts are known"
            }
            if completed.deadline == nil, completed.deadlineRunning == true {
                return "deadline \(deadline) told, but none once the facts are known"
            }
        }
        return nil
    }
}
