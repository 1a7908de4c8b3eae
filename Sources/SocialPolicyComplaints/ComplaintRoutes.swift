import SocialPolicyCalendar
import SocialPolicyCore

extension ComplaintRouteQuestion {
    /// The route of an appealable matter by the decision's date and the day the complaint is
    /// lodged (`lodging`): a body that closed before that day is replaced by its successor.
    static func route<R: Recorder>(
        _ facts: Facts, regimeDate: CivilDate, lodging: CivilDate, acuteToCouncil: Bool, local: LocalComplaintBodies?,
        known: inout Conjunction, into e: inout Evaluation<Values, R>
    ) {
        let subject = facts.subject
        let asOf = e.context.asOf
        let abolished = ComplaintRegimes.socialBoardsAbolished
        let boardEra = regimeDate < abolished && lodging < abolished
        let appealBody: ComplaintBody = boardEra ? .socialBoard : .ankestyrelsen
        let reconsidered = subject == .decision || subject == .coercionDecision || (subject == .coercionAct && !acuteToCouncil)
        if regimeDate < abolished, !boardEra, reconsidered, asOf >= abolished {
            e.test(
                Rules.transition2013, holds: true,
                LocalizedText(
                    da: "Afgørelsen er truffet \(regimeDate.danishText), før de sociale nævn blev nedlagt, men klagen indgives \(lodging.danishText): fra 1. juli 2013 behandler Ankestyrelsen alle klager over kommunale afgørelser på det sociale område (RSL § 60 som affattet ved lov nr. 493/2013).",
                    en: "The decision was made on \(regimeDate.englishText), before the social boards closed, but the complaint is lodged on \(lodging.englishText): from 1 July 2013 Ankestyrelsen handles every complaint about municipal social decisions (RSL § 60 as amended by lov nr. 493/2013)."))
        }
        if boardEra, asOf < abolished, reconsidered {
            e.test(
                Rules.boardDecisionsFinal, holds: true,
                LocalizedText(
                    da: "Det sociale nævns afgørelse kan ikke indbringes for anden administrativ myndighed; Ankestyrelsen kan efter anmodning inden 4 uger optage en sag af principiel eller generel betydning (RSL § 63, § 67, stk. 1, 2. pkt.).",
                    en: "The social board's decision cannot be brought before another administrative body; on a request within 4 weeks Ankestyrelsen may take up a case of principle or general importance (RSL § 63, § 67, stk. 1, 2nd sentence)."))
        }
        var route = ComplaintRoute()
        switch subject {
        case .decision, .coercionDecision:
            route.append(.municipalityReconsideration)
            route.append(appealBody)
            e.verdict.values.lodgeWith = .municipalityReconsideration
            e.verdict.values.suspensiveEffect = false
            e.test(
                Rules.reconsideration, holds: true,
                LocalizedText(
                    da: "Klagen indgives til kommunen, der genvurderer afgørelsen og, hvis den fastholdes, sender klagen til \(appealBody.name(on: regimeDate).da) (afgørelsen er truffet \(regimeDate.danishText)).",
                    en: "The complaint is lodged with the municipality, which reconsiders and, if it upholds the decision, forwards the complaint to \(appealBody.name(on: regimeDate).en) (decision made on \(regimeDate.englishText))."))
            if subject == .coercionDecision {
                e.cite(Rules.coercion(stk: asOf < ComplaintRegimes.acuteActsToCouncilFrom ? 1 : 2))
            }
            if subject == .decision, facts.aeldrelovDecision != nil, asOf < ComplaintRegimes.aeldrelovenFrom {
                e.test(
                    Rules.appealRight, holds: nil,
                    LocalizedText(
                        da: "Ældreloven gælder ikke på den dato, der spørges om (den gælder fra 1. juli 2025); afgørelsen behandles efter de regler, der gjaldt da.",
                        en: "Ældreloven does not apply on the date asked about (it applies from 1 July 2025); the decision is treated under the rules then in force."))
            } else if subject == .decision, facts.aeldrelovDecision == .listed {
                e.test(
                    Rules.aelAppeal, holds: true,
                    LocalizedText(
                        da: "Afgørelsen er truffet efter ældreloven §§ 10, 13, 14, 16, 17, 18, stk. 4, 20 eller 23–26 og kan påklages til Ankestyrelsen efter retssikkerhedslovens kapitel 10 (ældreloven § 30, stk. 1).",
                        en: "The decision is under ældreloven §§ 10, 13, 14, 16, 17, 18, stk. 4, 20 or 23–26 and can be appealed to Ankestyrelsen under RSL chapter 10 (ÆL § 30, stk. 1)."))
            } else if subject == .decision, regimeDate >= ComplaintRegimes.aeldrelovenFrom, asOf >= ComplaintRegimes.aeldrelovenFrom {
                e.test(
                    Rules.aelAppeal, holds: nil,
                    LocalizedText(
                        da: "Er afgørelsen truffet efter ældreloven, kan den kun påklages, hvis den er nævnt i § 30, stk. 1 (§§ 10, 13, 14, 16, 17, 18, stk. 4, 20, 23–26), og ikke for den del, der bringer en afgørelse efter serviceloven til ophør (§ 30, stk. 2); fakta aeldrelovDecision afgør det. Uden den gives den almindelige klagevej.",
                        en: "If the decision is under ældreloven, it can be appealed only if listed in § 30, stk. 1 (§§ 10, 13, 14, 16, 17, 18, stk. 4, 20, 23–26), and not for the part that ends an SEL decision (§ 30, stk. 2); the fact aeldrelovDecision decides it. Without it the ordinary route is given."))
            }
            e.test(
                Rules.noSuspension, holds: true,
                LocalizedText(
                    da: "En klage har ikke opsættende virkning: afgørelsen gælder, mens klagen behandles.",
                    en: "A complaint has no suspensive effect: the decision applies while the complaint is handled."))
        case .coercionAct:
            if acuteToCouncil {
                route.append(.municipalCouncil)
                e.verdict.values.lodgeWith = .municipalCouncil
                e.verdict.values.suspensiveEffect = false
                let laterAppeal = regimeDate >= ComplaintRegimes.councilDecisionAppealableFrom
                e.test(
                    Rules.coercion(stk: 1), holds: true,
                    LocalizedText(
                        da: "Klager over personalets akutte magtanvendelse indgives til kommunalbestyrelsen (serviceloven § 133, stk. 1).\(laterAppeal ? " Kommunalbestyrelsens afgørelse om en klage over fastholdelse m.v. efter § 124 d, stk. 2 kan påklages til Ankestyrelsen (§ 133, stk. 2, 2. pkt.)." : "")",
                        en: "Complaints about staff's acute use of force go to the municipal council (SEL § 133, stk. 1).\(laterAppeal ? " The council's decision on a complaint about holding etc. under § 124 d, stk. 2 can be appealed to Ankestyrelsen (§ 133, stk. 2, 2nd sentence)." : "")"))
            } else {
                regionalOrMunicipal(facts, lodging: lodging, appealBody: appealBody, route: &route, known: &known, into: &e)
            }
        case .admissionDecision:
            admissionRoute(regimeDate: regimeDate, lodging: lodging, route: &route, into: &e)
        case .childYouthCommitteeDecision:
            route.append(.ankestyrelsen)
            route.append(.court)
            e.verdict.values.lodgeWith = .ankestyrelsen
            e.test(
                Rules.childCommittee(court: false, on: asOf), holds: true,
                LocalizedText(
                    da: "Afgørelser fra børn og unge-udvalget genvurderes ikke: klagen går direkte til Ankestyrelsen inden 4 uger\(asOf >= ComplaintRegimes.barnetsLovFrom ? " (barnets lov § 146)" : " (serviceloven § 168)"). Om klagen har opsættende virkning, afhænger af afgørelsen (RSL § 72, stk. 2–3).",
                    en: "Decisions of the child and youth committee are not reconsidered: the complaint goes straight to Ankestyrelsen within 4 weeks\(asOf >= ComplaintRegimes.barnetsLovFrom ? " (BL § 146)" : " (SEL § 168)"). Whether it has suspensive effect depends on the decision (RSL § 72, stk. 2–3)."))
            e.test(
                Rules.childCommittee(court: true, on: asOf), holds: true,
                LocalizedText(
                    da: "Ankestyrelsens afgørelse kan inden 4 uger kræves forelagt for retten efter retsplejelovens kapitel 43 a (RSL § 73, stk. 1, nr. \(asOf >= ComplaintRegimes.acuteActsToCouncilFrom ? 2 : 3)).",
                    en: "Ankestyrelsen's decision can within 4 weeks be brought before the court under the Administration of Justice Act chapter 43 a (RSL § 73, stk. 1, nr. \(asOf >= ComplaintRegimes.acuteActsToCouncilFrom ? 2 : 3))."))
            e.cite(Rules.courtReview(admission: false, on: asOf))
        case .disabilityBoardDecision:
            route.append(.disabilityCoercionBoard)
            route.append(.ankestyrelsen)
            e.verdict.values.lodgeWith = .ankestyrelsen
            e.verdict.values.suspensiveEffect = false
            e.test(
                Rules.admissionComplaints, holds: true,
                LocalizedText(
                    da: "Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med Handicap har truffet afgørelsen (serviceloven § 131 b). Den kan påklages til Ankestyrelsen inden 4 uger; den genvurderes ikke (§ 134, stk. 1 og 4). Klagen har ikke opsættende virkning (RSL § 72, stk. 1).",
                    en: "Det Socialfaglige Nævn vedrørende Magtanvendelse made the decision (SEL § 131 b). It can be appealed to Ankestyrelsen within 4 weeks; it is not reconsidered (§ 134, stk. 1 and 4). The complaint has no suspensive effect (RSL § 72, stk. 1)."))
            e.cite(Rules.boardDecides)
            e.cite(Rules.admissionNoReconsideration)
            e.cite(Rules.noSuspension)
        default:
            break
        }
        e.verdict.values.route = route
        if route.contains(.socialBoard), asOf >= abolished {
            if e.verdict.values.openLegalQuestion == nil { e.verdict.values.openLegalQuestion = .transition2013 }
            e.test(
                Rules.transition2013, holds: nil,
                LocalizedText(
                    da: "Afgørelsen er truffet og klagen indgivet før 1. juli 2013, da de sociale nævn blev nedlagt. Var klagen ikke afgjort af nævnet inden da, overgik den til Ankestyrelsen; overgangsreglerne i lov nr. 493/2013 er ikke i kopien af loven (åbent juridisk spørgsmål).",
                    en: "The decision was made and the complaint lodged before 1 July 2013, when the social boards closed. If the board had not decided it by then, it passed to Ankestyrelsen; the transitional rules of lov nr. 493/2013 are not in the copy of the act (an open legal question)."))
        }

        // The municipality's own bodies (added after the national route; names only).
        if let local {
            e.verdict.values.local.municipalityName = local.municipalityName
            if route.contains(.municipalityReconsideration), let body = local.reconsideration {
                e.verdict.values.local.reconsideration = body
                e.cite(body.source)
            }
        }
    }

    /// An acute § 126 hold before 2020: a municipal afgørelse under SEL § 133, stk. 1, reconsidered
    /// by the municipality — or, for staff of a regional offer (or a private provider in one the
    /// regionsråd established), by the regionsråd while SEL § 133, stk. 3 stood (LBK 810/2012,
    /// 1093/2013; gone from LBK 254/2014).
    static func regionalOrMunicipal<R: Recorder>(
        _ facts: Facts, lodging: CivilDate, appealBody: ComplaintBody, route: inout ComplaintRoute,
        known: inout Conjunction, into e: inout Evaluation<Values, R>
    ) {
        let asOf = e.context.asOf
        e.verdict.values.suspensiveEffect = false
        let regional = facts.offerIsRegional == true
        let regionalSeen = lodging <= ComplaintRegimes.regionalCouncilLastSeen
        let regionalGone = lodging >= ComplaintRegimes.regionalCouncilGoneBy
        if regional, !regionalSeen, !regionalGone {
            // Lodged between the last consolidation with stk. 3 and the first without it.
            route.append(.municipalityReconsideration)
            route.append(appealBody)
            e.verdict.values.openLegalQuestion = .regionalCouncilEnd
            known.add(nil)
            e.test(
                Rules.regional(on: asOf), holds: nil,
                LocalizedText(
                    da: "Indgrebet skete i et regionalt tilbud, og klagen indgives \(lodging.danishText): regionsrådet genvurderede sådanne klager efter § 133, stk. 3 (LBK 1093/2013 af 5. september 2013), men reglen er væk i LBK 254/2014 af 20. marts 2014, hvor den kommune, der har ansvaret for opholdet, genvurderer. Hvornår den ophørte, er ikke i kopien af lovene (åbent juridisk spørgsmål); en klage til den forkerte myndighed sendes videre (forvaltningsloven § 7, stk. 2).",
                    en: "The hold was in a regional offer and the complaint is lodged on \(lodging.englishText): the regional council reconsidered such complaints under § 133, stk. 3 (LBK 1093/2013 of 5 September 2013), but the rule is gone from LBK 254/2014 of 20 March 2014, where the municipality responsible for the stay reconsiders. When it ended is not in the copy of the acts (an open legal question); a complaint sent to the wrong body is forwarded (FVL § 7, stk. 2)."))
            e.cite(Rules.forwardMisdirected)
            return
        }
        let byRegion = regional && regionalSeen
        route.append(byRegion ? .regionalCouncil : .municipalityReconsideration)
        route.append(appealBody)
        e.verdict.values.lodgeWith = byRegion ? .regionalCouncil : .municipalityReconsideration
        e.test(
            Rules.coercion(stk: 1), holds: true,
            LocalizedText(
                da: "Før 2020 var personalets akutte fastholdelse (§ 126) en afgørelse, der efter serviceloven § 133, stk. 1 kan påklages efter retssikkerhedslovens kapitel 10: klagen indgives til \(byRegion ? "regionsrådet" : "kommunen"), der genvurderer og sender videre til \(appealBody.name(on: lodging).da).",
                en: "Before 2020 staff's acute hold (§ 126) was a decision that SEL § 133, stk. 1 makes appealable under RSL chapter 10: the complaint goes to \(byRegion ? "the regional council" : "the municipality"), which reconsiders and forwards to \(appealBody.name(on: lodging).en)."))
        if byRegion {
            e.test(
                Rules.regional(on: asOf), holds: true,
                LocalizedText(
                    da: "Indgrebet skete af ansatte i et regionalt tilbud (eller af en privat leverandør i et tilbud, regionsrådet har etableret): klagen indsendes til regionsrådet, som vurderer den efter RSL § 66 (serviceloven § 133, stk. 3).",
                    en: "The hold was by staff of a regional offer (or a private provider in an offer the regional council established): the complaint goes to the regional council, which assesses it under RSL § 66 (SEL § 133, stk. 3)."))
        } else if facts.offerIsRegional == nil, lodging <= ComplaintRegimes.regionalCouncilLastSeen || !regionalGone {
            e.test(
                Rules.regional(on: asOf), holds: nil,
                LocalizedText(
                    da: "Skete indgrebet i et regionalt tilbud, genvurderede regionsrådet klagen (serviceloven § 133, stk. 3, til 2013); en klage til kommunen sendes i så fald videre (forvaltningsloven § 7, stk. 2). Fakta offerIsRegional afgør det.",
                    en: "If the hold was in a regional offer, the regional council reconsidered the complaint (SEL § 133, stk. 3, to 2013); a complaint lodged with the municipality is then forwarded (FVL § 7, stk. 2). The fact offerIsRegional decides it."))
        }
    }

    /// An admission without consent: decided by det sociale nævn (to 2013-06-30), Statsforvaltningen
    /// (to 2019-03-31) or Familieretshuset; complained of to Ankestyrelsen within 4 weeks without
    /// reconsideration, with suspensive effect and court review.
    static func admissionRoute<R: Recorder>(
        regimeDate: CivilDate, lodging: CivilDate, route: inout ComplaintRoute, into e: inout Evaluation<Values, R>
    ) {
        let asOf = e.context.asOf
        let abolished = ComplaintRegimes.socialBoardsAbolished
        let decider: ComplaintBody =
            regimeDate < abolished
            ? .socialBoard : regimeDate < ComplaintRegimes.familyCourtHouseFrom ? .stateAdministration : .familyCourtHouse
        let receiver: ComplaintBody? =
            switch decider {
            case .socialBoard: lodging < abolished ? .socialBoard : nil
            case .stateAdministration: lodging < ComplaintRegimes.familyCourtHouseFrom ? .stateAdministration : .familyCourtHouse
            default: .familyCourtHouse
            }
        if decider == .socialBoard {
            e.test(
                Rules.boardOldDecider, holds: true,
                LocalizedText(
                    da: "Afgørelsen om optagelse uden samtykke er truffet \(regimeDate.danishText) af det sociale nævn efter indstilling fra kommunalbestyrelsen (serviceloven § 131 som affattet før 1. juli 2013); nævnets afgørelse genvurderes ikke, men sendes straks til Ankestyrelsen.",
                    en: "The decision on admission without consent was made on \(regimeDate.englishText) by the social board on the municipal council's proposal (SEL § 131 as worded before 1 July 2013); the board's decision is not reconsidered but sent at once to Ankestyrelsen."))
        }
        if let receiver, receiver != decider, asOf >= ComplaintRegimes.familyCourtHouseFrom {
            e.test(
                Rules.transition2019, holds: true,
                LocalizedText(
                    da: "Statsforvaltningen traf afgørelsen \(regimeDate.danishText), men blev nedlagt 1. april 2019; Familieretshuset har overtaget sagerne, så klagen indgives \(lodging.danishText) til Familieretshuset.",
                    en: "Statsforvaltningen made the decision on \(regimeDate.englishText) but closed on 1 April 2019; Familieretshuset took over its cases, so the complaint lodged on \(lodging.englishText) goes to Familieretshuset."))
        }
        if let receiver {
            route.append(receiver)
        } else if e.verdict.values.openLegalQuestion == nil {
            e.verdict.values.openLegalQuestion = .transition2013
            e.test(
                Rules.transition2013, holds: nil,
                LocalizedText(
                    da: "Det sociale nævn traf afgørelsen før 1. juli 2013 og er nedlagt; klagen indgives \(lodging.danishText) til Ankestyrelsen, som fra den dag behandler alle klager. Hvordan nævnets verserende sager overgik, står i overgangsreglerne i lov nr. 493/2013, der ikke er i kopien af loven (åbent juridisk spørgsmål).",
                    en: "The social board made the decision before 1 July 2013 and has closed; the complaint lodged on \(lodging.englishText) goes to Ankestyrelsen, which from that day handles every complaint. How the board's pending cases passed on is in the transitional rules of lov nr. 493/2013, which are not in the copy of the act (an open legal question)."))
        }
        route.append(.ankestyrelsen)
        route.append(.court)
        e.verdict.values.lodgeWith = receiver ?? .ankestyrelsen
        e.verdict.values.suspensiveEffect = true
        e.test(
            Rules.admissionComplaints, holds: true,
            LocalizedText(
                da: "Afgørelsen om optagelse uden samtykke er truffet af \(decider.name(on: regimeDate).da); klagen indgives til \((receiver ?? .ankestyrelsen).name(on: lodging).da) inden 4 uger og går til Ankestyrelsen uden genvurdering (serviceloven § 134, stk. 1 og 4).",
                en: "The decision on admission without consent was made by \(decider.name(on: regimeDate).en); the complaint is lodged with \((receiver ?? .ankestyrelsen).name(on: lodging).en) within 4 weeks and goes to Ankestyrelsen without reconsideration (SEL § 134, stk. 1 and 4)."))
        e.cite(Rules.admissionNoReconsideration)
        e.test(
            Rules.admissionSuspension, holds: true,
            LocalizedText(
                da: "Klagen har opsættende virkning, medmindre \(decider.name(on: regimeDate).da) samtidig har truffet afgørelse om straks at iværksætte optagelsen.",
                en: "The complaint has suspensive effect unless \(decider.name(on: regimeDate).en) decided at the same time to carry out the admission at once."))
        e.test(
            Rules.courtReview(admission: true, on: asOf), holds: true,
            LocalizedText(
                da: "Ankestyrelsens afgørelse kan indbringes for retten efter retsplejelovens kapitel 43 a; Ankestyrelsen afgør sagen inden 8 uger og oplyser om fristen.",
                en: "Ankestyrelsen's decision can be brought before the court under the Administration of Justice Act chapter 43 a; Ankestyrelsen decides within 8 weeks and states the time limit."))
    }

    /// The deadline, whether it runs, and whether a filed complaint is in time.
    static func deadline<R: Recorder>(_ facts: Facts, known: inout Conjunction, into e: inout Evaluation<Values, R>) {
        let asOf = e.context.asOf
        switch facts.complaintGuidanceGiven {
        case false?:
            e.verdict.values.deadlineRunning = false
            if facts.complaintFiledOn != nil { e.verdict.values.inTime = true }
            e.test(
                Rules.deadline, holds: false,
                LocalizedText(
                    da: "Der er ikke givet klagevejledning: klagefristen på 4 uger løber ikke, før en korrekt klagevejledning er givet, og en klage er derfor rettidig.",
                    en: "No complaint guidance was given: the 4-week deadline does not run until correct guidance is given, so a complaint is in time."))
            return
        case nil:
            e.missing("complaintGuidanceGiven")
            known.add(nil)
            e.test(
                Rules.deadline, holds: nil,
                LocalizedText(
                    da: "Det er ukendt, om afgørelsen blev ledsaget af klagevejledning; uden den løber klagefristen ikke.",
                    en: "It is unknown whether the decision carried complaint guidance; without it the deadline does not run."))
        case true?:
            e.verdict.values.deadlineRunning = true
        }
        guard let notified = facts.notifiedOn else {
            e.missing("notifiedOn")
            known.add(nil)
            if facts.delivery == nil { e.missing("delivery") }
            return
        }
        guard let delivery = facts.delivery else {
            e.missing("delivery")
            known.add(nil)
            return
        }
        guard facts.complaintGuidanceGiven == true else { return }
        guard let receipt = Receipt.of(notified: notified, delivery: delivery, postClass: facts.postClass, receivedOn: facts.receivedOn),
            let pair = deadlines(receipt)
        else {
            // Built in Swift past the calendar's end (JSON input is rejected): no deadline.
            e.missing("notifiedOn")
            known.add(nil)
            return
        }
        let safe = pair.safe
        let favourable = pair.favourable
        e.verdict.values.receivedOn = receipt.safe
        e.verdict.values.receiptRule = receipt.rule
        if let question = receipt.openQuestion, e.verdict.values.openLegalQuestion == nil {
            e.verdict.values.openLegalQuestion = question
        }
        receiptExplanation(facts, notified: notified, receipt: receipt, into: &e)

        let told = safe.safeDate
        let lenient = favourable.citizenFavourableDate
        e.verdict.values.deadline = told
        if told != safe.nominal { e.verdict.values.deadlineExtendedFrom = safe.nominal }
        if lenient > told { e.verdict.values.citizenFavourableDeadline = lenient }
        let eve = safe.eveAffected ?? favourable.eveAffected
        e.verdict.values.eveWarning = eve
        if eve != nil, e.verdict.values.openLegalQuestion == nil { e.verdict.values.openLegalQuestion = .evesExtendDeadlines }
        e.test(
            Rules.deadline, holds: true,
            LocalizedText(
                da: "Klagefristen er 4 uger fra modtagelsen (\(receipt.safe.danishText)), som ikke medregnes: \(safe.nominal.danishText).",
                en: "The deadline is 4 weeks from receipt (\(receipt.safe.englishText)), which is not counted: \(safe.nominal.englishText)."))
        e.cite(CalendarRuleSets.periodRule(on: asOf))
        if told != safe.nominal {
            e.test(
                CalendarRuleSets.nonWorkingRule(on: asOf), holds: true,
                LocalizedText(
                    da: "\(safe.nominal.danishText) er en lørdag, søndag eller helligdag; fristen udløber først \(told.danishText).",
                    en: "\(safe.nominal.englishText) is a Saturday, Sunday or public holiday; the deadline moves to \(told.englishText)."))
        }
        if let eve {
            e.test(
                CalendarRuleSets.evesRule, holds: nil,
                LocalizedText(
                    da: "\(eve.danishName) afgør fristen. Ingen lov forlænger en klagefrist over dagen (forældelsesloven § 27, stk. 2 gælder kun forældelsesfrister): den frist, der oplyses, er den sikre, \(told.danishText). Om en klage indgivet til og med \(lenient.danishText) er rettidig, bedømmes til borgerens fordel, men det er et åbent juridisk spørgsmål (eves-extend-deadlines).",
                    en: "\(eve.englishName) decides the deadline. No statute extends a complaint deadline over it (forældelsesloven § 27, stk. 2 covers limitation periods only): the deadline told is the safe one, \(told.englishText). Whether a complaint filed up to and including \(lenient.englishText) is in time is judged in the citizen's favour, but this is an open legal question (eves-extend-deadlines)."))
        }
        guard let filed = facts.complaintFiledOn else { return }
        let dependsOnFacts =
            (receipt.dependsOnPostClass && facts.postClass == nil) || (receipt.dependsOnReceivedOn && facts.receivedOn == nil)
        if filed <= told {
            e.verdict.values.inTime = true
            e.test(
                Rules.deadline, holds: true,
                LocalizedText(
                    da: "Klagen blev indgivet \(filed.danishText), senest på fristens sidste dag (\(told.danishText)): den er rettidig.",
                    en: "The complaint was filed on \(filed.englishText), no later than the deadline (\(told.englishText)): it is in time."))
        } else if filed <= lenient, !dependsOnFacts {
            e.verdict.values.inTime = true
            e.test(
                Rules.deadline, holds: true,
                LocalizedText(
                    da: "Klagen blev indgivet \(filed.danishText), efter den sikre frist (\(told.danishText)) men senest \(lenient.danishText): til borgerens fordel er den rettidig, fordi ingen regel fastslår, at fristen udløb før (åbent juridisk spørgsmål).",
                    en: "The complaint was filed on \(filed.englishText), after the safe deadline (\(told.englishText)) but by \(lenient.englishText): in the citizen's favour it is in time, as no rule says the deadline ended earlier (an open legal question)."))
        } else if dependsOnFacts, filed <= lenient || receipt.unbounded {
            // A fact not known could still make the complaint late: ask for it.
            if receipt.dependsOnPostClass, facts.postClass == nil { e.missing("postClass") }
            if receipt.dependsOnReceivedOn, facts.receivedOn == nil { e.missing("receivedOn") }
            known.add(nil)
            e.test(
                Rules.deadline, holds: nil,
                LocalizedText(
                    da: "Klagen blev indgivet \(filed.danishText), efter den sikre frist (\(told.danishText)). Om den er rettidig, afhænger af, hvornår brevet kom frem\(receipt.dependsOnPostClass && facts.postClass == nil ? " og om det var A- eller B-post" : ""). Kan myndigheden ikke godtgøre en tidligere modtagelse, bedømmes den til borgerens fordel\(filed <= lenient ? " som rettidig (fristen regnet fra \(receipt.favourable.danishText): \(lenient.danishText))" : "") — et åbent juridisk spørgsmål.",
                    en: "The complaint was filed on \(filed.englishText), after the safe deadline (\(told.englishText)). Whether it is in time depends on when the letter came\(receipt.dependsOnPostClass && facts.postClass == nil ? " and whether it was A- or B-post" : ""). Unless the authority can show an earlier receipt, it is judged in the citizen's favour\(filed <= lenient ? " as in time (the deadline counted from \(receipt.favourable.englishText): \(lenient.englishText))" : "") — an open legal question."))
        } else {
            e.verdict.values.inTime = false
            e.test(
                Rules.deadline, holds: false,
                LocalizedText(
                    da: "Klagen blev indgivet \(filed.danishText), efter fristens udløb \(lenient.danishText): den er for sen. Klageinstansen kan se bort fra overskridelsen, hvis der er særlige grunde (fx alvorlig sygdom; RSL § 67, stk. 2).",
                    en: "The complaint was filed on \(filed.englishText), after the deadline of \(lenient.englishText): it is late. The appeal body may disregard this for special reasons (e.g. serious illness; RSL § 67, stk. 2)."))
        }
    }

    /// Says which rule gave the day of receipt.
    static func receiptExplanation<R: Recorder>(
        _ facts: Facts, notified: CivilDate, receipt: Receipt, into e: inout Evaluation<Values, R>
    ) {
        let asOf = e.context.asOf
        switch receipt.rule {
        case .digital:
            e.test(
                asOf >= CalendarRuleSets.guidanceFrom ? Rules.receiptDigital : Rules.deadline, holds: true,
                LocalizedText(
                    da: "Afgørelsen blev sendt digitalt og anses for modtaget den dag, den var tilgængelig: \(receipt.safe.danishText) (også på en helligdag).",
                    en: "The decision was sent digitally and counts as received on the day it was available: \(receipt.safe.englishText) (even on a holiday)."))
        case .inPerson:
            e.test(
                Rules.deadline, holds: true,
                LocalizedText(
                    da: "Afgørelsen blev meddelt personligt \(receipt.safe.danishText); fristen regnes fra den dag.",
                    en: "The decision was given in person on \(receipt.safe.englishText); the deadline counts from that day."))
        case .aPostNextDay:
            e.test(
                Rules.receiptAPost, holds: true,
                LocalizedText(
                    da: "Afgørelsen blev sendt med A-post \(notified.danishText) og anses efter Ombudsmandens praksis (FOB 2007.399) for modtaget dagen efter: \(receipt.safe.danishText).",
                    en: "The decision was sent by A-post on \(notified.englishText) and, by the Ombudsman's practice (FOB 2007.399), counts as received the next day: \(receipt.safe.englishText)."))
        case .unpresumedBefore2016:
            e.test(
                Rules.receiptAPost, holds: nil,
                LocalizedText(
                    da: "Afgørelsen blev sendt med \(facts.postClass == .bPost ? "B-post" : "almindelig post") \(notified.danishText). For A-post er formodningen dagen efter (FOB 2007.399), \(receipt.safe.danishText), og den frist oplyses — den er tidligere end bibliotekets tidligere læsning (6 hverdage). For B-post er ingen formodning fundet; til borgerens fordel bedømmes en klage ud fra 6. hverdag, \(receipt.favourable.danishText), medmindre modtagelsesdagen kendes (åbent juridisk spørgsmål).",
                    en: "The decision was posted as \(facts.postClass == .bPost ? "B-post" : "a letter") on \(notified.englishText). For A-post the presumption is the next day (FOB 2007.399), \(receipt.safe.englishText), and that deadline is told — earlier than the library's former reading (6 working days). For B-post no presumption was found; in the citizen's favour a complaint is judged from the 6th working day, \(receipt.favourable.englishText), unless the day of receipt is known (an open legal question)."))
        case .quickbrev2016:
            e.test(
                Rules.receiptPost2016, holds: true,
                LocalizedText(
                    da: "Afgørelsen blev sendt som Quickbrev (A-post) \(notified.danishText); Ankestyrelsen regnede det for modtaget 2 dage efter: \(receipt.safe.danishText).",
                    en: "The decision was sent as Quickbrev (A-post) on \(notified.englishText); Ankestyrelsen took it as received 2 days later: \(receipt.safe.englishText)."))
        case .weekdayTable2016:
            e.test(
                Rules.receiptPost2016, holds: receipt.openQuestion == nil ? true : nil,
                LocalizedText(
                    da: "Afgørelsen blev sendt med almindelig post \(notified.danishText). For breve sendt fra 1. juli 2016 til vejledningen af 26. juni 2018 regnede Ankestyrelsen et brev (Brevet) for modtaget 5 dage efter afsendelse en mandag, tirsdag eller fredag, 7 dage efter en onsdag og 6 dage efter en torsdag, og et Quickbrev efter 2 dage. \(facts.postClass == nil ? "Uden oplysning om portoen oplyses fristen fra \(receipt.safe.danishText); en klage bedømmes fra \(receipt.favourable.danishText), hvis brevet var et almindeligt brev." : "Brevet regnes for modtaget \(receipt.favourable.danishText).")",
                    en: "The decision was posted on \(notified.englishText). For letters posted from 1 July 2016 until the guidance of 26 June 2018, Ankestyrelsen took an ordinary letter (Brevet) as received 5 days after posting on a Monday, Tuesday or Friday, 7 days after a Wednesday and 6 days after a Thursday, and a Quickbrev after 2 days. \(facts.postClass == nil ? "Without the postage class the deadline is told from \(receipt.safe.englishText); a complaint is judged from \(receipt.favourable.englishText) if it was an ordinary letter." : "The letter counts as received on \(receipt.favourable.englishText).")"))
        case .sixWorkingDays:
            e.test(
                Rules.receiptPost, holds: true,
                receipt.safe == receipt.favourable
                    ? LocalizedText(
                        da: "Afgørelsen blev sendt med almindelig post \(notified.danishText) og anses for modtaget 6 hverdage efter, at brevet er dateret og afsendt: \(receipt.safe.danishText).",
                        en: "The decision was posted as an ordinary letter on \(notified.englishText) and counts as received 6 working days after it was dated and posted: \(receipt.safe.englishText).")
                    : LocalizedText(
                        da: "Afgørelsen blev sendt med almindelig post \(notified.danishText) og anses for modtaget 6 hverdage senere. Grundlovsdag, 24. eller 31. december falder i tællingen: regnet som hverdag bliver det \(receipt.safe.danishText) (den frist oplyses), ellers \(receipt.favourable.danishText) (en klage bedømmes herfra til borgerens fordel; åbent juridisk spørgsmål).",
                        en: "The decision was posted as an ordinary letter on \(notified.englishText) and counts as received 6 working days later. Grundlovsdag, 24 or 31 December falls in the count: counted as a working day it is \(receipt.safe.englishText) (that deadline is told), else \(receipt.favourable.englishText) (a complaint is judged from it in the citizen's favour; an open legal question)."))
        case .afterPostNord:
            e.test(
                Rules.deadline, holds: nil,
                LocalizedText(
                    da: "Afgørelsen blev sendt med post \(notified.danishText). PostNord omdelte sine sidste breve 30. december 2025, og ingen offentliggjort formodning siger, hvornår et brev nu anses for modtaget (åbent juridisk spørgsmål letter-receipt-after-postnord). Den frist, der oplyses, regnes fra dagen efter afsendelsen, \(receipt.safe.danishText); en senere klage bedømmes til borgerens fordel ud fra 6. hverdag, \(receipt.favourable.danishText), medmindre modtagelsesdagen (receivedOn) kendes. Send helst digitalt.",
                    en: "The decision was posted on \(notified.englishText). PostNord delivered its last letters on 30 December 2025, and no published presumption says when a letter now counts as received (open legal question letter-receipt-after-postnord). The deadline told counts from the day after posting, \(receipt.safe.englishText); a later complaint is judged in the citizen's favour from the 6th working day, \(receipt.favourable.englishText), unless the day of receipt (receivedOn) is known. Prefer digital delivery."))
        case .established:
            e.test(
                Rules.deadline, holds: true,
                LocalizedText(
                    da: "Brevet blev sendt \(notified.danishText) og kom frem \(receipt.safe.danishText); fristen regnes fra den dag (RSL § 67, stk. 1: fra klageren har fået meddelelse).",
                    en: "The letter was posted on \(notified.englishText) and came on \(receipt.safe.englishText); the deadline counts from that day (RSL § 67, stk. 1: from when the complainant was notified)."))
        }
        if facts.receivedOn != nil, facts.delivery == .letter, receipt.rule != .established {
            e.test(
                Rules.deadline, holds: true,
                LocalizedText(
                    da: "Brevet kom frem \(facts.receivedOn?.danishText ?? ""): en senere dag end formodningen tæller, en tidligere ikke.",
                    en: "The letter came on \(facts.receivedOn?.englishText ?? ""): a day later than the presumption counts, an earlier one does not."))
        }
    }

    // MARK: Decisions without an administrative appeal

    /// An ældreloven decision that ÆL § 30 does not let be appealed: not listed in stk. 1, or the
    /// part that ends an SEL decision (stk. 2).
    static func evaluateExcludedDecision<R: Recorder>(
        _ facts: Facts, _ ael: AeldrelovDecision, local: LocalComplaintBodies?, into e: inout Evaluation<Values, R>
    ) {
        let asOf = e.context.asOf
        e.verdict.values.appealable = false
        e.verdict.values.appealExcluded = true
        e.verdict.values.regimeDate = facts.decisionDate ?? facts.notifiedOn ?? asOf
        e.test(
            ael == .endsSelDecision ? Rules.aelExcluded : Rules.aelAppeal, holds: false,
            ael == .endsSelDecision
                ? LocalizedText(
                    da: "Den del af afgørelsen efter ældreloven, som bringer en afgørelse efter serviceloven §§ 83, 83 a, 84, 86, stk. 1, 91, stk. 3, 119 eller 122 til ophør, kan ikke indbringes for Ankestyrelsen (ældreloven § 30, stk. 2).",
                    en: "The part of the ældreloven decision that ends a decision under SEL §§ 83, 83 a, 84, 86, stk. 1, 91, stk. 3, 119 or 122 cannot be brought before Ankestyrelsen (ÆL § 30, stk. 2).")
                : LocalizedText(
                    da: "Afgørelsen er truffet efter en bestemmelse i ældreloven, som § 30, stk. 1 ikke nævner (fx §§ 6, 9, 12, 15): der er ingen administrativ klageadgang.",
                    en: "The decision is under a provision of ældreloven that § 30, stk. 1 does not list (e.g. §§ 6, 9, 12, 15): there is no administrative appeal."))
        var route = ComplaintRoute()
        route.append(.municipalManagement)
        route.append(.supervisoryAuthority)
        route.append(.ombudsman)
        e.verdict.values.route = route
        e.verdict.values.lodgeWith = .municipalManagement
        // No deadline at the municipality; the Ombudsman's year runs from the decision.
        if facts.complaintFiledOn != nil { e.verdict.values.inTime = true }
        e.test(
            Rules.ombudsmanExhaust, holds: true,
            LocalizedText(
                da: "Borgeren kan bede kommunen se på sagen igen, og Ankestyrelsen (tilsynet) kan se på lovligheden. Da ingen anden forvaltningsmyndighed kan tage stilling, kan der klages til Folketingets Ombudsmand inden 1 år efter afgørelsen (ombudsmandsloven §§ 13–14).",
                en: "The citizen can ask the municipality to look at the matter again, and Ankestyrelsen (the supervision) can review its legality. As no other administrative body can decide, a complaint can go to the Parliamentary Ombudsman within 1 year of the decision (OMBL §§ 13–14)."))
        e.cite(Rules.ombudsmanYear)
        e.cite(Rules.tilsynet)
        if let local { e.verdict.values.local.municipalityName = local.municipalityName }
        e.verdict.outcome = .determined
    }

    // MARK: Matters that cannot be appealed

    static func evaluateOtherRoute<R: Recorder>(
        _ facts: Facts, local: LocalComplaintBodies?, into e: inout Evaluation<Values, R>
    ) {
        let subject = facts.subject
        let asOf = e.context.asOf
        e.verdict.values.appealable = false
        e.verdict.values.regimeDate = asOf
        var route = ComplaintRoute()
        switch subject {
        case .practicalDelivery, .staffConduct:
            route.append(.offerManagement)
            route.append(.municipalManagement)
        case .caseHandling, .discrimination:
            route.append(.municipalManagement)
        case .serviceLevel, .userInfluenceGuidelines:
            route.append(.municipalCouncil)
            e.test(
                subject == .serviceLevel ? Rules.serviceLevel : Rules.userInfluence, holds: false,
                LocalizedText(
                    da: "Serviceniveau, kvalitetsstandarder og retningslinjer for brugerindflydelse er generelle, politiske beslutninger og ikke afgørelser; de kan ikke påklages (RSL § 60, stk. 3), men den enkelte afgørelse, der anvender dem, kan.",
                    en: "Service levels, quality standards and user-influence guidelines are general, political decisions, not decisions in individual cases; they cannot be appealed (RSL § 60, stk. 3), but an individual decision applying them can."))
        case .offerQualityConcern:
            if asOf >= ComplaintRegimes.socialSupervisionFrom {
                // Socialtilsynet supervises the offers' quality; its whistleblower scheme needs no
                // prior complaint to the offer, whose management is the other way in.
                route.append(.socialSupervision)
                route.append(.offerManagement)
                e.verdict.values.supervisedBy = .socialSupervision
                e.test(
                    Rules.socialSupervisionAct, holds: true,
                    LocalizedText(
                        da: "Bekymring for kvaliteten af et tilbud (fx et botilbud) meldes til Socialtilsynet, der fører tilsyn med tilbuddene, gennem dets \(asOf >= LegalInstrument.lbk1109_2022.appliesFrom ? "whistleblowerordning" : "telefon og e-postadresse") (lov om socialtilsyn § 11; anonymt hvis ønsket; ingen tilbagemelding og ingen partsstatus). Man kan også tage det op med tilbuddets ledelse.",
                        en: "A concern about an offer's quality (e.g. a residential offer) is reported to the social supervision authority, which supervises the offers, through its \(asOf >= LegalInstrument.lbk1109_2022.appliesFrom ? "whistleblower scheme" : "telephone line and e-mail address") (lov om socialtilsyn § 11; anonymous if wished; no feedback and no party status). It can also be raised with the offer's management."))
                e.cite(Rules.socialSupervision)
            } else {
                route.append(.offerManagement)
                route.append(.municipalManagement)
                let regional = facts.offerIsRegional
                e.verdict.values.supervisedBy = regional.map { $0 ? .regionalCouncil : .localMunicipality }
                e.test(
                    regional == true ? Rules.regionalSupervision : Rules.localSupervision, holds: true,
                    LocalizedText(
                        da: "Socialtilsynet fandtes ikke før 1. januar 2014 (lov om socialtilsyn § 25). Tilsynet med tilbuddets personale, bygninger og økonomi lå hos den stedlige kommunalbestyrelse — kommunen, hvor tilbuddet ligger, ikke nødvendigvis den, der bevilgede hjælpen (serviceloven § 148 a)\(regional == true ? "; for et regionalt tilbud hos regionsrådet (§ 5, stk. 7)" : regional == nil ? ", for regionale tilbud regionsrådet (§ 5, stk. 7)" : ""). Bekymringen rettes dertil og til tilbuddets ledelse.",
                        en: "The social supervision authority did not exist before 1 January 2014 (lov om socialtilsyn § 25). Supervision of the offer's staff, buildings and finances lay with den stedlige kommunalbestyrelse — the municipality where the offer lies, not necessarily the one that granted the help (SEL § 148 a)\(regional == true ? "; for a regional offer with the regional council (§ 5, stk. 7)" : regional == nil ? ", for regional offers the regional council (§ 5, stk. 7)" : ""). The concern goes there and to the offer's management."))
            }
        default:
            break
        }
        e.test(
            Rules.appealRight, holds: false,
            LocalizedText(
                da: "Der er ingen klageinstans og ingen klagefrist; henvendelsen rettes til \(route.first?.name(on: asOf).da ?? "kommunen").",
                en: "There is no appeal body and no deadline; the complaint goes to \(route.first?.name(on: asOf).en ?? "the municipality")."))

        // Borgerrådgiveren: only where the municipality has one, after the administration answered.
        let advisorSubject = subject == .practicalDelivery || subject == .staffConduct || subject == .caseHandling
            || subject == .discrimination
        var lodge = route.first
        if advisorSubject, let local, local.hasAdvisor {
            route.append(.citizensAdvisor)
            e.verdict.values.local.advisor = local.advisor
            let answered = facts.municipalityAnswered
            if answered == true { lodge = .citizensAdvisor } else { e.verdict.values.advisorAwaitsAnswer = true }
            e.test(
                Rules.advisor, holds: answered,
                LocalizedText(
                    da: "Kommunen har en borgerrådgiver, der kan behandle klager over sagsbehandling, personalets optræden, praktiske opgaver og diskrimination — når forvaltningen har svaret på klagen\(answered == true ? " (det har den)" : " (først klage til forvaltningen)"). Borgerrådgiveren kan ikke behandle klager over afgørelsers indhold.",
                    en: "The municipality has a citizens' advisor who handles complaints about case handling, staff conduct, practical tasks and discrimination — once the administration has answered the complaint\(answered == true ? " (it has)" : " (complain to the administration first)"). The advisor cannot review the content of decisions."))
        } else if advisorSubject, local == nil {
            e.test(
                Rules.advisor, holds: nil,
                LocalizedText(
                    da: "Uden kommune vides det ikke, om der er en borgerrådgiver (KSL § 65 e er frivillig for kommunerne).",
                    en: "Without a municipality it is not known whether there is a citizens' advisor (KSL § 65 e is optional for councils)."))
        }
        if let local {
            e.verdict.values.local.municipalityName = local.municipalityName
            e.verdict.values.local.management = local.management
            if let body = e.verdict.values.local.management { e.cite(body.source) }
            if let body = e.verdict.values.local.advisor { e.cite(body.source) }
        }

        // Tilsynet: legality of case handling and general decisions.
        if subject == .caseHandling || subject == .serviceLevel || subject == .userInfluenceGuidelines {
            route.append(.supervisoryAuthority)
            e.test(
                Rules.tilsynet, holds: true,
                LocalizedText(
                    da: "\(ComplaintBody.supervisoryAuthority.name(on: asOf).da) kan se på, om kommunen har overholdt lovgivningen (ikke rimelighed eller god forvaltningsskik); tilsynet vælger selv, om det tager sagen op.",
                    en: "\(ComplaintBody.supervisoryAuthority.name(on: asOf).en) can review whether the municipality kept the law (not reasonableness or good administration); it decides itself whether to take the matter up."))
        }
        // Folketingets Ombudsmand: only once the highest authority has decided (OMBL § 14).
        if facts.highestAuthorityDecided == true {
            route.append(.ombudsman)
            lodge = .ombudsman
            e.test(
                Rules.ombudsman, holds: true,
                LocalizedText(
                    da: "Den højeste myndighed har taget stilling (ombudsmandsloven § 14); der kan klages til Folketingets Ombudsmand inden 1 år efter, at forholdet fandt sted (§ 13, stk. 3).",
                    en: "The highest authority has decided (OMBL § 14); a complaint can go to the Parliamentary Ombudsman within 1 year of the matter (§ 13, stk. 3)."))
            e.cite(Rules.ombudsmanYear)
            e.cite(Rules.ombudsmanExhaust)
        }
        e.verdict.values.route = route
        e.verdict.values.lodgeWith = lodge
        // No deadline runs for the bodies before the Ombudsman; the Ombudsman's year runs from a
        // date the facts do not give, so `inTime` is said only when it is known not to be the one.
        if facts.complaintFiledOn != nil, facts.highestAuthorityDecided == false { e.verdict.values.inTime = true }
        e.verdict.outcome = .determined
    }
}
