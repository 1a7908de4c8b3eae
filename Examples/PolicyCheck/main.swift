// policy-check — the example CLI that speaks the scenario contract (../shared/contract/SCENARIOS.md).
//
// The only part of SocialPolicyKit that reads files: it finds scenario files, hands their
// bytes to the library, and prints decisions for a person (Danish by default) or as JSON Lines.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import SocialPolicyKit

let usage = """
    policy-check — Danish social-services law and municipal policy as checkable rules

    USAGE
      policy-check evaluate [--json] [--language da|en] PATH…
          Evaluate scenario files (a file, every *.json under a folder, or - for standard
          input). Prints each decision for a caseworker, or with --json one decision per line.
      policy-check test PATH…
          Evaluate scenarios and compare each with its "expect"; prints one line per failure
          and ends with "N passed, N failed".
      policy-check questions [--language da|en]
          List every question with its facts, rule sets and the municipalities known.
      policy-check --help

    EXIT STATUS
      0 all well · 1 a test failed · 2 bad input or usage
    """

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// One scenario document to evaluate: where it came from and its bytes.
struct Source {
    let path: String
    let bytes: [UInt8]
}

enum InputError: Error {
    case unreadable(String)
}

/// Expands the command-line paths into scenario documents, folders sorted by path.
func collect(_ paths: [String]) throws(InputError) -> [Source] {
    var sources: [Source] = []
    let manager = FileManager.default
    for path in paths {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            sources.append(Source(path: "-", bytes: Array(data)))
            continue
        }
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable("\(path): no such file or folder")
        }
        if isDirectory.boolValue {
            guard let enumerator = manager.enumerator(atPath: path) else { throw .unreadable("\(path): cannot read folder") }
            var files: [String] = []
            for case let item as String in enumerator where item.hasSuffix(".json") {
                files.append(item)
            }
            for file in files.sorted() {
                let full = (path as NSString).appendingPathComponent(file)
                guard let data = manager.contents(atPath: full) else { throw .unreadable("\(full): cannot read file") }
                sources.append(Source(path: full, bytes: Array(data)))
            }
        } else {
            guard let data = manager.contents(atPath: path) else { throw .unreadable("\(path): cannot read file") }
            sources.append(Source(path: path, bytes: Array(data)))
        }
    }
    return sources
}

/// The outcome of reading and evaluating one document.
enum Evaluated {
    case decision(Scenario, Decision)
    case badInput(id: String?, PolicyError)
}

func evaluate(_ source: Source, catalogue: PolicyCatalogue) -> Evaluated {
    let json: JSONValue
    do {
        json = try JSONParser.parse(source.bytes)
    } catch {
        return .badInput(id: nil, error)
    }
    do {
        let scenario = try Scenario(json: json)
        return .decision(scenario, try catalogue.evaluate(scenario))
    } catch {
        return .badInput(id: Scenario.id(in: json), error)
    }
}

struct Options {
    var json = false
    var language: Language? = nil
    var paths: [String] = []
}

func parseOptions(_ arguments: ArraySlice<String>) -> Options? {
    var options = Options()
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
        switch argument {
        case "--json": options.json = true
        case "--language":
            guard let code = iterator.next(), let language = Language(rawValue: code) else {
                printError("policy-check: --language takes da or en")
                return nil
            }
            options.language = language
        case "-": options.paths.append(argument)
        case _ where argument.hasPrefix("-"):
            printError("policy-check: unknown option \(argument)")
            return nil
        default: options.paths.append(argument)
        }
    }
    return options
}

/// The scenario documents named on the command line, or `nil` (after printing why) when
/// there are none or one cannot be read.
func sources(for command: String, _ paths: [String]) -> [Source]? {
    guard !paths.isEmpty else {
        printError("policy-check \(command): give at least one PATH (or - for standard input)")
        return nil
    }
    do {
        return try collect(paths)
    } catch {
        if case .unreadable(let message) = error { printError("policy-check: \(message)") }
        return nil
    }
}

func runEvaluate(_ options: Options, catalogue: PolicyCatalogue) -> Int32 {
    guard let sources = sources(for: "evaluate", options.paths) else { return 2 }
    var status: Int32 = 0
    var first = true
    for source in sources {
        switch evaluate(source, catalogue: catalogue) {
        case .decision(let scenario, let decision):
            if options.json {
                print(DecisionJSON.json(decision).serialized)
            } else {
                if !first { print("") }
                print(DecisionText.render(decision, in: options.language ?? scenario.language))
            }
        case .badInput(let id, let error):
            status = 2
            if options.json {
                print(DecisionJSON.errorLine(id: id, file: source.path, error: error))
            } else {
                if !first { print("") }
                print("\(source.path): \(id.map { "\($0): " } ?? "")\(options.language == .english ? "bad input" : "fejl i input"): \(error)")
            }
        }
        first = false
    }
    return status
}

func runTest(_ options: Options, catalogue: PolicyCatalogue) -> Int32 {
    guard let sources = sources(for: "test", options.paths) else {
        print("0 passed, 0 failed")
        return 2
    }
    var passed = 0
    var failed = 0
    var badInput = false
    for source in sources {
        let problems: [String]
        let name: String
        switch evaluate(source, catalogue: catalogue) {
        case .decision(let scenario, let decision):
            name = scenario.id ?? source.path
            problems = scenario.expect?.mismatches(decision) ?? []
        case .badInput(let id, let error):
            name = id ?? source.path
            // The expectation is readable even when the rest of the scenario is not.
            if let json = try? JSONParser.parse(source.bytes), let expect = json["expect"],
                let parsed = try? ScenarioExpectation(json: expect)
            {
                problems = parsed.mismatches(error: error)
                if parsed.error == nil { badInput = true }
            } else {
                problems = ["bad input: \(error)"]
                badInput = true
            }
        }
        if problems.isEmpty {
            passed += 1
        } else {
            failed += 1
            print("FAIL \(name) (\(source.path)): \(problems.joined(separator: "; "))")
        }
    }
    print("\(passed) passed, \(failed) failed")
    if badInput { return 2 }
    return failed == 0 ? 0 : 1
}

func main() -> Int32 {
    let arguments = CommandLine.arguments.dropFirst()
    guard let command = arguments.first else {
        printError(usage)
        return 2
    }
    let catalogue = PolicyCatalogue.standard
    switch command {
    case "--help", "-h", "help":
        print(usage)
        return 0
    case "questions":
        guard let options = parseOptions(arguments.dropFirst()) else { return 2 }
        print(DecisionText.catalogue(catalogue, in: options.language ?? .danish))
        return 0
    case "evaluate":
        guard let options = parseOptions(arguments.dropFirst()) else { return 2 }
        return runEvaluate(options, catalogue: catalogue)
    case "test":
        guard let options = parseOptions(arguments.dropFirst()) else { return 2 }
        return runTest(options, catalogue: catalogue)
    default:
        printError("policy-check: unknown command \(command)\n\n\(usage)")
        return 2
    }
}

exit(main())
