import SocialPolicyKit
import Testing

/// The fail-closed property, over every question of the catalogue: an answer given while some
/// facts are unknown must hold for **every** way of filling them in.
///
/// - `permitted` stays `permitted`;
/// - a `true` that tells a person they are safe (`inTime`, `compliant`, `keepsPlace`) stays
///   `true`;
/// - a `deadline` told to a person is never later than the deadline of any completion.
///
/// Dates and integers are enumerated, not only booleans and enums: every date fact takes, for
/// each `asOf`, the dates on both sides of every rule-set boundary of the catalogue and of the
/// limits the rules use (days, weeks, months and years before and after `asOf`); every integer
/// fact takes its range's ends and the small counts and thresholds the rules compare with.
///
/// The check is the one-step form of the property: for a case answered `permitted`, every
/// unknown fact is filled in with every candidate value, one at a time, and the answer must
/// not change; and the case's unknowns are also all filled at once, in many random ways.
/// One-step preservation at every permitted case implies preservation under every completion
/// (fill the facts one by one); the cases themselves are drawn from the whole fact space.
@Suite("Fail closed: a permitted answer survives every way of filling in its unknown facts")
struct FailClosedPropertyTests {
    static let catalogue = PolicyCatalogue.standard

    /// The `asOf` dates: the first day, the last day and a middle day of every version of every
    /// rule set, and today's and later dates.
    static let asOfDates: [CivilDate] = {
        var dates: Set<CivilDate> = [CivilDate(2013, 1, 1), CivilDate(2026, 12, 3), CivilDate(2031, 6, 1)]
        for question in catalogue.questions {
            for version in question.ruleSets.versions {
                let start = max(version.validFrom, RuleSetCatalogue.earliestSupportedDate)
                dates.insert(start)
                if let end = version.validTo {
                    dates.insert(end)
                    dates.insert(CivilDate(dayNumber: (start.dayNumber + end.dayNumber) / 2))
                } else {
                    dates.insert(start.adding(days: 200))
                }
            }
        }
        return dates.sorted()
    }()

    /// Every rule-set boundary of the catalogue: a date fact is tried on both sides of each.
    static let boundaries: [CivilDate] = {
        var dates: Set<CivilDate> = []
        for question in catalogue.questions {
            for version in question.ruleSets.versions {
                dates.insert(version.validFrom)
                dates.insert(version.validFrom.adding(days: -1))
            }
        }
        return dates.sorted()
    }()

    /// The dates a date fact takes for a case dated `asOf`.
    static func candidateDates(asOf: CivilDate) -> [CivilDate] {
        var dates: Set<CivilDate> = [asOf, asOf.adding(days: 1), asOf.adding(days: -1), CivilDate(1950, 6, 15)]
        for days in [2, 3, 5, 6, 7, 8, 13, 14, 15, 27, 28, 29] {
            dates.insert(asOf.adding(days: -days))
            dates.insert(asOf.adding(days: days))
        }
        for months in [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 18, 19, 24, 36, 60, 12 * 18, 12 * 65, 12 * 67, 12 * 70] {
            let before = asOf.adding(months: -months)
            dates.formUnion([before, before.adding(days: 1), before.adding(days: -1)])
            dates.insert(asOf.adding(months: months))
        }
        for boundary in boundaries where boundary.year >= 2009 { dates.insert(boundary) }
        return dates.sorted()
    }

    /// The values of one fact: unknown (`nil`) first, then every candidate.
    static func candidates(_ spec: FactSpec, asOf: CivilDate) -> [FactValue?] {
        var values: [FactValue?] = spec.required ? [] : [nil]
        switch spec.kind {
        case .bool:
            values += [.bool(true), .bool(false)]
        case .int(let range):
            var numbers: Set<Int> = [range.lowerBound, range.upperBound]
            for n in [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 24, 52, 53, 100, 2013, 2024, 2100] where range.contains(n) {
                numbers.insert(n)
            }
            if range.lowerBound < Int.max { numbers.insert(range.lowerBound + 1) }
            values += numbers.sorted().map { .int($0) }
        case .date:
            values += candidateDates(asOf: asOf).map { .string($0.description) }
        case .enumeration(let names):
            values += names.map { .string($0) }
        case .enumerationList(let names):
            values.append(.array([]))
            values += names.map { .array([.string($0)]) }
            values.append(.array(names.map { .string($0) }))
        }
        return values
    }

