import SocialPolicyCore

/// The explanation's texts that depend on the case (dates, the decider): built only when a
/// recorder keeps them.
package enum Texts {
    static func notCoercion(_ reason: NotApplicableReason, regime: CoercionRegime) -> LocalizedText {
        switch reason {
        case .houseRulesNotCoercion:
            LocalizedText(
                da: "En husorden er ikke magtanvendelse og kan aldrig være grundlag for magtanvendelse.",
                en: "House rules are not coercion and can never be a basis for force.")
        case .physicalGuidanceNotCoercion where regime >= .r2024:
            LocalizedText(
                da: "Fysisk guidning og konfliktafværgelse (at stille sig mellem personen og andre) er ikke magtanvendelse og registreres ikke; de må ikke indebære fastholdelse (så gælder § 124 d).",
                en: "Physical guidance and conflict prevention (standing between the person and others) are not coercion and are not registered; they must not involve holding (then § 124 d applies).")
        default:
            LocalizedText(
                da: "Fysisk guidning er ikke magtanvendelse og registreres ikke; den må ikke indebære fastholdelse (så gælder § 124 d).",
                en: "Physical guidance is not coercion and is not registered; it must not involve holding (then § 124 d applies).")
        }
    }

    static func noBasis(_ kind: NoBasis, cite: Citation, asOf: CivilDate) -> LocalizedText {
        switch kind {
        case .houseRules:
            LocalizedText(
                da: "Serviceloven, som den gjaldt \(asOf.danishText), havde ingen regel om husorden i bo- og dagtilbud, og en husorden kan aldrig være grundlag for magtanvendelse; kun de indgreb, loven nævner, er tilladt.",
                en: "The Social Services Act as in force on \(asOf.englishText) had no rule on house rules in residential and day offers, and house rules can never be a basis for force; only the measures the Act lists are allowed.")
        case .notYet, .replaced:
            LocalizedText(
                da: "Indgrebet har ingen hjemmel i serviceloven, som den gjaldt \(asOf.danishText). Andre indgreb end dem, loven nævner, er ikke tilladt. Situationen må i stedet vurderes efter den bestemmelse, der dengang gjaldt (\(cite.description)), og dens betingelser.",
                en: "The measure has no basis in the Social Services Act as in force on \(asOf.englishText). Measures the Act does not list are not allowed. The situation must instead be assessed under the provision then in force (\(cite.description)) and its conditions.")
        }
    }

    static func open(_ question: CoercionOpenQuestion, asOf: CivilDate) -> LocalizedText {
        switch question {
        case .section129aStart:
            LocalizedText(
                da: "§ 129 a blev vedtaget ved lov nr. 661 af 8. juni 2017 og anvendes af bekendtgørelserne fra 1. januar 2018; hvornår den trådte i kraft i mellem, er ikke læst: et åbent juridisk spørgsmål.",
                en: "§ 129 a was enacted by act no. 661 of 8 June 2017 and applied by the executive orders from 1 January 2018; its first day in force in between is not read: an open legal question.")
        default:
            LocalizedText(
                da: "Et åbent juridisk spørgsmål (\(question.rawValue)).",
                en: "An open legal question (\(question.rawValue)).")
        }
    }

    static func decider(_ decidedBy: DecidedBy) -> (da: String, en: String) {
        switch decidedBy {
        case .staffAcute: ("personalet", "staff")
        case .municipalCouncil: ("kommunalbestyrelsen", "the municipal council")
        case .stateAdministration: ("statsforvaltningen", "the state administration")
        case .familyCourtHouse: ("Familieretshuset", "Familieretshuset")
        case .disabilityCoercionBoard: ("Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med Handicap", "the disability coercion board")
        case .socialBoard: ("det sociale nævn", "the social board")
        case .municipalAdministration: ("forvaltningen (foreløbigt)", "the administration (provisionally)")
        }
    }

    static func priorDecision(_ way: Way, regime: CoercionRegime, facts: CoercionQuestion.Facts, t: TriState) -> LocalizedText {
        let (da, en) = decider(Evaluator.decidedBy(way, facts, t, regime: regime))
        return LocalizedText(
            da: "Der foreligger en forudgående afgørelse truffet af \(da), som giver tilladelse til indgrebet over for personen.",
            en: "A prior decision by \(en) authorising the measure for this person exists.")
    }

    /// The steps of the decision's life.
    static func explain<R: Recorder>(
        _ life: DecisionLife, way: Way, facts: CoercionQuestion.Facts, regime: CoercionRegime, asOf: CivilDate,
        into e: inout Evaluation<CoercionQuestion.Values, R>
    ) {
        let section = way.section.citation
        let durationCite = life.rule?.cite(in: regime)?.citation ?? section
        let date = facts.decisionDate
        switch life.finding {
        case .dateUnknown:
            e.recorder.test(section, holds: nil, LocalizedText(
                da: "Afgørelsens dato er ukendt, så det kan ikke afgøres, om den gav tilladelse på datoen og stadig gælder.",
                en: "The decision's date is unknown, so whether it authorised the measure on the date and still applies cannot be decided."))
        case .beforeProvision:
            e.recorder.test(section, holds: false, LocalizedText(
                da: "Afgørelsen (\(date?.danishText ?? "")) er truffet, før bestemmelsen fandtes (\(life.limit?.danishText ?? "")); den kan ikke give tilladelse efter den.",
                en: "The decision (\(date?.englishText ?? "")) was made before the provision existed (\(life.limit?.englishText ?? "")); it cannot authorise anything under it."))
        case .beforeEra:
            e.recorder.test(section, holds: nil, LocalizedText(
                da: "Afgørelsen (\(date?.danishText ?? "")) er truffet, før reglerne blev ændret \(life.limit?.danishText ?? ""); overgangsreglerne er ikke læst: et åbent juridisk spørgsmål.",
                en: "The decision (\(date?.englishText ?? "")) was made before the rules changed on \(life.limit?.englishText ?? ""); the transitional rules are not read: an open legal question."))
        case .expired:
            e.recorder.test(durationCite, holds: false, LocalizedText(
                da: "Afgørelsen fra \(date?.danishText ?? "") gælder højst \(life.maxMonths ?? 0) måneder og er udløbet. En udløbet afgørelse giver ingen tilladelse.",
                en: "The decision of \(date?.englishText ?? "") lasts at most \(life.maxMonths ?? 0) months and has expired. An expired decision authorises nothing."))
        case .extensionUnknown:
            e.recorder.test(durationCite, holds: nil, LocalizedText(
                da: "Afgørelsen fra \(date?.danishText ?? "") gælder op til 3 måneder; det er ukendt, om kommunalbestyrelsen har forlænget den (højst 6 måneder i alt).",
                en: "The decision of \(date?.englishText ?? "") lasts up to 3 months; whether the council extended it (to at most 6 months in all) is unknown."))
        case .unlimitedUnknown:
            e.recorder.test(durationCite, holds: nil, LocalizedText(
                da: "Afgørelsen fra \(date?.danishText ?? "") er ældre end \(life.maxMonths ?? 0) måneder; den gælder stadig kun, hvis den er truffet uden tidsbegrænsning for en person i målgruppen for kapitel 24 b.",
                en: "The decision of \(date?.englishText ?? "") is older than \(life.maxMonths ?? 0) months; it still applies only if made without time limit for a person of the chapter 24 b group."))
        case .reassessmentMissing:
            e.recorder.test(durationCite, holds: nil, LocalizedText(
                da: "Behovet skulle være revurderet senest \(life.limit?.danishText ?? ""), og ingen rettidig revurdering er oplyst. Om afgørelsen så stadig giver tilladelse, siger reglerne ikke: et åbent juridisk spørgsmål.",
                en: "The need had to be reassessed by \(life.limit?.englishText ?? ""), and no reassessment in time is given. Whether the decision then still authorises the measure the rules do not say: an open legal question."))
        case .none:
            if let until = life.validUntil {
                e.recorder.test(durationCite, holds: true, LocalizedText(
                    da: "Afgørelsen fra \(date?.danishText ?? "") gælder til og med \(until.danishText).",
                    en: "The decision of \(date?.englishText ?? "") applies up to and including \(until.englishText)."))
            } else if life.kind == .unlimited {
                e.recorder.test(durationCite, holds: true, LocalizedText(
                    da: "Afgørelsen er truffet uden tidsbegrænsning, som loven tillader for personen; den ophører, når betingelserne ikke længere er opfyldt.",
                    en: "The decision was made without time limit, as the Act allows for this person; it ends when its conditions cease to be met."))
            } else if let date {
                e.recorder.test(durationCite, holds: true, LocalizedText(
                    da: "Afgørelsen fra \(date.danishText) gælder for den periode, kommunalbestyrelsen har fastsat.",
                    en: "The decision of \(date.englishText) applies for the period the council set."))
            }
        }
    }
}
