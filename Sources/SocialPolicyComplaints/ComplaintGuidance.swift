import SocialPolicyCore

/// Drafts the klagevejledning (FVL § 25) of a complaint answer, in Danish and English.
///
/// The text is built only when a `Decision` is made (from ``ComplaintRouteQuestion/Values``'s
/// `fields`), never on the hot path. It is a **draft** for a caseworker to review: it names the
/// body, says how (in writing or orally) and where to complain, gives the deadline as a date
/// (or says why none runs), and says what happens next.
public enum ComplaintGuidance: Sendable {
    /// The subject, in words.
    public static func subjectName(_ subject: ComplaintSubject) -> LocalizedText {
        switch subject {
        case .decision: LocalizedText(da: "en afgørelse", en: "a decision")
        case .coercionDecision: LocalizedText(da: "en afgørelse om magtanvendelse", en: "a decision on the use of force")
        case .coercionAct: LocalizedText(da: "en akut magtanvendelse", en: "an acute use of force")
        case .admissionDecision: LocalizedText(da: "en afgørelse om optagelse i et særligt botilbud uden samtykke", en: "a decision on admission to a special residential offer without consent")
        case .childYouthCommitteeDecision: LocalizedText(da: "en afgørelse fra børn og unge-udvalget", en: "a decision of the child and youth committee")
        case .practicalDelivery: LocalizedText(da: "den praktiske udførelse af hjælpen", en: "the practical delivery of help")
        case .staffConduct: LocalizedText(da: "personalets optræden", en: "staff conduct")
        case .caseHandling: LocalizedText(da: "sagsbehandlingen", en: "the case handling")
        case .discrimination: LocalizedText(da: "forskelsbehandling", en: "discrimination")
        case .serviceLevel: LocalizedText(da: "kommunens serviceniveau eller kvalitetsstandard", en: "the municipality's service level or quality standard")
        case .userInfluenceGuidelines: LocalizedText(da: "retningslinjerne for brugerindflydelse", en: "the user-influence guidelines")
        case .offerQualityConcern: LocalizedText(da: "kvaliteten af et tilbud", en: "the quality of an offer")
        case .disabilityBoardDecision:
            LocalizedText(
                da: "en afgørelse fra Det Socialfaglige Nævn vedrørende Magtanvendelse over for Borgere med Handicap",
                en: "a decision of the Social Board on Coercion towards Citizens with Disabilities")
        }
    }

    static func bodyText(_ body: ComplaintBody, _ values: ComplaintRouteQuestion.Values, date: CivilDate) -> LocalizedText {
        let name = body.name(on: date)
        let local: LocalComplaintBody? =
            switch body {
            case .municipalityReconsideration: values.local.reconsideration
            case .municipalManagement: values.local.management
            case .citizensAdvisor: values.local.advisor
            default: nil
            }
        guard let local else {
            if body == .municipalityReconsideration, let municipality = values.local.municipalityName {
                return LocalizedText(da: municipality, en: municipality)
            }
            return name
        }
        let contact = local.contact.isEmpty ? "" : " (\(local.contact))"
        return LocalizedText(da: "\(local.name)\(contact)", en: "\(local.englishName)\(contact)")
    }

