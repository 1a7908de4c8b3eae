import Foundation
import SocialPolicyKit
import Testing

// Issue 12 item 5: the machine-readable contract is generated from the library, and the
// committed copies under Documentation/ are the generated ones.

@Suite("The generated contract")
struct ContractDocumentTests {
    static func committed(_ name: String) -> String? {
        try? String(contentsOf: CLI.repositoryRoot.appendingPathComponent("Documentation/\(name)"), encoding: .utf8)
    }

    @Test("Documentation/Contract.md and the two schemas are current (run scripts/generate-contract.sh)")
    func committedCopiesAreCurrent() {
        let catalogue = PolicyCatalogue.standard
        #expect(Self.committed("Contract.md") == ContractDocument.markdown(catalogue) + "\n")
        #expect(Self.committed("scenario.schema.json") == ContractDocument.scenarioSchema(catalogue).prettyPrinted + "\n")
        #expect(Self.committed("decision.schema.json") == ContractDocument.decisionSchema(catalogue).prettyPrinted + "\n")
    }

    @Test("the catalogue names every question, fact, value and obligation code, and every rule set with its instruments")
    func catalogueIsComplete() throws {
        let catalogue = PolicyCatalogue.standard
        let json = ContractDocument.catalogue(catalogue)
        guard case .array(let questions)? = json["questions"] else {
            Issue.record("no questions")
            return
        }
        #expect(questions.count == catalogue.questions.count)
        for (question, entry) in zip(catalogue.questions, questions) {
            #expect(entry["id"] == .string(question.id))
            guard case .array(let facts)? = entry["facts"], case .array(let ruleSets)? = entry["ruleSets"] else {
                Issue.record("\(question.id): no facts or rule sets")
                continue
            }
            #expect(facts.map { $0["name"] } == question.factSpecs.map { .string($0.name) })
            #expect(facts.allSatisfy { $0["since"] != nil && $0["type"] != nil })
            #expect(ruleSets.count == question.ruleSets.versions.count)
        }
        #expect(json["contract"] == .string(SocialPolicyKit.contractVersion))
        // The scenario schema lists every question and requires its required facts.
        let schema = ContractDocument.scenarioSchema(catalogue)
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        for question in catalogue.questions {
            #expect(schema["$defs"]?["facts-\(question.id)"] != nil, "\(question.id)")
        }
    }
}
