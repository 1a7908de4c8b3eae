import Foundation
import SocialPolicyKit
import Testing

// Issue 12 item 4: Scenario, Decision and the contract's value types are Codable in exactly the
// contract's JSON, with the library's strictness whichever decoder is used.

/// Foundation's output read back with the library's parser.
func libraryJSON(_ data: Data) throws -> JSONValue { try JSONParser.parse(Array(data)) }

@Suite("Codable in the contract's JSON")
struct CodableTests {
    @Test("every public and own scenario file: JSONDecoder reads the same Scenario as the library, JSONEncoder/JSONDecoder round-trip it, and the decision's JSONEncoder output is the library's own JSON value")
    func everyScenarioFile() throws {
        var problems: [String] = []
        var decisions = 0
        var citations = 0
        for path in ScenarioFiles.all() {
            guard let data = FileManager.default.contents(atPath: ScenarioFiles.root.appendingPathComponent(path).path) else {
                problems.append("\(path): unreadable")
                continue
            }
            let library: Scenario
            do {
                library = try Scenario(json: Array(data))
            } catch {
                // Bad input on purpose: the same error through JSONDecoder (unless the file is
                // not JSON at all, which JSONDecoder reports in its own words).
                guard (try? JSONParser.parse(Array(data))) != nil else { continue }
                do {
                    _ = try JSONDecoder().decode(Scenario.self, from: data)
                    problems.append("\(path): JSONDecoder accepted what the library rejects (\(error))")
                } catch let decoded as PolicyError {
                    if decoded != error { problems.append("\(path): library \(error), JSONDecoder \(decoded)") }
                } catch let other {
                    problems.append("\(path): JSONDecoder threw \(other), not a PolicyError")
                }
                continue
            }
            let decoded = try JSONDecoder().decode(Scenario.self, from: data)
            if decoded != library { problems.append("\(path): JSONDecoder read a different scenario") }
            let again = try JSONDecoder().decode(Scenario.self, from: try JSONEncoder().encode(library))
            if again != library { problems.append("\(path): the scenario does not round-trip") }
            guard let decision = try? PolicyCatalogue.standard.evaluate(library) else { continue }
            decisions += 1
            let own = DecisionJSON.json(decision)
            let foundation = try libraryJSON(try JSONEncoder().encode(decision))
            if !own.isEquivalent(to: foundation) { problems.append("\(path): JSONEncoder's decision differs from DecisionJSON") }
            let back = try JSONDecoder().decode(Decision.self, from: try JSONEncoder().encode(decision))
            if !DecisionJSON.json(back).isEquivalent(to: own) { problems.append("\(path): the decision does not round-trip") }
            // Also from the library's own text.
            let fromText = try JSONDecoder().decode(Decision.self, from: Data(own.serialized.utf8))
            if !DecisionJSON.json(fromText).isEquivalent(to: own) { problems.append("\(path): the library's JSON does not decode") }
            for citation in decision.citations + decision.obligations.map(\.citation) {
                citations += 1
                if Citation(parsing: citation.description)?.description != citation.description { problems.append("\(path): citation \(citation) does not read back") }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        #expect(decisions > 300)
        print("Codable: \(ScenarioFiles.all().count) scenario files, \(decisions) decisions and \(citations) citations round-tripped")
    }

    @Test("a wrong type is the same PolicyError (code and field) from JSONDecoder as from the library's parser")
    func sameErrors() throws {
        let cases = [
            #"{"question": 5, "asOf": "2024-01-01", "facts": {}}"#,
            #"{"question": "calendar.holidays", "facts": {"year": 2024}}"#,
            #"{"question": "calendar.holidays", "asOf": "2024-02-30", "facts": {"year": 2024}}"#,
            #"{"question": "calendar.holidays", "asOf": "2024-01-01", "facts": []}"#,
            #"{"question": "calendar.holidays", "asOf": "2024-01-01", "language": "de", "facts": {"year": 2024}}"#,
            #"{"question": "calendar.holidays", "asOf": "2024-01-01", "contract": "9", "facts": {"year": 2024}}"#,
            #"{"question": "calendar.holidays", "asOf": "2024-01-01", "facts": {"year": 2024}, "expect": {"obligations": "x"}}"#,
            #"[1, 2]"#,
        ]
        for text in cases {
            var library: PolicyError? = nil
            do { _ = try Scenario(json: Array(text.utf8)) } catch { library = error }
            #expect(library != nil, "\(text)")
            #expect(throws: library ?? PolicyError(code: .malformedInput, field: "-", message: "")) {
                _ = try JSONDecoder().decode(Scenario.self, from: Data(text.utf8))
            }
        }
        // Facts are checked against the question by the catalogue, the same for both.
        let wrongFact = try JSONDecoder().decode(Scenario.self, from: Data(CLI.wrongType.utf8))
        #expect(throws: PolicyError(code: .wrongType, field: "facts.year", message: "")) {
            _ = try PolicyCatalogue.standard.evaluate(wrongFact)
        }
        // And a decision with a wrong type names its field.
        #expect(throws: PolicyError(code: .wrongType, field: "outcome", message: "")) {
            _ = try JSONDecoder().decode(Decision.self, from: Data(#"{"question": "q", "asOf": "2024-01-01", "ruleSet": "r@2024-01-01", "outcome": 3}"#.utf8))
        }
        #expect(throws: PolicyError(code: .unknownValue, field: "outcome", message: "")) {
            _ = try JSONDecoder().decode(Decision.self, from: Data(#"{"question": "q", "asOf": "2024-01-01", "ruleSet": "r@2024-01-01", "outcome": "maybe"}"#.utf8))
        }
        #expect(throws: PolicyError(code: .invalidDate, field: "asOf", message: "")) {
            _ = try JSONDecoder().decode(Decision.self, from: Data(#"{"question": "q", "asOf": "2024-13-01", "ruleSet": "r", "outcome": "denied"}"#.utf8))
        }
    }

    @Test("value types: CivilDate as YYYY-MM-DD, LocalizedText as {da, en}, Language reads BCP-47 tags, Citation as its text")
    func valueTypes() throws {
        struct Row: Codable, Equatable {
            var date: CivilDate
            var text: LocalizedText
            var language: Language
            var citation: Citation
            var outcome: Outcome
        }
        let row = Row(
            date: try CivilDate(year: 2024, month: 2, day: 29), text: LocalizedText(da: "frist", en: "deadline"), language: .english,
            citation: Citation(.gdpr, "9", stk: 2, litra: "c"), outcome: .notApplicable)
        let json = try libraryJSON(try JSONEncoder().encode(row))
        #expect(json["date"] == .string("2024-02-29"))
        #expect(json["citation"] == .string("GDPR art. 9, stk. 2, litra c"))
        #expect(json["outcome"] == .string("not-applicable"))
        #expect(try JSONDecoder().decode(Row.self, from: try JSONEncoder().encode(row)) == row)
        for tag in ["da", "da-DK", "DA_dk", "en", "en-GB", "en-Latn-US"] { #expect(Language(tag: tag) != nil, "\(tag)") }
        for tag in ["de", "", "da-", "english", "da-DKXXXXXXX"] { #expect(Language(tag: tag) == nil, "\(tag)") }
        #expect(throws: PolicyError(code: .invalidDate, field: "date", message: "")) {
            _ = try JSONDecoder().decode(Row.self, from: Data(#"{"date": "2023-02-29", "text": {"da": "", "en": ""}, "language": "da", "citation": "SEL § 1", "outcome": "denied"}"#.utf8))
        }
    }
}
