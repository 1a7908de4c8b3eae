import Foundation
import SocialPolicyKit
import Testing

// Issue 12 item 3: `policy-check serve`, the co-process for hosts that are not Swift.

@Suite("policy-check serve", .enabled(if: CLI.binary != nil, "policy-check is not built; run `swift build` first"))
struct ServeTests {
    static let holidays = #"{"id": "h", "question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": 2024}}"#

    @Test("one answer per line, in input order; a bad line is an error object with code and field and never stops the stream; exit 0")
    func answersInOrder() throws {
        let input = [
            "\u{FEFF}" + Self.holidays, "{not json", "", CLI.wrongType, #"{"question": "no.such", "asOf": "2024-01-01", "facts": {}}"#,
            Self.holidays.replacingOccurrences(of: "\"h\"", with: "\"last\""),
        ].joined(separator: "\n")
        let result = try CLI.run(["serve"], input: input)
        #expect(result.status == 0, "\(result.errors)")
        let lines = try result.lines.map { try JSONParser.parse($0) }
        #expect(lines.count == 5)  // the blank line is skipped
        #expect(lines[0]["outcome"] == .string("determined"))
        #expect(lines[0]["explanation"] != nil)
        #expect(lines[1]["code"] == .string("malformed-input"))
        #expect(lines[1]["line"] == .int(2))
        #expect(lines[2]["code"] == .string("wrong-type"))
        #expect(lines[2]["field"] == .string("facts.year"))
        #expect(lines[2]["id"] == .string("wrong-type"))
        #expect(lines[3]["code"] == .string("unknown-question"))
        #expect(lines[4]["id"] == .string("last"))
        #expect(lines[4]["engine"] == .string(SocialPolicyKit.version))
    }

    @Test("--no-explain: outcome, values, obligations without texts and missing facts only; --language keeps one language")
    func noExplain() throws {
        let scenario = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("Examples/scenarios/coercion-fob-2017-9-door-alarm-reassessment.json"), encoding: .utf8)
        let line = try JSONParser.parse(Array(scenario.utf8)).serialized
        let lean = try CLI.run(["serve", "--no-explain"], input: line + "\n")
        let full = try CLI.run(["serve", "--explain"], input: line + "\n")
        let english = try CLI.run(["serve", "--language=en"], input: line + "\n")
        let leanJSON = try JSONParser.parse(lean.output)
        let fullJSON = try JSONParser.parse(full.output)
        #expect(leanJSON["outcome"] == fullJSON["outcome"])
        #expect(leanJSON["values"] == fullJSON["values"])
        #expect(leanJSON["missingFacts"] == fullJSON["missingFacts"])
        #expect(leanJSON["explanation"] == nil && leanJSON["citations"] == nil && leanJSON["legalBasis"] == nil)
        guard case .array(let obligations)? = leanJSON["obligations"], case .array(let fullObligations)? = fullJSON["obligations"] else {
            Issue.record("no obligations")
            return
        }
        #expect(obligations.count == fullObligations.count && !obligations.isEmpty)
        #expect(obligations.allSatisfy { $0["text"] == nil && $0["code"] != nil && $0["citation"] != nil })
        guard case .array(let steps)? = try JSONParser.parse(english.output)["explanation"], let step = steps.first else {
            Issue.record("no explanation")
            return
        }
        #expect(step["text"]?["en"] != nil && step["text"]?["da"] == nil)
    }

    @Test("each answer is written before serve waits for the next line: a co-process gets it without closing the input")
    func answersWhileRunning() throws {
        guard let binary = CLI.binary else { return }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        for round in 1...3 {
            input.fileHandleForWriting.write(Data((Self.holidays.replacingOccurrences(of: "\"h\"", with: "\"r\(round)\"") + "\n").utf8))
            var received = Data()
            let deadline = Date().addingTimeInterval(20)
            while !received.contains(0x0A), Date() < deadline {
                received.append(output.fileHandleForReading.availableData)
            }
            let answer = try JSONParser.parse(Array(received))
            #expect(answer["id"] == .string("r\(round)"))
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("a line over the 1 MiB maximum is answered with an error and skipped; the next line is answered")
    func overlongLine() throws {
        let long = "{\"id\": \"" + String(repeating: "x", count: 1_200_000) + "\"}"
        let result = try CLI.run(["serve"], input: long + "\n" + Self.holidays + "\n")
        #expect(result.status == 0)
        let lines = try result.lines.map { try JSONParser.parse($0) }
        #expect(lines.count == 2)
        #expect(lines[0]["code"] == .string("malformed-input"))
        #expect(lines[1]["id"] == .string("h"))
    }

    @Test("the Python client keeps one serve process and gets one answer per scenario", .enabled(if: ServeTests.python != nil, "python3 not found"))
    func pythonClient() throws {
        guard let python = ServeTests.python, let binary = CLI.binary else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["Examples/python-client/demo.py", "--binary", binary.path, "Examples/scenarios"]
        process.currentDirectoryURL = CLI.repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
        let files = try FileManager.default.contentsOfDirectory(atPath: CLI.repositoryRoot.appendingPathComponent("Examples/scenarios").path)
            .filter { $0.hasSuffix(".json") }
        #expect(text.contains("served \(files.count + 2) scenarios, exit status 0"))
        #expect(text.contains("bad-input error wrong-type facts.year"))
        #expect(text.contains("after-bad-input determined \(SocialPolicyKit.version)"))
    }

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}
