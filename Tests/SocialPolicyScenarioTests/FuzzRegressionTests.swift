import Foundation
import SocialPolicyKit
import Testing

/// Every input in `Fuzz/regressions/` — the faults the fuzzer and issue 13 found — replayed
/// through the path the fuzz target takes, so that `swift test` keeps them fixed without a
/// fuzzing toolchain:
///
/// - `*.json`: a scenario document, parsed, decoded and evaluated; its `expect` (if any) must
///   hold. A document that cannot be parsed must fail with a bounded, named error
///   (`invalid-utf8-*` with the byte offset).
/// - `*.plan`: a hostile document (``HostileDocument/Plan``: the first byte 0xF0 selects the
///   fuzzer's hostile mode, the next five bytes are the plan) of up to 16 MB; parsing must be
///   linear, a document over a limit must give `limit-exceeded`, and no error may echo more
///   than a bounded excerpt of the input.
@Suite("Fuzz regressions replay")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/regressions")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".plan") }.sorted()
    }()

    static let maximumErrorCharacters = PolicyError.maximumFieldLength + PolicyError.maximumMessageLength + 2

    static func bytes(_ name: String) throws -> [UInt8] {
        let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
        return Array(data)
    }

    @Test("the regression folder holds the corpus of issue 13")
    func corpusIsThere() {
        #expect(Self.files.count >= 20, "\(Self.files)")
        for name in ["wide-object-200000-keys.plan", "long-fact-name-10mb.plan", "byte-order-mark.json",
                     "invalid-utf8-in-fact-value.json", "coercion-lock-doors-unknown-decision-date.json",
                     "impossible-date-2025-02-30.json", "deadline-after-9999-12-31.json"] {
            #expect(Self.files.contains(name), "\(name)")
        }
    }

    @Test("every regression replays: no crash, linear parsing, named and bounded errors, expectations hold", arguments: files)
    func replay(_ name: String) throws {
        let bytes = try Self.bytes(name)
        if name.hasSuffix(".plan") {
            try replayPlan(name, bytes)
        } else {
            replayDocument(name, bytes)
        }
    }

    func replayDocument(_ name: String, _ bytes: [UInt8]) {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            #expect(!error.field.isEmpty)
            #expect(error.description.count <= Self.maximumErrorCharacters)
            if name.hasPrefix("invalid-utf8") {
                #expect(error.code == .malformedInput)
                #expect(error.message.contains("invalid UTF-8 at byte"), "\(error.message)")
            }
            return
        }
        #expect(!name.hasPrefix("invalid-utf8"), "\(name) must not parse")
        let expectation = json["expect"].flatMap { try? ScenarioExpectation(json: $0) }
        do {
            let decision = try PolicyCatalogue.standard.evaluate(try Scenario(json: json))
            #expect(try JSONParser.parse(DecisionJSON.json(decision).serialized) != .null)
            if let expectation { #expect(expectation.mismatches(decision).isEmpty, "\(name): \(expectation.mismatches(decision))") }
        } catch {
            #expect(!error.field.isEmpty)
            #expect(error.description.count <= Self.maximumErrorCharacters)
            if let expectation {
                #expect(expectation.mismatches(error: error).isEmpty, "\(name): \(expectation.mismatches(error: error))")
            }
        }
    }

    func replayPlan(_ name: String, _ bytes: [UInt8]) throws {
        #expect(bytes.first.map { $0 >= 0xF0 } == true, "a plan starts with the hostile-mode byte")
        var source = ByteChoices(Array(bytes.dropFirst()))
        let plan = HostileDocument.Plan(&source)
        let document = HostileDocument.document(plan)
        var statistics = JSONParser.Statistics()
        do {
            let json = try JSONParser.parse(document, limits: .standard, statistics: &statistics)
            #expect(document.count <= JSONParser.Limits.standard.maximumBytes)
            do {
                let decision = try PolicyCatalogue.standard.evaluate(try Scenario(json: json))
                _ = DecisionText.render(decision, in: .danish)
            } catch {
                #expect(error.description.count <= Self.maximumErrorCharacters)
            }
        } catch {
            #expect(!error.field.isEmpty)
            #expect(error.description.count <= Self.maximumErrorCharacters, "\(name): \(error.description.utf8.count) bytes")
            if document.count > JSONParser.Limits.standard.maximumBytes { #expect(error.code == .limitExceeded) }
        }
        #expect(statistics.values <= document.count + 1, "\(name): \(statistics.values) values for \(document.count) bytes")
        #expect(statistics.keyComparisons <= 2 * document.count + 16)
        if plan.shape == .longFactName {
            let specs = PolicyCatalogue.standard.questions[0].factSpecs
            #expect(throws: PolicyError.self) { try FactBag([HostileDocument.factName(plan): .bool(true)], specs: specs) }
            do {
                _ = try FactBag([HostileDocument.factName(plan): .bool(true)], specs: specs)
            } catch {
                #expect(error.description.count <= Self.maximumErrorCharacters)
                #expect(error.description.utf8.count < 4_000)
            }
        }
        print("fuzz regression \(name): \(plan.shape) \(plan.count), \(document.count) bytes, \(statistics.values) values, \(statistics.keyComparisons) key comparisons")
    }

    @Test("a plan written as bytes reads back as itself")
    func planRoundTrip() {
        for shape in HostileDocument.Shape.allCases {
            for count in [0, 1, 255, 65_535, 200_000, 10_000_128] {
                let plan = HostileDocument.Plan(shape: shape, count: count, variant: 5)
                var source = ByteChoices(plan.bytes)
                let read = HostileDocument.Plan(&source)
                #expect(read.shape == shape)
                #expect(read.variant == 5)
                #expect(read.count == min(count, HostileDocument.Plan.largest(for: shape)), "\(shape) \(count)")
            }
        }
    }
}
