import Foundation
import SocialPolicyKit
import Testing

/// Every scenario file under `Tests/Scenarios` — the public examples copied from
/// `../shared/scenarios/public` and the project's own — evaluated and checked against its
/// `expect`, exactly as `policy-check test` does. The files travel with the repository, so
/// these tests pass on a machine without `../shared`.
enum ScenarioFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios")

    static func all() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        for case let item as String in enumerator where item.hasSuffix(".json") { files.append(item) }
        return files.sorted()
    }

    /// The mismatches of one scenario file; empty when it passes.
    static func check(_ relativePath: String) -> [String] {
        let url = root.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else { return ["cannot read \(relativePath)"] }
        let bytes = Array(data)
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch { return ["not JSON: \(error)"] }
        guard let expectJSON = json["expect"] else { return ["scenario has no expect"] }
        let expectation: ScenarioExpectation
        do { expectation = try ScenarioExpectation(json: expectJSON) } catch { return ["bad expect: \(error)"] }
        do {
            let decision = try PolicyCatalogue.standard.evaluate(try Scenario(json: json))
            return expectation.mismatches(decision)
        } catch {
            return expectation.mismatches(error: error)
        }
    }
}

@Suite("Scenario files")
struct ScenarioFileTests {
    @Test("there are scenario files to run, public ones included")
    func scenariosExist() {
        let files = ScenarioFiles.all()
        #expect(files.contains { $0.hasPrefix("public/") })
        #expect(files.count >= 30)
    }

    @Test("each scenario file gives the decision its expect describes", arguments: ScenarioFiles.all())
    func scenario(_ path: String) {
        let problems = ScenarioFiles.check(path)
        #expect(problems.isEmpty, "\(path): \(problems.joined(separator: "; "))")
    }
}