    /// The guidance for `values`, or `nil` when the route is not known or none is to be given: a
    /// decision that fully grants the party's request needs no klagevejledning (FVL § 25, stk. 1,
    /// 2. pkt.), and none is drafted.
    public static func text(for values: ComplaintRouteQuestion.Values) -> LocalizedText? {
        guard let route = values.route, let lodge = values.lodgeWith, let subject = values.subject, !values.fullyGranted
        else { return nil }
        let date = values.regimeDate ?? values.asOf ?? CivilDate(2013, 1, 1)
        let asOf = values.asOf ?? date
        var da = ["UDKAST til klagevejledning — skal gennemgås af sagsbehandleren før afsendelse."]
        var en = ["DRAFT complaint guidance — to be reviewed by the caseworker before it is sent."]
        let lodgeText = bodyText(lodge, values, date: asOf)
        let how = LocalizedText(
            da: "Du kan klage skriftligt (brev eller e-mail) eller mundtligt (telefon eller personligt fremmøde); du behøver ikke begrunde klagen, men skriv gerne, hvad du er utilfreds med, og sagens nummer.",
            en: "You may complain in writing (letter or e-mail) or orally (by telephone or in person); you need not give reasons, but it helps to say what you disagree with and give the case number.")

        if values.appealable == true {
            // The body that decides the complaint: the last administrative body on the route
            // (the court, where it follows, is a later step, not where the citizen complains).
            let final = route.reversed().first { $0 != .court } ?? .ankestyrelsen
            da.append("Du kan klage over \(subjectName(subject).da) til \(final.name(on: date).da).")
            en.append("You can complain about \(subjectName(subject).en) to \(final.name(on: date).en).")
            da.append("Klagen skal sendes til \(lodgeText.da).")
            en.append("Send the complaint to \(lodgeText.en).")
            if values.local.reconsideration != nil, lodge == .municipalityReconsideration {
                da.append("(Gælder afgørelsen beskyttet beskæftigelse eller samværs- og aktivitetstilbud efter serviceloven §§ 103–104, som kvalitetsstandarden dækker; ellers den enhed, der traf afgørelsen.)")
                en.append("(Where the decision concerns sheltered employment or activity offers under SEL §§ 103–104, which the quality standard covers; otherwise the unit that made the decision.)")
            }
            da.append(how.da)
            en.append(how.en)
            if let deadline = values.deadline {
                // Always the safe date: never later than the law surely allows.
                da.append("Klagen skal være modtaget senest \(deadline.danishText).")
                en.append("The complaint must be received no later than \(deadline.englishText).")
                if values.receiptRule == .afterPostNord || values.receiptRule == .unpresumedBefore2016 {
                    da.append("Fristen er regnet fra dagen efter, at brevet blev sendt; kom brevet senere frem, så skriv, hvornår.")
                    en.append("The deadline counts from the day after the letter was posted; if it came later, say when.")
                }
            } else if values.deadlineRunning == false {
                da.append("Klagefristen er 4 uger fra du modtager afgørelsen med en klagevejledning; da der ikke var en klagevejledning, er fristen endnu ikke begyndt at løbe.")
                en.append("The deadline is 4 weeks from when you receive the decision with complaint guidance; as there was none, the deadline has not started to run.")
            } else if lodge == .municipalCouncil {
                da.append("Loven fastsætter ingen frist, men klag hurtigst muligt.")
                en.append("The law sets no deadline, but complain as soon as possible.")
            } else {
                da.append("Klagefristen er 4 uger fra den dag, du modtog afgørelsen.")
                en.append("The deadline is 4 weeks from the day you received the decision.")
            }
            switch lodge {
            case .municipalityReconsideration, .regionalCouncil:
                let within =
                    switch values.reconsiderationNotice {
                    case true?: LocalizedText(da: "14 dage", en: "14 days")
                    case false?: LocalizedText(da: "4 uger", en: "4 weeks")
                    case nil:
                        LocalizedText(
                            da: "4 uger (14 dage, hvis afgørelsen fratager eller nedsætter hjælp med varsel efter serviceloven § 3 a eller barnets lov § 11)",
                            en: "4 weeks (14 days if the decision withdraws or reduces help with notice under SEL § 3 a or BL § 11)")
                    }
                da.append("\(lodge == .regionalCouncil ? "Regionsrådet" : "Kommunen") ser på afgørelsen igen inden \(within.da). Fastholder den afgørelsen, sender den klagen og sagens papirer til \(final.name(on: date).da), som træffer afgørelse, og du får besked. Giver den dig helt eller delvist medhold, får du en ny afgørelse; giver den dig kun delvist medhold, skal du inden 4 uger sige, om du fastholder klagen.")
                en.append("\(lodge == .regionalCouncil ? "The regional council" : "The municipality") looks at the decision again within \(within.en). If it upholds it, it sends the complaint and the case papers to \(final.name(on: date).en), which decides, and you are told. If it agrees with you in full or in part, you get a new decision; if only in part, you must say within 4 weeks whether you maintain the complaint.")
            case .stateAdministration, .familyCourtHouse, .socialBoard:
                da.append("\(lodge.name(on: date).da) sender klagen videre til Ankestyrelsen. Ankestyrelsens afgørelse kan du forlange indbragt for retten; Ankestyrelsen oplyser om fristen.")
                en.append("\(lodge.name(on: date).en) forwards the complaint to Ankestyrelsen. You can demand that Ankestyrelsen's decision be brought before the court; Ankestyrelsen will state the time limit.")
            case .ankestyrelsen:
                if route.contains(.court) {
                    da.append("Ankestyrelsen behandler klagen direkte, uden genvurdering. Ankestyrelsens afgørelse kan indbringes for retten.")
                    en.append("Ankestyrelsen handles the complaint directly, without reconsideration. Its decision can be brought before the court.")
                } else {
                    da.append("Ankestyrelsen behandler klagen direkte, uden at nævnet genvurderer.")
                    en.append("Ankestyrelsen handles the complaint directly, without reconsideration by the board.")
                }
            case .municipalCouncil:
                da.append("Kommunalbestyrelsen vurderer, om magtanvendelsen var lovlig, og giver dig skriftligt svar\(asOf >= ComplaintRegimes.councilDecisionAppealableFrom ? "; gælder det fastholdelse m.v. efter § 124 d, stk. 2, kan svaret påklages til Ankestyrelsen" : "").")
                en.append("The municipal council assesses whether the use of force was lawful and answers you in writing\(asOf >= ComplaintRegimes.councilDecisionAppealableFrom ? "; for holding etc. under § 124 d, stk. 2, its answer can be appealed to Ankestyrelsen" : "").")
            default:
                break
            }
            switch values.suspensiveEffect {
            case true?:
                da.append("Klagen har opsættende virkning: du flytter ikke, før klagen er afgjort, medmindre det er besluttet, at optagelsen sker straks.")
                en.append("The complaint has suspensive effect: you will not be moved until it is decided, unless it was decided that the admission takes place at once.")
            case false?:
                da.append("Klagen har ikke opsættende virkning: afgørelsen gælder, mens klagen behandles.")
                en.append("The complaint has no suspensive effect: the decision applies while it is handled.")
            case nil:
                break
            }
        } else if values.appealExcluded == true {
            da.append("Afgørelsen (eller den del af den, du er utilfreds med) kan ikke påklages til Ankestyrelsen (ældreloven § 30).")
            en.append("The decision (or the part of it you are unhappy with) cannot be appealed to Ankestyrelsen (ældreloven § 30).")
            da.append("Du kan bede kommunen se på den igen. \(how.da)")
            en.append("You can ask the municipality to look at it again. \(how.en)")
            da.append("Ankestyrelsen kan som tilsyn se på, om kommunen har overholdt loven, og du kan klage til Folketingets Ombudsmand inden 1 år efter afgørelsen.")
            en.append("Ankestyrelsen, as the supervisory authority, can review whether the municipality kept the law, and you can complain to the Parliamentary Ombudsman within 1 year of the decision.")
        } else {
            da.append("Det, du er utilfreds med (\(subjectName(subject).da)), er ikke en afgørelse og kan ikke påklages til en klageinstans; der er ingen klagefrist.")
            en.append("What you are unhappy with (\(subjectName(subject).en)) is not a decision and cannot be appealed to an appeal body; there is no deadline.")
            if lodge == .socialSupervision {
                da.append("Du kan henvende dig til \(lodgeText.da) via tilsynets whistleblowerordning (fx tilsynets digitale formular; du kan være anonym). Du får ikke besked om, hvad tilsynet gør, og bliver ikke part i en sag. Du kan også tage det op med tilbuddets ledelse.")
                en.append("You can turn to \(lodgeText.en) through its whistleblower scheme (e.g. its online form; you may stay anonymous). You are not told what it does and do not become a party. You can also raise it with the offer's management.")
            } else if lodge == .ombudsman {
                da.append("Du kan henvende dig til \(lodgeText.da). Brug Ombudsmandens klageskema, et brev eller en e-mail (helst Digital Post), og opgiv dit fulde navn og din postadresse; Ombudsmanden behandler ikke anonyme klager.")
                en.append("You can turn to \(lodgeText.en). Use the Ombudsman's complaint form, a letter or an e-mail (preferably Digital Post), and give your full name and postal address; the Ombudsman does not handle anonymous complaints.")
            } else {
                da.append("Du kan henvende dig til \(lodgeText.da). \(how.da)")
                en.append("You can turn to \(lodgeText.en). \(how.en)")
            }
            var laterDa: [String] = []
            var laterEn: [String] = []
            var afterLodge = false
            for body in route {
                if body == lodge { afterLodge = true; continue }
                guard afterLodge, body != .ombudsman, !(lodge == .socialSupervision && body == .offerManagement) else { continue }
                let text = bodyText(body, values, date: asOf)
                laterDa.append(text.da)
                laterEn.append(text.en)
            }
            if !laterDa.isEmpty {
                da.append("Er du ikke tilfreds med svaret, kan du gå videre til: \(laterDa.joined(separator: "; ")).")
                en.append("If you are not satisfied with the answer, you can go on to: \(laterEn.joined(separator: "; ")).")
            }
            if route.contains(.socialSupervision), lodge != .socialSupervision {
                da.append("Socialtilsynet har en whistleblowerordning, hvor du kan være anonym; du får ikke besked om, hvad tilsynet gør, og bliver ikke part i en sag.")
                en.append("The social supervision authority has a whistleblower scheme where you can stay anonymous; you are not told what it does and do not become a party.")
            }
            if values.advisorAwaitsAnswer {
                da.append("Borgerrådgiveren kan først tage sagen, når forvaltningen har svaret på din klage.")
                en.append("The Citizens' Advisor can take the matter only once the administration has answered your complaint.")
            }
            if !values.municipalityKnown {
                da.append("Kommunens egne klageenheder (og om den har en borgerrådgiver) fremgår af kommunens oplysninger.")
                en.append("The municipality's own complaint units (and whether it has a citizens' advisor) are given by the municipality.")
            }
            if route.contains(.ombudsman) {
                da.append("Da den højeste myndighed har taget stilling, kan du klage til Folketingets Ombudsmand inden 1 år.")
                en.append("As the highest authority has decided, you can complain to the Parliamentary Ombudsman within 1 year.")
            } else {
                da.append("Når den højeste myndighed har taget stilling, kan du klage til Folketingets Ombudsmand.")
                en.append("Once the highest authority has decided, you can complain to the Parliamentary Ombudsman.")
            }
        }
        return LocalizedText(da: da.joined(separator: " "), en: en.joined(separator: " "))
    }
}
