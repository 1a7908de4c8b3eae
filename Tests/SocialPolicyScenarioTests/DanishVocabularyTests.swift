import Foundation
import Testing

@testable import SocialPolicyContract
import SocialPolicyKit

/// The Danish text never shows a contract code where a Danish word belongs (issue 12 item 9):
/// every fact and value name of the catalogue, every enum code a value can take, and every code
/// that a scenario file's decision carries has a Danish word. Open-legal-question ids stay ids
/// (they name sections of `Documentation/OpenLegalQuestions.md`).
@Suite("Danish words for the contract's codes")
struct DanishVocabularyTests {
    /// Whether `text` looks like a contract code (`municipal-council`, `ankestyrelsen`).
    static func isCode(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first), !text.hasSuffix("-"),
            !text.contains("--")
        else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    @Test("every fact and value of every question has a Danish name")
    func namesOfTheCatalogue() {
        var missing: Set<String> = []
        for question in PolicyCatalogue.standard.questions {
            for fact in question.factSpecs where DanishVocabulary.name(for: fact.name) == nil {
                missing.insert("fact \(fact.name) (\(question.id))")
            }
            for value in question.valueSpecs where DanishVocabulary.name(for: value.name) == nil {
                missing.insert("value \(value.name) (\(question.id))")
            }
            for value in question.valueSpecs where value.name != "openLegalQuestion" {
                for code in value.values where DanishVocabulary.word(for: code) == nil {
                    missing.insert("code \(code) of \(value.name) (\(question.id))")
                }
            }
        }
        #expect(missing.isEmpty, "no Danish word for:\n\(missing.sorted().joined(separator: "\n"))")
    }

    /// The codes in a value, except open-legal-question ids.
    static func codes(in value: DecisionValue, key: String) -> [String] {
        guard key != "openLegalQuestion" else { return [] }
        switch value {
        case .string(let text): return isCode(text) ? [text] : []
        case .array(let items): return items.flatMap { codes(in: $0, key: key) }
        case .object(let fields): return fields.flatMap { codes(in: $0.value, key: $0.key) }
        default: return []
        }
    }

    @Test("every value and code a scenario file's decision carries reads in Danish")
    func scenarioDecisions() throws {
        var missing: Set<String> = []
        var rendered = 0
        for path in ScenarioFiles.all() {
            let url = ScenarioFiles.root.appendingPathComponent(path)
            let bytes = try #require(FileManager.default.contents(atPath: url.path))
            guard let decision = try? PolicyCatalogue.standard.evaluate(json: Array(bytes)) else { continue }
            for field in decision.values {
                if DanishVocabulary.name(for: field.key) == nil { missing.insert("value \(field.key)") }
                for code in Self.codes(in: field.value, key: field.key) where DanishVocabulary.word(for: code) == nil {
                    missing.insert("code \(code) (value \(field.key))")
                }
            }
            for fact in decision.missingFacts where DanishVocabulary.name(for: fact) == nil {
                missing.insert("missing fact \(fact)")
            }
            let text = DecisionText.render(decision, in: .danish)
            #expect(!text.isEmpty)
            rendered += 1
        }
        #expect(rendered >= 30)
        #expect(missing.isEmpty, "no Danish word for:\n\(missing.sorted().joined(separator: "\n"))")
    }

    @Test("the Danish text uses the words, the English text the codes")
    func rendering() throws {
        let scenario = Scenario(
            question: "complaints.route", asOf: try CivilDate(year: 2024, month: 5, day: 2),
            facts: ["subject": .string("decision"), "notifiedOn": .string("2024-05-02"), "delivery": .string("in-person")])
        let decision = try PolicyCatalogue.standard.evaluate(scenario)
        let danish = DecisionText.render(decision, in: .danish)
        let english = DecisionText.render(decision, in: .english)
        #expect(danish.contains("klagevej: kommunen (genvurdering), Ankestyrelsen"), "\(danish)")
        #expect(!danish.contains("municipality-reconsideration"))
        #expect(english.contains("route: municipality-reconsideration, ankestyrelsen"), "\(english)")
    }
}
