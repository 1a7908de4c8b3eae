// The commands that read scenario files: `evaluate` and `test`; and the catalogue commands.

import SocialPolicyKit

/// The outcome of reading and evaluating one document.
enum Evaluated {
    case decision(Scenario, Decision)
    case badInput(id: String?, PolicyError)
    case unreadable(ReadFailure)
}

func evaluate(_ bytes: [UInt8], catalogue: PolicyCatalogue) -> Evaluated {
    let json: JSONValue
    do {
        json = try JSONParser.parse(Array(withoutByteOrderMark(bytes)))
    } catch {
        return .badInput(id: nil, error)
    }
    do throws(PolicyError) {
        let scenario = try Scenario(json: json)
        return .decision(scenario, try catalogue.evaluate(scenario))
    } catch {
        return .badInput(id: Scenario.id(in: json), error)
    }
}

/// Every document named on the command line, evaluated: a file's single scenario, or each
/// line of JSON Lines input, with the name to report it under.
func evaluateAll(_ paths: [String], catalogue: PolicyCatalogue) -> [(name: String, bytes: [UInt8]?, result: Evaluated)] {
    var results: [(String, [UInt8]?, Evaluated)] = []
    for source in collect(paths) {
        switch source.content {
        case .failure(let failure):
            results.append((source.path, nil, .unreadable(failure)))
        case .success(let bytes):
            for document in documents(in: bytes) {
                let name = document.line.map { "\(source.path):\($0)" } ?? source.path
                results.append((name, document.bytes, evaluate(document.bytes, catalogue: catalogue)))
            }
        }
    }
    return results
}

func runEvaluate(_ options: Options, catalogue: PolicyCatalogue) throws(UsageError) -> Int32 {
    guard !options.paths.isEmpty else { throw UsageError(message: "evaluate needs at least one <path> (or - for standard input)") }
    let json = options.flags.contains("json")
    let language = try options.language()
    var status = ExitStatus.success
    var first = true
    let out = Console.out
    for (name, _, result) in evaluateAll(options.paths, catalogue: catalogue) {
        if !json, !first { out.line("") }
        first = false
        switch result {
        case .decision(let scenario, let decision):
            out.line(json ? DecisionJSON.json(decision).serialized : DecisionText.render(decision, in: language ?? scenario.language))
        case .badInput(let id, let error):
            status = ExitStatus.badInput
            if json {
                out.line(DecisionJSON.errorLine(id: id, file: name, error: error))
            } else {
                out.line("\(name): \(id.map { "\($0): " } ?? "")\(language == .english ? "bad input" : "fejl i input"): \(error)")
            }
        case .unreadable(let failure):
            status = ExitStatus.badInput
            if json {
                out.line(
                    DecisionJSON.errorLine(
                        id: nil, file: name, error: PolicyError(code: .malformedInput, field: "file", message: failure.message)))
            } else {
                out.line("\(language == .english ? "cannot read" : "kan ikke læses"): \(failure.message)")
            }
        }
    }
    return status
}

func runTest(_ options: Options, catalogue: PolicyCatalogue) throws(UsageError) -> Int32 {
    guard !options.paths.isEmpty else { throw UsageError(message: "test needs at least one <path>") }
    var passed = 0
    var failed = 0
    var badInput = false
    let out = Console.out
    for (name, bytes, result) in evaluateAll(options.paths, catalogue: catalogue) {
        let problems: [String]
        let label: String
        switch result {
        case .decision(let scenario, let decision):
            label = "\(scenario.id ?? name) (\(name))"
            problems = scenario.expect?.mismatches(decision) ?? []
        case .badInput(let id, let error):
            label = "\(id ?? name) (\(name))"
            // The expectation is readable even when the rest of the scenario is not.
            if let bytes, let json = try? JSONParser.parse(Array(withoutByteOrderMark(bytes))), let expect = json["expect"],
                let parsed = try? ScenarioExpectation(json: expect)
            {
                problems = parsed.mismatches(error: error)
                if parsed.error == nil { badInput = true }
            } else {
                problems = ["bad input: \(error)"]
                badInput = true
            }
        case .unreadable(let failure):
            label = name
            problems = ["cannot read: \(failure.message)"]
            badInput = true
        }
        if problems.isEmpty {
            passed += 1
        } else {
            failed += 1
            out.line("FAIL \(label): \(problems.joined(separator: "; "))")
        }
    }
    if passed + failed == 0 {
        out.line("FAIL no scenario was run")
        badInput = true
    }
    out.line("\(passed) passed, \(failed) failed")
    if badInput { return ExitStatus.badInput }
    return failed == 0 ? ExitStatus.success : ExitStatus.testFailed
}

func runQuestions(_ options: Options, catalogue: PolicyCatalogue) throws(UsageError) -> Int32 {
    let language = try options.language()
    if options.flags.contains("json") {
        Console.out.line(ContractDocument.catalogue(catalogue).prettyPrinted)
    } else {
        Console.out.line(DecisionText.catalogue(catalogue, in: language ?? .danish))
    }
    return ExitStatus.success
}

func runSchema(_ options: Options, catalogue: PolicyCatalogue) throws(UsageError) -> Int32 {
    guard options.paths.count == 1, let name = options.paths.first else {
        throw UsageError(message: "schema needs one argument: scenario or decision")
    }
    switch name {
    case "scenario": Console.out.line(ContractDocument.scenarioSchema(catalogue).prettyPrinted)
    case "decision": Console.out.line(ContractDocument.decisionSchema(catalogue).prettyPrinted)
    default: throw UsageError(message: "schema knows scenario and decision, not '\(name.prefix(40))'")
    }
    return ExitStatus.success
}