    /// What a case answers that a person may rely on.
    struct Reliance: Equatable {
        var permitted = false
        var safeTrue: [String] = []
        var deadline: CivilDate? = nil

        init(_ decision: Decision) {
            permitted = decision.outcome == .permitted
            for key in ["inTime", "compliant", "keepsPlace"] where decision.value(key) == .bool(true) { safeTrue.append(key) }
            if case .date(let date)? = decision.value("deadline") { deadline = date }
        }

        var reliesOnSomething: Bool { permitted || !safeTrue.isEmpty || deadline != nil }

        /// What `completed` breaks of this answer, if anything.
        func broken(by completed: Decision) -> String? {
            if permitted, completed.outcome != .permitted { return "permitted became \(completed.outcome.rawValue)" }
            for key in safeTrue where completed.value(key) != .bool(true) { return "\(key): true became \(completed.value(key).map { "\($0)" } ?? "absent")" }
            if let deadline {
                if case .date(let other)? = completed.value("deadline"), other < deadline {
                    return "deadline \(deadline) told, but \(other) once the facts are known"
                }
                if completed.value("deadline") == nil, completed.value("deadlineRunning") == .bool(true) {
                    return "deadline \(deadline) told, but none once the facts are known"
                }
            }
            return nil
        }
    }

    static func decide(
        _ question: AnyPolicyQuestion, _ facts: [String: FactValue], asOf: CivilDate, _ municipality: (any MunicipalPolicy)?
    ) -> Decision? {
        do {
            let bag = try FactBag(facts, specs: question.factSpecs)
            return try question.decision(facts: bag, asOf: asOf, municipality: municipality, id: nil)
        } catch {
            return nil  // bad input (a contradictory combination): no answer to rely on
        }
    }

    static let municipalities: [(any MunicipalPolicy)?] = [nil] + BundledProfiles.all.map { $0 }

    /// Facts that are options of a computation rather than facts of the case (a host's choice of
    /// reading, with a documented default): not part of the property.
    static func isOption(_ name: String) -> Bool { name == "extendOverNonWorkingDays" || name == "extendOnEves" }

    /// Cases to test for one question on one date: random ones, and the states of a walk that
    /// asks for the most decisive missing fact, answers it (mostly in a way that keeps `permitted` possible),
    /// and goes on until the answer is settled — then forgets known facts again at random. The
    /// walk reaches the permitted corners of large fact spaces that random sampling never hits.
    static func cases(
        _ question: AnyPolicyQuestion, asOf: CivilDate, _ municipality: (any MunicipalPolicy)?,
        spaces: [[FactValue?]], random: inout SplitMix64
    ) -> [[String: FactValue]] {
        var result: [[String: FactValue]] = []
        var facts: [String: FactValue] = [:]
        for (spec, values) in zip(question.factSpecs, spaces) {
            let known = spec.required || random.choose(5) == 0
            let choices = values.compactMap { $0 }
            if known, !choices.isEmpty { facts[spec.name] = choices[random.choose(choices.count)] }
        }
        result.append(facts)
        for _ in 0..<80 {
            guard let decision = decide(question, facts, asOf: asOf, municipality), decision.outcome == .undetermined,
                let next = decision.missingFacts.first(where: { name in question.factSpecs.contains { $0.name == name } && facts[name] == nil }),
                let index = question.factSpecs.firstIndex(where: { $0.name == next })
            else { break }
            let choices = spaces[index].compactMap { $0 }
            var keeping: [FactValue] = []
            for value in choices {
                var tried = facts
                tried[next] = value
                if let outcome = decide(question, tried, asOf: asOf, municipality)?.outcome, outcome == .undetermined || outcome == .permitted {
                    keeping.append(value)
                }
            }
            let pool = keeping.isEmpty || random.choose(10) == 0 ? choices : keeping
            facts[next] = pool[random.choose(pool.count)]
            result.append(facts)
        }
        // Forget some known facts of the settled case, in several ways.
        let names = facts.keys.sorted().filter { name in !(question.factSpecs.first { $0.name == name }?.required ?? true) }
        for _ in 0..<6 where !names.isEmpty {
            var forgotten = facts
            for name in names where random.choose(3) == 0 { forgotten[name] = nil }
            result.append(forgotten)
        }
        return result
    }

