import Foundation
import SocialPolicyKit
import Testing

/// A sink shared by every task: counts and keeps what it receives.
///
/// Guarded by `NSLock` (a pthread mutex, which ThreadSanitizer models) rather than
/// `Synchronization.Mutex`, whose futex-based lock ThreadSanitizer on Linux does not see and
/// reports as a race.
final class SharedAuditSink: DecisionSink, @unchecked Sendable {
    private let lock = NSLock()
    private var received: [String: Int] = [:]
    private var total = 0

    func receive(_ decision: Decision) {
        // The key is everything a host would store: question, date, law, outcome, values.
        let key = "\(decision.question) \(decision.asOf) \(decision.ruleSet) \(decision.outcome.rawValue) \(decision.values.count) \(decision.explanation.count)"
        lock.lock()
        defer { lock.unlock() }
        total += 1
        received[key, default: 0] += 1
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return total
    }
    var tally: [String: Int] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }
}

/// Issue 13: every question evaluated from 8 concurrent tasks that share **one**
/// ``PolicyEvaluator`` and **one** ``DecisionSink``. Every task must get exactly the decision a
/// single thread gets for the same case, and the sink must receive every decision exactly
/// once. Run under `swift test --sanitize=thread` this is the race detector's workload
/// (Documentation/Reliability.md); `STRESS_ROUNDS=n` repeats it n times.
@Suite("Concurrency: 8 tasks, one evaluator, one sink, every question")
struct ConcurrencyStressTests {
    struct Case: Sendable {
        let question: TypedQuestion
        let bag: FactBag
        let asOf: CivilDate
    }

    /// Valid cases for every question, from the benchmark's seeded synthesizer.
    static func cases(perQuestion: Int) -> [Case] {
        var result: [Case] = []
        for question in PolicyCatalogue.standard.questions {
            guard let typed = TypedQuestion.named(question.id) else { continue }
            var synthesizer = FactSynthesizer(source: SplitMix64(seed: SplitMix64.seed(for: question.id, base: 8)), validOnly: true)
            var found = 0
            var attempts = 0
            while found < perQuestion, attempts < perQuestion * 20 {
                attempts += 1
                let facts = synthesizer.facts(for: question.factSpecs)
                let asOf = synthesizer.asOf()
                guard let bag = try? FactBag(facts, specs: question.factSpecs),
                    (try? typed.decide(PolicyEvaluator(municipality: BundledProfiles.kobenhavn), bag, asOf)) != nil
                else { continue }
                result.append(Case(question: typed, bag: bag, asOf: asOf))
                found += 1
            }
        }
        return result
    }

    @Test("8 tasks × every question: the same decisions as one thread, each received once by the shared sink")
    func eightTasksShareOneEvaluatorAndOneSink() async throws {
        let perQuestion = 40
        let cases = Self.cases(perQuestion: perQuestion)
        #expect(cases.count == perQuestion * PolicyCatalogue.standard.questions.count)
        // The reference: one thread, an evaluator without a sink.
        let alone = PolicyEvaluator(municipality: BundledProfiles.kobenhavn)
        let reference: [Decision] = try cases.map { try $0.question.decide(alone, $0.bag, $0.asOf) }
        let referenceOutcomes: [Outcome] = try cases.map { try $0.question.verdictOutcome(alone, $0.bag, $0.asOf) }

        let rounds = Int(ProcessInfo.processInfo.environment["STRESS_ROUNDS"] ?? "") ?? 1
        let sink = SharedAuditSink()
        let shared = PolicyEvaluator(municipality: BundledProfiles.kobenhavn, sink: sink)
        let tasks = 8
        let mismatches = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<tasks {
                group.addTask {
                    var wrong = 0
                    for round in 0..<rounds {
                        // Each task walks every case once per round, in its own order: rotated,
                        // and backwards for odd tasks.
                        for step in 0..<cases.count {
                            let rotated = (step + task * 97 + round * 31) % cases.count
                            let index = task % 2 == 0 ? rotated : cases.count - 1 - rotated
                            let item = cases[index]
                            if try item.question.decide(shared, item.bag, item.asOf) != reference[index] { wrong += 1 }
                            if try item.question.verdictOutcome(shared, item.bag, item.asOf) != referenceOutcomes[index] { wrong += 1 }
                        }
                    }
                    return wrong
                }
            }
            var total = 0
            for try await wrong in group { total += wrong }
            return total
        }
        #expect(mismatches == 0)
        // Every call sent exactly one decision: `decision` once, `verdict` with a sink once.
        let expected = tasks * rounds * cases.count * 2
        #expect(sink.count == expected)
        var expectedTally: [String: Int] = [:]
        for decision in reference {
            let key = "\(decision.question) \(decision.asOf) \(decision.ruleSet) \(decision.outcome.rawValue) \(decision.values.count) \(decision.explanation.count)"
            expectedTally[key, default: 0] += 2 * tasks * rounds
        }
        let tally = sink.tally
        let differing = Set(tally.keys).union(expectedTally.keys).filter { tally[$0] != expectedTally[$0] }
        #expect(differing.isEmpty, "\(differing.count) kinds of decision received a wrong number of times, e.g. \(differing.sorted().prefix(3))")
        print("concurrency: \(tasks) tasks × \(rounds) round(s) × \(cases.count) cases of \(PolicyCatalogue.standard.questions.count) questions = \(expected) decisions, \(mismatches) mismatches")
    }

    @Test("the typed list names exactly the catalogue's questions, in order")
    func typedQuestionsCoverTheCatalogue() {
        #expect(TypedQuestion.all.map(\.id) == PolicyCatalogue.standard.questions.map(\.id))
    }
}
