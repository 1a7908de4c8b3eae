import Foundation
import SocialPolicyKit
import Testing

/// Runs the built `policy-check` binary as a caseworker's shell would.
enum CLI {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `policy-check` binary next to the test bundle, or in `.build/debug`; `nil` when it
    /// has not been built (the tests are then skipped).
    static let binary: URL? = {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["POLICY_CHECK_BINARY"] {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("policy-check"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/policy-check"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct NotBuilt: Error {}

    struct Result {
        var status: Int32
        var output: String
        var errors: String
        var lines: [String] { output.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    }

    static func run(_ arguments: [String], input: String? = nil, inputFile: String? = nil) throws -> Result {
        let process = Process()
        guard let binary else { throw NotBuilt() }
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let stdin = Pipe()
        if let inputFile {
            // The file (or folder, or device) itself on standard input, as `< PATH` gives it.
            let descriptor = open(inputFile, O_RDONLY)
            guard descriptor >= 0 else { throw NotBuilt() }
            process.standardInput = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        } else {
            process.standardInput = stdin
        }
        try process.run()
        if inputFile == nil {
            if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
            try stdin.fileHandleForWriting.close()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh folder with the given scenario files.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policy-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    static let good = #"{"id": "good", "question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": 2024}, "expect": {"outcome": "determined"}}"#
    static let failing = #"{"id": "failing", "question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": 2024}, "expect": {"outcome": "permitted"}}"#
    static let wrongType = #"{"id": "wrong-type", "question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": "2024"}}"#
}

@Suite("policy-check end to end", .enabled(if: CLI.binary != nil, "policy-check is not built; run `swift build` first"))
struct CLITests {
    @Test("test: the public calendar scenarios all pass, exit 0, ending with the N passed, N failed line")
    func testPublicCalendar() throws {
        let result = try CLI.run(["test", "Tests/Scenarios/public/calendar"])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.lines.last == "3 passed, 0 failed")
    }

    @Test("test: a failed expectation exits 1, prints a FAIL line naming the scenario and the counts")
    func testFailure() throws {
        let folder = try CLI.folder(["a.json": CLI.good, "b.json": CLI.failing])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["test", folder.path])
        #expect(result.status == 1)
        #expect(result.lines.last == "1 passed, 1 failed")
        #expect(result.lines.contains { $0.hasPrefix("FAIL failing") && $0.contains("outcome: expected permitted, got determined") })
    }

    @Test("test: bad input without an expected error exits 2; with a matching expected error it passes")
    func testBadInput() throws {
        let expectedError = #"{"id": "expected-error", "question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": "2024"}, "expect": {"error": "facts.year"}}"#
        let folder = try CLI.folder(["a.json": CLI.wrongType, "b.json": expectedError])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["test", folder.path])
        #expect(result.status == 2)
        #expect(result.lines.last == "1 passed, 1 failed")
        #expect(result.output.contains("facts.year"))
        let alone = try CLI.run(["test", folder.appendingPathComponent("b.json").path])
        #expect(alone.status == 0)
        #expect(alone.lines.last == "1 passed, 0 failed")
    }

    @Test("evaluate: the bundled examples evaluate with exit 0, for a caseworker in Danish and in English")
    func evaluateExamples() throws {
        let danish = try CLI.run(["evaluate", "Examples/scenarios"])
        #expect(danish.status == 0, "\(danish.output)\(danish.errors)")
        #expect(danish.output.contains("Resultat"))
        let english = try CLI.run(["evaluate", "--language", "en", "Examples/scenarios"])
        #expect(english.status == 0)
        #expect(english.output.contains("Outcome"))
    }

    @Test("evaluate --json prints one decision per line as JSON, bad input as an error line, and exits 2")
    func evaluateJSONLines() throws {
        let folder = try CLI.folder(["a.json": CLI.good, "b.json": CLI.wrongType, "c.json": "{not json"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["evaluate", "--json", folder.path])
        #expect(result.status == 2)
        let lines = result.lines
        #expect(lines.count == 3)
        let values = try lines.map { try JSONParser.parse($0) }
        #expect(values[0]["id"] == .string("good"))
        #expect(values[0]["outcome"] == .string("determined"))
        #expect(values[0]["ruleSet"] == .string("dk-calendar@2024-01-01"))
        #expect(values[0]["engine"] == .string(SocialPolicyKit.version))
        #expect(values[0]["contract"] == .string(SocialPolicyKit.contractVersion))
        #expect(values[1]["id"] == .string("wrong-type"))
        guard case .string(let message)? = values[1]["error"] else {
            Issue.record("no error on the bad-input line")
            return
        }
        #expect(message.contains("facts.year"))
        #expect(values[1]["file"] != nil)
        #expect(values[2]["error"] != nil)
        let good = try CLI.run(["evaluate", "--json", folder.appendingPathComponent("a.json").path])
        #expect(good.status == 0)
        #expect(good.lines.count == 1)
    }

    @Test("a wrong fact type exits 2 with a one-line error naming the field")
    func wrongFactType() throws {
        let folder = try CLI.folder(["wrong.json": CLI.wrongType])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["evaluate", folder.appendingPathComponent("wrong.json").path])
        #expect(result.status == 2)
        #expect(result.lines.count == 1)
        #expect(result.output.contains("facts.year"))
        let stdin = try CLI.run(["evaluate", "-"], input: CLI.wrongType)
        #expect(stdin.status == 2)
        #expect(stdin.output.contains("facts.year"))
    }

    @Test("usage: --help exits 0; a usage error exits 64 and says See 'policy-check --help'; a missing path is bad input, 2")
    func usage() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("evaluate"))
        #expect(help.output.contains("EXIT STATUS"))
        for arguments in [[], ["frobnicate"], ["evaluate", "--yaml", "x"], ["evaluate"], ["evaluate", "--language", "de", "x"], ["serve", "x"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.errors.contains("See 'policy-check --help'"), "\(arguments): \(result.errors)")
        }
        #expect(try CLI.run(["evaluate", "/no/such/path.json"]).status == 2)
        #expect(try CLI.run(["test", "/no/such/folder"]).status == 2)
    }

    @Test("help <command> and <command> --help print the command's help; --option=value equals --option value")
    func helpAndOptionForms() throws {
        for command in ["evaluate", "test", "serve", "questions", "schema"] {
            let viaHelp = try CLI.run(["help", command])
            let viaFlag = try CLI.run([command, "--help"])
            #expect(viaHelp.status == 0 && viaFlag.status == 0)
            #expect(viaHelp.output == viaFlag.output)
            #expect(viaHelp.output.contains("USAGE: policy-check \(command)"))
        }
        let file = "Examples/scenarios/deadline-christmas-2024.json"
        let spaced = try CLI.run(["evaluate", "--language", "en", file])
        let joined = try CLI.run(["evaluate", "--language=en-GB", file])
        #expect(spaced.status == 0)
        #expect(spaced.output == joined.output)
        #expect(joined.output.contains("Outcome"))
    }

    @Test("--version names the library and contract versions; completion scripts for bash, zsh and fish")
    func versionAndCompletion() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.contains(SocialPolicyKit.version))
        #expect(version.output.contains("contract \(SocialPolicyKit.contractVersion)"))
        for shell in ["bash", "zsh", "fish"] {
            let script = try CLI.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.output.contains("serve") && script.output.contains("policy-check"), "\(shell)")
            #expect(try CLI.run(["--generate-completion-script=\(shell)"]).output == script.output)
        }
        #expect(try CLI.run(["--generate-completion-script", "powershell"]).status == 64)
    }

    @Test("questions lists every question of the catalogue with its facts")
    func questions() throws {
        let result = try CLI.run(["questions"])
        #expect(result.status == 0)
        for question in PolicyCatalogue.standard.questions {
            #expect(result.output.contains(question.id))
            for spec in question.factSpecs { #expect(result.output.contains(spec.name), "\(question.id).\(spec.name)") }
        }
    }
}