    @Test("permitted, inTime/compliant/keepsPlace true and told deadlines survive every completion", arguments: catalogue.questions.map(\.id))
    func failClosed(_ id: String) throws {
        let question = try #require(Self.catalogue.question(id))
        var random = SplitMix64(seed: SplitMix64.seed(for: id, base: 13))
        var cases = 0
        var reliedOn = 0
        var checked = 0
        var failures: [String] = []
        // Larger fact spaces get more walks.
        let walksPerDate = max(12, 2 * question.factSpecs.count)
        for asOf in Self.asOfDates {
            let spaces = question.factSpecs.map { Self.candidates($0, asOf: asOf) }
            for walk in 0..<walksPerDate {
                let municipality = Self.municipalities[walk % Self.municipalities.count]
                for facts in Self.cases(question, asOf: asOf, municipality, spaces: spaces, random: &random) {
                    cases += 1
                    guard let decision = Self.decide(question, facts, asOf: asOf, municipality) else { continue }
                    let reliance = Reliance(decision)
                    guard reliance.reliesOnSomething else { continue }
                    reliedOn += 1
                    let unknown = question.factSpecs.indices.filter {
                        facts[question.factSpecs[$0].name] == nil && !Self.isOption(question.factSpecs[$0].name)
                    }
                    func check(_ completed: [String: FactValue], _ what: String) {
                        checked += 1
                        guard let other = Self.decide(question, completed, asOf: asOf, municipality) else { return }
                        if let problem = reliance.broken(by: other), failures.count < 12 {
                            let known = facts.keys.sorted().map { "\($0)=\(facts[$0]!)" }.joined(separator: " ")
                            failures.append("\(id) asOf \(asOf) municipality \(municipality?.id ?? "none") [\(known)] + \(what): \(problem)")
                        }
                    }
                    // One step: each unknown fact, each candidate value.
                    for index in unknown {
                        for value in spaces[index].compactMap({ $0 }) {
                            var completed = facts
                            completed[question.factSpecs[index].name] = value
                            check(completed, "\(question.factSpecs[index].name)=\(value)")
                        }
                    }
                    // All at once, in random ways.
                    if !unknown.isEmpty {
                        for _ in 0..<8 {
                            var completed = facts
                            var what: [String] = []
                            for index in unknown {
                                let values = spaces[index].compactMap { $0 }
                                let value = values[random.choose(values.count)]
                                completed[question.factSpecs[index].name] = value
                                what.append("\(question.factSpecs[index].name)=\(value)")
                            }
                            check(completed, what.joined(separator: " "))
                        }
                    }
                }
            }
        }
        print("fail-closed \(id): \(cases) cases over \(Self.asOfDates.count) dates, \(reliedOn) relied on, \(checked) completions checked")
        if Self.pendingFixes.contains(id) {
            withKnownIssue("fail-open found by this test, being fixed (see the issue for the area)") {
                #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
            }
        } else {
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        }
    }

    /// Questions with a fail-open case this test found that is not yet fixed. Must be empty
    /// before a release: CI greps for it.
    static let pendingFixes: Set<String> = []
}
