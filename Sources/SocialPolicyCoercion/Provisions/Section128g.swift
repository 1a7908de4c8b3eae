import SocialPolicyCore

// SEL § 128 g (LBK 909/2024 →; in force 2025-01-01, BEK 1411/2024 § 1, stk. 2, nr. 11; not in
// BEK 839/2024): KB may *i helt særlige situationer* recommend (indstille) to Det Socialfaglige
// Nævn vedrørende Magtanvendelse over for Borgere med Handicap a decision permitting, for an
// afgrænset periode, locking cupboards, drawers etc. in a resident's home, when the resident has
// repeatedly used objects in them to cause substantial injury to self or others or substantial
// damage (stk. 1); the decision may be limited to times of day (stk. 2); the resident gets quick
// access on request (stk. 3). The nævn decides within 2 weeks (§ 131 b); appeal to Ankestyrelsen
// within 4 weeks (§ 134). Up to 12 months (BEK 1411/2024 § 11).

package enum Section128g {
    package static let cupboards = Way(
        .s128g, by: .board,
        conditions: [
            Condition(.exceptionalSituation, .sel("128 g", stk: 1),
                da: "Der er tale om en helt særlig situation.",
                en: "It is a very special situation."),
            Condition(.repeatedHarmWithStoredObjects, .sel("128 g", stk: 1),
                da: "Beboeren har gentagne gange anvendt genstande i skabene eller skufferne til at påføre sig selv eller andre væsentlig personskade eller til at forårsage væsentlig tingsskade.",
                en: "The resident has repeatedly used objects in the cupboards or drawers to cause substantial injury to self or others, or substantial damage."),
        ],
        decision: true, duration: .upTo(months: 12, rule: .cupboardDuration), firstDay: CivilDate(2025, 1, 1),
        reporting: .decisionBased, duties: [.complaintGuidance])
}
