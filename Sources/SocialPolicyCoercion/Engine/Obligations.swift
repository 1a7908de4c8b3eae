import SocialPolicyCalendar
import SocialPolicyCore

/// The duties that follow a use, with the due dates the executive orders set, computed with
/// the calendar (calendar days: no rule moves these deadlines past a weekend or helligdag).
package enum Obligations {
    static let register = ObligationCode("register-intervention")
    static let report = ObligationCode("report-intervention")
    static let reassess = ObligationCode("reassess-decision")
    static let complaintGuidance = ObligationCode("give-complaint-guidance")
    static let involveGuardian = ObligationCode("involve-guardian")
    static let followUp = ObligationCode("extraordinary-follow-up")
    static let lawyer = ObligationCode("appoint-lawyer")
    static let inform71 = ObligationCode("inform-of-71-supervision")
    static let requestDecision = ObligationCode("request-council-decision")
    static let informRepresentative = ObligationCode("inform-representative")
    static let hearRepresentative = ObligationCode("hear-representative")
    static let cameraIndicator = ObligationCode("show-camera-indicator")
    static let artificialIntelligence = ObligationCode("ai-conditions")
    static let addressBoth = ObligationCode("address-visitor-and-resident")
    static let securePrivatePart = ObligationCode("secure-private-part-access")
    static let submitProvisional = ObligationCode("submit-provisional-decision")
    static let requestGuardian = ObligationCode("request-guardian-appointment")

    /// The day LBK 254/2014 took the regional stk. out of § 133, making the relatives' right to
    /// complain stk. 3 (stk. 4 in LBK 810/2012 and LBK 1093/2013).
    static let lbk254From = CivilDate(2014, 3, 20)

    @inline(__always) static func plus(_ date: CivilDate, days: Int) -> CivilDate {
        DeadlinePeriod(days: days).end(from: date)
    }

    /// The last day of the month `date` falls in.
    @inline(__always) static func endOfMonth(_ date: CivilDate) -> CivilDate {
        DeadlinePeriod(months: 1).end(from: CivilDate(date.year, date.month, 1)).adding(days: -1)
    }

    /// The Act's reporting section: § 136 (to 2019), § 135 a (2020 →).
    static func actSection(_ regime: CoercionRegime) -> Cite {
        regime >= .r2020 ? .sel("135 a", stk: 1) : .sel("136", stk: 1)
    }

    static func cite(_ rule: BekRule, _ regime: CoercionRegime) -> Citation {
        (rule.cite(in: regime) ?? actSection(regime)).citation
    }

    /// Adds an obligation; its citation and text are built only when recorded.
    @inline(__always)
    static func oblige<R: Recorder>(
        _ e: inout Evaluation<CoercionQuestion.Values, R>, _ code: ObligationCode, _ citation: @autoclosure () -> Citation,
        due: CivilDate? = nil, _ text: @autoclosure () -> LocalizedText
    ) {
        e.verdict.obligations.append(code, due: due)
        if R.self != NoRecorder.self { e.recorder.obligation(code, citation: citation(), due: due, text()) }
    }

    // MARK: Force outside the catalogue

    /// Force without legal basis (and nødværge/nødret) must still be registered and reported.
    package static func outsideCatalogue<R: Recorder>(
        _ facts: CoercionQuestion.Facts, regime: CoercionRegime, asOf: CivilDate, into e: inout Evaluation<CoercionQuestion.Values, R>
    ) {
        let act = facts.actDate ?? asOf
        let before2020 = regime < .r2020
        let registerDue = plus(act, days: before2020 ? 1 : 3)
        oblige(&e, register, cite(.registerBreach, regime), due: registerDue, before2020
            ? LocalizedText(
                da: "Magtanvendelse uden hjemmel, og indgreb som led i nødværge eller nødret, skal registreres straks og senest dagen efter (\(registerDue.danishText)).",
                en: "Force without a legal basis, and acts of self-defence or necessity, must be registered at once and at the latest the day after (\(registerDue.englishText)).")
            : LocalizedText(
                da: "Magtanvendelse uden hjemmel, og indgreb som led i nødværge eller nødret, skal registreres straks og senest 3 dage efter (\(registerDue.danishText)) på de obligatoriske skemaer.",
                en: "Force without a legal basis, and acts of self-defence or necessity, must be registered at once and at the latest 3 days after (\(registerDue.englishText)) on the mandatory forms."))
        if before2020 {
            let reportDue = plus(act, days: 3)
            oblige(&e, report, cite(.reportBreach, regime), due: reportDue, LocalizedText(
                da: "Registreringen indberettes straks og senest på 3. dagen (\(reportDue.danishText)) til kommunalbestyrelsen.",
                en: "The registration is reported at once and at the latest on the 3rd day (\(reportDue.englishText)) to the municipal council."))
        } else {
            oblige(&e, report, cite(.reportBreach, regime), LocalizedText(
                da: "Registreringen indberettes månedligt til kommunalbestyrelsen og tilsynskommunen.",
                en: "The registration is reported monthly to the municipal council and the supervising municipality."))
        }
        if R.self != NoRecorder.self { e.cite(actSection(regime).citation) }
        guardian(facts, regime: regime, asOf: asOf, into: &e)
        local(into: &e)
    }

    /// A værge or fremtidsfuldmægtig is involved and informed.
    static func guardian<R: Recorder>(
        _ facts: CoercionQuestion.Facts, regime: CoercionRegime, asOf: CivilDate, into e: inout Evaluation<CoercionQuestion.Values, R>
    ) {
        guard facts.hasGuardian == true else { return }
        let cite: Cite = regime >= .r2020 ? .sel("135 a", stk: 3) : .sel("133", stk: asOf < lbk254From ? 4 : 3)
        oblige(&e, involveGuardian, cite.citation, regime >= .r2020
            ? LocalizedText(
                da: "Personalelederen skal jævnligt orientere værgen eller fremtidsfuldmægtigen om indgrebene; deres samtykke er ikke personens samtykke.",
                en: "The staff manager must regularly inform the guardian or lasting power of attorney of the measures; their consent is not the person's consent.")
            : LocalizedText(
                da: "Personen har en værge eller fremtidsfuldmægtig, som skal inddrages og orienteres og kan klage på personens vegne; værgens samtykke er ikke personens samtykke.",
                en: "The person has a guardian or lasting power of attorney, who must be involved and informed and may complain on the person's behalf; the guardian's consent is not the person's consent."))
    }

    // MARK: A use under a provision

    /// The duties that follow a use under `way`.
    package static func use<R: Recorder>(
        _ way: Way, life: DecisionLife?, _ facts: CoercionQuestion.Facts, _ t: TriState,
        regime: CoercionRegime, asOf: CivilDate, into e: inout Evaluation<CoercionQuestion.Values, R>
    ) {
        let act = facts.actDate ?? asOf
        let recording = R.self != NoRecorder.self
        switch way.reporting {
        case .none:
            break
        case .acute, .decisionBased:
            if regime < .r2020 {
                let due = plus(act, days: 1)
                oblige(&e, register, cite(.registerLawful, regime), due: due, LocalizedText(
                    da: "Indgrebet skal registreres straks og senest dagen efter (\(due.danishText)).",
                    en: "The measure must be registered at once and at the latest the day after (\(due.englishText))."))
                oblige(&e, report, cite(.reportLawful, regime), LocalizedText(
                    da: "Registreringerne indberettes månedligt til kommunalbestyrelsen (og tilsynskommunen).",
                    en: "The registrations are reported monthly to the municipal council (and the supervising municipality)."))
            } else if way.reporting == .acute || regime < .r2024 {
                let due = plus(act, days: 3)
                oblige(&e, register, cite(.registerAct, regime), due: due, LocalizedText(
                    da: "Indgrebet skal registreres straks og senest 3 dage efter (\(due.danishText)) på de obligatoriske skemaer.",
                    en: "The measure must be registered at once and at the latest 3 days after (\(due.englishText)) on the mandatory forms."))
                oblige(&e, report, cite(.reportAct, regime), LocalizedText(
                    da: "Registreringerne indberettes månedligt af personalelederen til kommunalbestyrelsen og tilsynskommunen.",
                    en: "The registrations are reported monthly by the staff manager to the municipal council and the supervising municipality."))
            } else if t[.stronglyResists] == true {
                oblige(&e, register, cite(.registerResists, regime), due: act, LocalizedText(
                    da: "Personen modsætter sig kraftigt: indgrebet skal registreres straks (\(act.danishText)).",
                    en: "The person strongly resists: the measure must be registered at once (\(act.englishText))."))
                oblige(&e, report, cite(.registerResists, regime), due: act, LocalizedText(
                    da: "…og indberettes straks (\(act.danishText)).",
                    en: "…and reported at once (\(act.englishText))."))
            } else {
                let end = life?.validUntil
                let reportDue = end.map { regime >= .r2025 ? $0 : plus($0, days: 3) }
                oblige(&e, register, cite(.registerDecisionBased, regime), due: end, LocalizedText(
                    da: "Indgrebene registreres senest, når afgørelsen ophører\(end.map { " (\($0.danishText))" } ?? ""), med et skøn over antallet af indgreb — straks, hvis betingelserne ikke længere er opfyldt, eller personen kraftigt modsætter sig.",
                    en: "The uses are registered at the latest when the decision ends\(end.map { " (\($0.englishText))" } ?? ""), with an estimate of their number — at once if the conditions cease to be met or the person strongly resists."))
                oblige(&e, report, cite(.registerDecisionBased, regime), due: reportDue, regime >= .r2025
                    ? LocalizedText(
                        da: "Registreringen indberettes senest 3 dage efter registreringen og senest, når afgørelsen ophører\(reportDue.map { " (\($0.danishText))" } ?? "").",
                        en: "The registration is reported at the latest 3 days after it is made and at the latest when the decision ends\(reportDue.map { " (\($0.englishText))" } ?? "").")
                    : LocalizedText(
                        da: "Registreringen indberettes senest 3 dage efter registreringen\(reportDue.map { " (senest \($0.danishText))" } ?? "").",
                        en: "The registration is reported at the latest 3 days after it is made\(reportDue.map { " (at the latest \($0.englishText))" } ?? "")."))
            }
        case .move:
            let monthEnd = endOfMonth(act)
            if regime < .r2020 {
                oblige(&e, register, cite(.registerMove, regime), due: monthEnd, LocalizedText(
                    da: "Flytningen registreres senest med udgangen af den måned, hvor den er påbegyndt (\(monthEnd.danishText)).",
                    en: "The move is registered at the latest by the end of the month in which it began (\(monthEnd.englishText))."))
            } else {
                // Every § 135 a act within 3 days, and moves by the month's end: the earlier applies.
                let threeDays = plus(act, days: 3)
                let due = min(threeDays, monthEnd)
                oblige(&e, register, cite(threeDays < monthEnd ? .registerAct : .registerMove, regime), due: due, LocalizedText(
                    da: "Flytningen registreres senest \(due.danishText): de 3 dage for indgreb efter § 135 a og udgangen af den måned, hvor flytningen er påbegyndt — det tidligste.",
                    en: "The move is registered at the latest on \(due.englishText): the 3 days for § 135 a acts and the end of the month in which the move began — whichever is earlier."))
                if recording { e.cite(cite(threeDays < monthEnd ? .registerMove : .registerAct, regime)) }
            }
            oblige(&e, report, cite(.reportMove, regime), LocalizedText(
                da: "Registreringen af flytninger indberettes kvartalsvist.",
                en: "Registrations of moves are reported quarterly."))
        }
        if way.reporting != .none, recording { e.cite(actSection(regime).citation) }

        if case .setByDecision(let months, let rule) = way.duration, let date = facts.decisionDate {
            // The next reassessment: months after the decision, or after the latest reassessment shown.
            let base = facts.lastReassessedOn.map { max($0, date) } ?? date
            let due = base.adding(months: Int(months))
            oblige(&e, reassess, cite(rule, regime), due: due, LocalizedText(
                da: "Behovet for foranstaltningen revurderes løbende og senest \(months) måneder efter kommunalbestyrelsens afgørelse eller den seneste revurdering (\(due.danishText)).",
                en: "The need for the measure is reassessed continuously and at the latest \(months) months after the municipal council's decision or the latest reassessment (\(due.englishText))."))
        }
        duties(way, facts, t, regime: regime, into: &e)
        guardian(facts, regime: regime, asOf: asOf, into: &e)
        local(into: &e)
    }

    static func duties<R: Recorder>(
        _ way: Way, _ facts: CoercionQuestion.Facts, _ t: TriState, regime: CoercionRegime,
        into e: inout Evaluation<CoercionQuestion.Values, R>
    ) {
        let duties = way.duties
        if duties.contains(.complaintGuidance) {
            oblige(&e, complaintGuidance, Citation(.fvl, "25"), way.section == .s126
                ? LocalizedText(
                    da: "Indgrebet efter § 126 er en afgørelse truffet på kommunens vegne; kommunen skal give personen (og en eventuel værge) klagevejledning (forvaltningsloven § 25).",
                    en: "A § 126 hold is a decision made on the municipality's behalf; the municipality must give the person (and any guardian) guidance on how to complain (Public Administration Act § 25).")
                : duties.contains(.visitRestriction)
                    ? LocalizedText(
                        da: "Afgørelsen skal ledsages af en klagevejledning til både den besøgende og beboeren (forvaltningsloven § 25; klage efter § 133).",
                        en: "The decision must come with guidance on how to complain, to both the visitor and the resident (Public Administration Act § 25; complaints under § 133).")
                    : LocalizedText(
                        da: "Afgørelsen skal ledsages af en klagevejledning (forvaltningsloven § 25).",
                        en: "The decision must come with guidance on how to complain (Public Administration Act § 25)."))
        }
        let againstWill = facts.consent == .refuses || facts.consent == .passive
        let representativeAgrees = (t[.representativeAgrees] ?? t[.guardianConsents]) == true
            && facts.representative.map { Derive.counts($0, regime: regime) } ?? true
        let guardianFallback = way.authority == .councilWithRepresentative && !representativeAgrees && regime >= .r2024
        if duties.contains(.lawyer) || guardianFallback {
            oblige(&e, lawyer, Citation(.sel, "132", stk: 1, nr: 2), LocalizedText(
                da: "Kommunalbestyrelsen skal sørge for, at personen under sagen får bistand fra en advokat (betalt af myndigheden).",
                en: "The municipal council must see that the person is assisted by a lawyer during the case (paid by the authority)."))
        } else if duties.contains(.lawyerAgainstWill), againstWill {
            oblige(&e, lawyer, Citation(.sel, "132", stk: 1, nr: 1), LocalizedText(
                da: "Indgrebet sker mod personens vilje: kommunalbestyrelsen skal sørge for bistand fra en advokat under sagen.",
                en: "The measure is against the person's will: the municipal council must see that a lawyer assists the person during the case."))
        }
        if duties.contains(.inform71), let rule = BekRule.inform71.cite(in: regime) {
            oblige(&e, inform71, rule.citation, LocalizedText(
                da: "Personen skal underrettes om adgangen til at rette henvendelse til Folketingets udvalg efter grundlovens § 71, stk. 7 (tilsyn med administrativ frihedsberøvelse) — også hvis der er givet samtykke.",
                en: "The person must be told of the right to contact Folketinget's committee under section 71(7) of the Constitution (supervision of administrative deprivation of liberty) — even if consent was given."))
        }
        if duties.contains(.requestCouncilDecision), facts.holdsInLast6Months != 0 {
            let known = facts.holdsInLast6Months != nil
            oblige(&e, requestDecision, Citation(.sel, "136 a", stk: 2), known
                ? LocalizedText(
                    da: "Fastholdelse efter stk. 1 er brugt mere end én gang inden for 6 måneder: personalelederen skal anmode kommunalbestyrelsen om en afgørelse efter stk. 3.",
                    en: "Holding under stk. 1 has been used more than once within 6 months: the staff manager must ask the municipal council for a decision under stk. 3.")
                : LocalizedText(
                    da: "Personalelederen skal vurdere, om kommunalbestyrelsen skal anmodes om en afgørelse efter stk. 3 — og skal anmode, hvis fastholdelse er brugt mere end én gang inden for 6 måneder.",
                    en: "The staff manager must consider asking the municipal council for a decision under stk. 3 — and must ask if holding has been used more than once within 6 months."))
        }
        if duties.contains(.informRepresentative) {
            oblige(&e, informRepresentative, Citation(.sel, "136 e", stk: 4), LocalizedText(
                da: "Personen og en eventuel fremtidsfuldmægtig, værge eller nær pårørende med attest skal informeres om brugen, før teknologien tages i brug.",
                en: "The person and any lasting power of attorney, guardian or close relative with an attest must be informed before the technology is used."))
        }
        if duties.contains(.hearRepresentative), t[.dementiaOrProgressiveDecline] == true,
            let representative = facts.representative, Derive.counts(representative, regime: regime)
        {
            oblige(&e, hearRepresentative, Citation(.sel, "136 e", stk: 5), LocalizedText(
                da: "Afgørelsen efter en indsigelse: fremtidsfuldmægtigen, værgen eller den nære pårørende med attest skal høres om kommunalbestyrelsens vurdering; afgørelsen kan gøres tidsubegrænset.",
                en: "A decision after an objection: the lasting power of attorney, guardian or close relative with an attest must be heard on the council's assessment; the decision may be made without time limit."))
        }
        if duties.contains(.cameraIndicator) {
            oblige(&e, cameraIndicator, Citation(.sel, "128 b", stk: 3), LocalizedText(
                da: "Der skal være en tydelig indikator for, hvornår kameraet er tændt.",
                en: "There must be a clear indicator of when the camera is on."))
        }
        if duties.contains(.artificialIntelligence), regime >= .r2025, t[.usesArtificialIntelligence] == true {
            oblige(&e, artificialIntelligence, Cite(.bek1412_2024, "7", stk: 1).citation, LocalizedText(
                da: "Teknologien bruger kunstig intelligens: kun til lovens formål; personen eller repræsentanten skal oplyses om det; kommunen vurderer en konsekvensanalyse og indsamler kun nødvendige oplysninger, som ikke må videregives til andre formål.",
                en: "The technology uses artificial intelligence: only for the Act's purposes; the person or the representative must be told; the municipality considers an impact assessment and collects only necessary data, never passed on for other purposes."))
        }
        if duties.contains(.visitRestriction) {
            oblige(&e, addressBoth, Citation(.sel, "137 d", stk: 5), LocalizedText(
                da: "Afgørelsen træffes over for både den besøgende og beboeren.",
                en: "The decision is addressed to both the visitor and the resident."))
            if way.section == .s137b {
                oblige(&e, securePrivatePart, Citation(.sel, "137 b", stk: 2), LocalizedText(
                    da: "Den besøgendes adgang til den del af boligen, som beboeren alene råder over, skal sikres.",
                    en: "The visitor's access to the part of the home the resident alone controls must be secured."))
            }
            if t[.provisionalDecision] == true {
                oblige(&e, submitProvisional, Citation(.sel, "137 d", stk: 3), LocalizedText(
                    da: "Den foreløbige afgørelse skal snarest muligt forelægges kommunalbestyrelsen eller det stående udvalg til godkendelse.",
                    en: "The provisional decision must be put to the municipal council or the standing committee for approval as soon as possible."))
            }
        }
        if duties.contains(.guardianAppointment), facts.hasGuardian != true,
            facts.representative != .guardian, facts.representative != .futureAttorney
        {
            oblige(&e, requestGuardian, Citation(.sel, "131", stk: 4), regime >= .r2024
                ? LocalizedText(
                    da: "Har personen ingen værge eller fremtidsfuldmægtig med kompetence til flytningen, skal kommunalbestyrelsen anmode Familieretshuset om at beskikke en værge; det skal være afgjort, inden kommunalbestyrelsen indstiller.",
                    en: "If the person has no guardian or lasting power of attorney covering the move, the council must ask Familieretshuset to appoint a guardian, decided before the council makes its recommendation.")
                : LocalizedText(
                    da: "Har personen ikke allerede en værge, skal kommunalbestyrelsen ved indstillingen anmode om, at der beskikkes en værge.",
                    en: "If the person has no guardian yet, the council must ask for one to be appointed when it makes its recommendation."))
        }
    }

    /// The municipality's own follow-up duty, if any (only adds).
    static func local<R: Recorder>(into e: inout Evaluation<CoercionQuestion.Values, R>) {
        if let local = e.context.municipality as? any CoercionLocalPolicy,
            let rule = local.coercionFollowUpRule(on: e.context.asOf)
        {
            oblige(&e, followUp, rule, LocalizedText(
                da: "Efter magtanvendelse tager personalet kontakt til handicapcentret om en ekstraordinær opfølgning på handleplanen og den pædagogiske plan.",
                en: "After coercion, staff contact the disability centre to arrange an extraordinary follow-up of the action plan and the pedagogical plan."))
        }
    }
}
