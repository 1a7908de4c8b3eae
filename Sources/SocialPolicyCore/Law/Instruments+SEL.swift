// The instruments of Serviceloven: its consolidations, the acts amending it, and the executive orders on coercion (magtanvendelse) and welfare technology.
// Generated once by scripts/generate-instruments.py from ../shared/law/texts/INDEX.md; maintained
// by hand since. `appliesFrom` is the day the text applies (a consolidation: its issue date;
// an executive order or amending act: its in-force day as read in the act, or as noted).
//
// Checked for the coercion area (issue 10) against the texts: every magtanvendelsesbekendtgørelse
// and welfare-technology list by its own in-force section; LOV 1543/2016 § 1 nr. 4–5 by BEK
// 1061/2017 § 2; LOV 498/2019 by BEK 1239/2019 § 24; LOV 680/2024 by BEK 839/2024 § 26 (and § 1,
// stk. 2, nr. 2 on § 136 d); LOV 1711/2018 by BEK 226/2019 § 21 (Familieretshuset from
// 2019-04-01); LOV 1703/2024 by ældreloven § 45 and LBK 1129/2025 (2025-07-01, inferred). LOV
// 661/2017 and LOV 729/2025: the in-force sections are not in the available copy; each is given
// from its own date (the library answers the window after it as an open question, or
// conservatively). LBK 1023/2014, 150/2015, 1284/2015 and 170/2022 are not in
// ../shared/law/texts; read in Ansvar-Systems/Danish-law-mcp (data/seed/<year>_<number>.json):
// §§ 123–137 m as in the consolidations around them.

extension LegalInstrument {
    /// BEK 688/2010: Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne…
    package static let bek688_2010 = LegalInstrument(
        .executiveOrder, number: 688, issued: CivilDate(2010, 6, 21), appliesFrom: CivilDate(2010, 7, 1),
        title: "Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne samt om særlige sikkerhedsforanstaltninger for voksne og modtagepligt i boformer efter serviceloven",
        url: eli(2010, 688), contains: Citation.Source(code: "BEK 688/2010", kind: .statute))

    /// LBK 81/2011: Bekendtgørelse af lov om social service
    package static let lbk81_2011 = LegalInstrument(
        .consolidatedAct, number: 81, issued: CivilDate(2011, 2, 4),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2011, 81), contains: .sel)

    /// LOV 627/2011: Lov om ændring af lov om social service (Regulering af besøgsrestriktioner i boligformer m…
    package static let lov627_2011 = LegalInstrument(
        .act, number: 627, issued: CivilDate(2011, 6, 14),
        title: "Lov om ændring af lov om social service\n(Regulering af besøgsrestriktioner i boligformer med tilknyttet personale og fællesboligarealer samt tilsynspolitik for personlig og praktisk hjælp m.v. i hjemmeplejen)",
        url: eli(2011, 627), contains: .sel, role: .amendment)

    /// LBK 904/2011: Bekendtgørelse af lov om social service
    package static let lbk904_2011 = LegalInstrument(
        .consolidatedAct, number: 904, issued: CivilDate(2011, 8, 18),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2011, 904), contains: .sel)

    /// BEK 732/2012: Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne…
    package static let bek732_2012 = LegalInstrument(
        .executiveOrder, number: 732, issued: CivilDate(2012, 6, 29), appliesFrom: CivilDate(2012, 7, 1),
        title: "Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne samt om særlige sikkerhedsforanstaltninger for voksne og modtagepligt i boformer efter serviceloven",
        url: eli(2012, 732), contains: Citation.Source(code: "BEK 732/2012", kind: .statute))

    /// LBK 810/2012: Bekendtgørelse af lov om social service
    package static let lbk810_2012 = LegalInstrument(
        .consolidatedAct, number: 810, issued: CivilDate(2012, 7, 19),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2012, 810), contains: .sel)

    /// BEK 716/2013: Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne…
    package static let bek716_2013 = LegalInstrument(
        .executiveOrder, number: 716, issued: CivilDate(2013, 6, 19), appliesFrom: CivilDate(2013, 7, 1),
        title: "Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne samt om særlige sikkerhedsforanstaltninger for voksne og modtagepligt i boformer efter serviceloven",
        url: eli(2013, 716), contains: Citation.Source(code: "BEK 716/2013", kind: .statute))

    /// LBK 1093/2013: Bekendtgørelse af lov om social service
    package static let lbk1093_2013 = LegalInstrument(
        .consolidatedAct, number: 1093, issued: CivilDate(2013, 9, 5),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2013, 1093), contains: .sel)

    /// LBK 254/2014: Bekendtgørelse af lov om social service
    package static let lbk254_2014 = LegalInstrument(
        .consolidatedAct, number: 254, issued: CivilDate(2014, 3, 20),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2014, 254), contains: .sel)

    /// BEK 392/2014: Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne…
    package static let bek392_2014 = LegalInstrument(
        .executiveOrder, number: 392, issued: CivilDate(2014, 4, 23), appliesFrom: CivilDate(2014, 5, 1),
        title: "Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne samt om særlige sikkerhedsforanstaltninger for voksne og modtagepligt i boformer efter serviceloven",
        url: eli(2014, 392), contains: Citation.Source(code: "BEK 392/2014", kind: .statute))

    /// LOV 649/2015: Lov om ændring af lov om social service og lov om socialtilsyn (Tilbud om anonym, ambulant…
    package static let lov649_2015 = LegalInstrument(
        .act, number: 649, issued: CivilDate(2015, 5, 18),
        title: "Lov om ændring af lov om social service og lov om socialtilsyn (Tilbud om anonym, ambulant behandling af stofmisbrugere m.v.)",
        url: eli(2015, 649), contains: .sel, role: .amendment)

    /// LBK 1053/2015: Bekendtgørelse af lov om social service
    package static let lbk1053_2015 = LegalInstrument(
        .consolidatedAct, number: 1053, issued: CivilDate(2015, 9, 8),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2015, 1053), contains: .sel)

    /// BEK 1140/2016: Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne…
    package static let bek1140_2016 = LegalInstrument(
        .executiveOrder, number: 1140, issued: CivilDate(2016, 8, 29), appliesFrom: CivilDate(2016, 9, 1),
        title: "Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne samt om særlige sikkerhedsforanstaltninger for voksne og modtagepligt i boformer efter serviceloven",
        url: eli(2016, 1140), contains: Citation.Source(code: "BEK 1140/2016", kind: .statute))

    /// LBK 1270/2016: Bekendtgørelse af lov om social service
    package static let lbk1270_2016 = LegalInstrument(
        .consolidatedAct, number: 1270, issued: CivilDate(2016, 10, 24),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2016, 1270), contains: .sel)

    /// LOV 1543/2016: Lov om ændring af lov om social service, lov om retssikkerhed og administration på det soc…
    package static let lov1543_2016 = LegalInstrument(
        .act, number: 1543, issued: CivilDate(2016, 12, 13), appliesFrom: CivilDate(2017, 10, 1),
        title: "Lov om ændring af lov om social service, lov om retssikkerhed og administration på det sociale område og lov om voksenansvar for anbragte børn og unge (Fremtidsfuldmagter på det sociale område m.v.)",
        url: eli(2016, 1543), contains: .sel, role: .amendment)

    /// LBK 369/2017: Bekendtgørelse af lov om social service
    package static let lbk369_2017 = LegalInstrument(
        .consolidatedAct, number: 369, issued: CivilDate(2017, 4, 18),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2017, 369), contains: .sel)

    /// LOV 661/2017: Lov om ændring af lov om social service og lov om retssikkerhed og administration på det s…
    /// (§ 129 a, § 131 a). Its in-force section is not in the copy: not before 2017-06-08, applied
    /// by the executive orders from 2018-01-01; given from its date.
    package static let lov661_2017 = LegalInstrument(
        .act, number: 661, issued: CivilDate(2017, 6, 8), appliesFrom: CivilDate(2017, 6, 8),
        title: "Lov om ændring af lov om social service og lov om retssikkerhed og administration på det sociale område (Udvidelse af reglerne om optagelse i et bestemt botilbud uden samtykke m.v.)",
        url: eli(2017, 661), contains: .sel, role: .amendment)

    /// BEK 839/2017: Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne…
    package static let bek839_2017 = LegalInstrument(
        .executiveOrder, number: 839, issued: CivilDate(2017, 6, 20), appliesFrom: CivilDate(2017, 7, 1),
        title: "Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne samt om særlige sikkerhedsforanstaltninger for voksne og modtagepligt i boformer efter lov om social service",
        url: eli(2017, 839), contains: Citation.Source(code: "BEK 839/2017", kind: .statute))

    /// LBK 988/2017: Bekendtgørelse af lov om social service
    package static let lbk988_2017 = LegalInstrument(
        .consolidatedAct, number: 988, issued: CivilDate(2017, 8, 17),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2017, 988), contains: .sel)

    /// BEK 1061/2017: Bekendtgørelse om ikrafttræden af § 1, nr. 4 og 5, i lov om ændring af lov om social servi…
    package static let bek1061_2017 = LegalInstrument(
        .executiveOrder, number: 1061, issued: CivilDate(2017, 9, 6), appliesFrom: CivilDate(2017, 10, 1),
        title: "Bekendtgørelse om ikrafttræden af § 1, nr. 4 og 5, i lov om ændring af lov om social service, lov om retssikkerhed og administration på det sociale område og lov om voksenansvar for anbragte børn og unge",
        url: eli(2017, 1061), contains: Citation.Source(code: "BEK 1061/2017", kind: .statute))

    /// BEK 1231/2017: Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne…
    package static let bek1231_2017 = LegalInstrument(
        .executiveOrder, number: 1231, issued: CivilDate(2017, 11, 13), appliesFrom: CivilDate(2018, 1, 1),
        title: "Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne samt om særlige sikkerhedsforanstaltninger for voksne og modtagepligt i boformer efter lov om social service",
        url: eli(2017, 1231), contains: Citation.Source(code: "BEK 1231/2017", kind: .statute))

    /// LBK 102/2018: Bekendtgørelse af lov om social service
    package static let lbk102_2018 = LegalInstrument(
        .consolidatedAct, number: 102, issued: CivilDate(2018, 1, 29),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2018, 102), contains: .sel)

    /// LOV 221/2018: Lov om ændring af lov om social service (Mulighed for forbud mod enheder, der muliggør int…
    package static let lov221_2018 = LegalInstrument(
        .act, number: 221, issued: CivilDate(2018, 3, 20),
        title: "Lov om ændring af lov om social service (Mulighed for forbud mod enheder, der muliggør internetadgang, undersøgelse af effekter samt brug af afskærmningslokale m.v. i boformer med sikrede afdelinger)",
        url: eli(2018, 221), contains: .sel, role: .amendment)

    /// LOV 707/2018: Lov om ændring af lov om en aktiv beskæftigelsesindsats, lov om social service, lov om int…
    package static let lov707_2018 = LegalInstrument(
        .act, number: 707, issued: CivilDate(2018, 6, 8),
        title: "Lov om ændring af lov om en aktiv beskæftigelsesindsats, lov om social service, lov om integration af udlændinge i Danmark og forskellige andre love (Mulighed for at udarbejde en helhedsorienteret plan til borgere med komplekse og sammensatte problemer)",
        url: eli(2018, 707), contains: .sel, role: .amendment)

    /// LBK 1114/2018: Bekendtgørelse af lov om social service
    package static let lbk1114_2018 = LegalInstrument(
        .consolidatedAct, number: 1114, issued: CivilDate(2018, 8, 30),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2018, 1114), contains: .sel)

    /// BEK 226/2019: Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne…
    package static let bek226_2019 = LegalInstrument(
        .executiveOrder, number: 226, issued: CivilDate(2019, 3, 11), appliesFrom: CivilDate(2019, 4, 1),
        title: "Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne samt om særlige sikkerhedsforanstaltninger for voksne og modtagepligt i boformer efter lov om social service",
        url: eli(2019, 226), contains: Citation.Source(code: "BEK 226/2019", kind: .statute))

    /// LOV 498/2019: Lov om ændring af lov om social service, lov om almene boliger m.v., lov om leje af almene…
    package static let lov498_2019 = LegalInstrument(
        .act, number: 498, issued: CivilDate(2019, 5, 1), appliesFrom: CivilDate(2020, 1, 1),
        title: "Lov om ændring af lov om social service, lov om almene boliger m.v., lov om leje af almene boliger og forskellige andre love (Ændrede regler om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne og indførelse af mulighed for målretning af botilbud til unge og kommunal dækning af skader forvoldt af lejere i almene boliger)",
        url: eli(2019, 498), contains: .sel, role: .amendment)

    /// LBK 798/2019: Bekendtgørelse af lov om social service
    package static let lbk798_2019 = LegalInstrument(
        .consolidatedAct, number: 798, issued: CivilDate(2019, 8, 7),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2019, 798), contains: .sel)

    /// BEK 1239/2019: Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne…
    package static let bek1239_2019 = LegalInstrument(
        .executiveOrder, number: 1239, issued: CivilDate(2019, 11, 22), appliesFrom: CivilDate(2020, 1, 1),
        title: "Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne samt om særlige sikkerhedsforanstaltninger for voksne og modtagepligt i boformer efter lov om social service",
        url: eli(2019, 1239), contains: Citation.Source(code: "BEK 1239/2019", kind: .statute))

    /// BEK 1412/2019: Bekendtgørelse om tryghedsskabende velfærdsteknologiske løsninger i relation til afsnit VI…
    package static let bek1412_2019 = LegalInstrument(
        .executiveOrder, number: 1412, issued: CivilDate(2019, 12, 16), appliesFrom: CivilDate(2020, 1, 1),
        title: "Bekendtgørelse om tryghedsskabende velfærdsteknologiske løsninger i relation til afsnit VII i lov om social service",
        url: eli(2019, 1412), contains: Citation.Source(code: "BEK 1412/2019", kind: .statute))

    /// LOV 1421/2019: Lov om ændring af lov om social service og ligningsloven (Styrket behandlingsgaranti for p…
    package static let lov1421_2019 = LegalInstrument(
        .act, number: 1421, issued: CivilDate(2019, 12, 17),
        title: "Lov om ændring af lov om social service og ligningsloven (Styrket behandlingsgaranti for personer med et stofmisbrug m.v.)",
        url: eli(2019, 1421), contains: .sel, role: .amendment)

    /// LBK 1287/2020: Bekendtgørelse af lov om social service
    package static let lbk1287_2020 = LegalInstrument(
        .consolidatedAct, number: 1287, issued: CivilDate(2020, 8, 28),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2020, 1287), contains: .sel)

    /// BEK 87/2021: Bekendtgørelse om tryghedsskabende velfærdsteknologiske løsninger i relation til afsnit VI…
    package static let bek87_2021 = LegalInstrument(
        .executiveOrder, number: 87, issued: CivilDate(2021, 1, 23), appliesFrom: CivilDate(2021, 2, 1),
        title: "Bekendtgørelse om tryghedsskabende velfærdsteknologiske løsninger i relation til afsnit VII i lov om social service",
        url: eli(2021, 87), contains: Citation.Source(code: "BEK 87/2021", kind: .statute))

    /// LBK 1548/2021: Bekendtgørelse af lov om social service
    package static let lbk1548_2021 = LegalInstrument(
        .consolidatedAct, number: 1548, issued: CivilDate(2021, 7, 1),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2021, 1548), contains: .sel)

    /// BEK 13/2022: Bekendtgørelse om tryghedsskabende velfærdsteknologiske løsninger i relation til afsnit VI…
    package static let bek13_2022 = LegalInstrument(
        .executiveOrder, number: 13, issued: CivilDate(2022, 1, 6), appliesFrom: CivilDate(2022, 2, 1),
        title: "Bekendtgørelse om tryghedsskabende velfærdsteknologiske løsninger i relation til afsnit VII i lov om social service",
        url: eli(2022, 13), contains: Citation.Source(code: "BEK 13/2022", kind: .statute))

    /// BEK 402/2023: Bekendtgørelse om tryghedsskabende velfærdsteknologiske løsninger i relation til afsnit VI…
    package static let bek402_2023 = LegalInstrument(
        .executiveOrder, number: 402, issued: CivilDate(2023, 4, 20), appliesFrom: CivilDate(2023, 5, 1),
        title: "Bekendtgørelse om tryghedsskabende velfærdsteknologiske løsninger i relation til afsnit VII i lov om social service",
        url: eli(2023, 402), contains: Citation.Source(code: "BEK 402/2023", kind: .statute))

    /// LBK 1089/2023: Bekendtgørelse af lov om social service
    package static let lbk1089_2023 = LegalInstrument(
        .consolidatedAct, number: 1089, issued: CivilDate(2023, 8, 16),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2023, 1089), contains: .sel)

    /// LBK 67/2024: Bekendtgørelse af lov om social service
    package static let lbk67_2024 = LegalInstrument(
        .consolidatedAct, number: 67, issued: CivilDate(2024, 1, 22),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2024, 67), contains: .sel)

    /// LOV 680/2024: Lov om ændring af lov om social service, lov om voksenansvar for anbragte børn og unge, lo…
    package static let lov680_2024 = LegalInstrument(
        .act, number: 680, issued: CivilDate(2024, 6, 11), appliesFrom: CivilDate(2024, 7, 1),
        title: "Lov om ændring af lov om social service, lov om voksenansvar for anbragte børn og unge, lov om retssikkerhed og administration på det sociale område og lov om opkrævning af underholdsbidrag (Ændring af reglerne om magtanvendelse og andre indgreb i selvbestemmelsesretten, om forældelse af underholdsbidrag m.v.)",
        url: eli(2024, 680), contains: .sel, role: .amendment)

    /// BEK 839/2024: Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne…
    package static let bek839_2024 = LegalInstrument(
        .executiveOrder, number: 839, issued: CivilDate(2024, 6, 25), appliesFrom: CivilDate(2024, 7, 1),
        title: "Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne samt om særlige sikkerhedsforanstaltninger for voksne og modtagepligt i boformer efter lov om social service",
        url: eli(2024, 839), contains: Citation.Source(code: "BEK 839/2024", kind: .statute))

    /// LBK 909/2024: Bekendtgørelse af lov om social service
    package static let lbk909_2024 = LegalInstrument(
        .consolidatedAct, number: 909, issued: CivilDate(2024, 7, 3),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2024, 909), contains: .sel)

    /// BEK 1411/2024: Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne…
    package static let bek1411_2024 = LegalInstrument(
        .executiveOrder, number: 1411, issued: CivilDate(2024, 12, 5), appliesFrom: CivilDate(2025, 1, 1),
        title: "Bekendtgørelse om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne samt om særlige sikkerhedsforanstaltninger for voksne og modtagepligt i boformer efter lov om social service",
        url: eli(2024, 1411), contains: Citation.Source(code: "BEK 1411/2024", kind: .statute))

    /// BEK 1412/2024: Bekendtgørelse om tryghedsskabende velfærdsteknologiske løsninger i relation til afsnit VI…
    package static let bek1412_2024 = LegalInstrument(
        .executiveOrder, number: 1412, issued: CivilDate(2024, 12, 5), appliesFrom: CivilDate(2025, 1, 1),
        title: "Bekendtgørelse om tryghedsskabende velfærdsteknologiske løsninger i relation til afsnit VII om magtanvendelse og andre indgreb i selvbestemmelsesretten over for voksne i lov om social service",
        url: eli(2024, 1412), contains: Citation.Source(code: "BEK 1412/2024", kind: .statute))

    /// LOV 1703/2024: Lov om ændring af lov om social service, lov om retssikkerhed og administration på det soc…
    package static let lov1703_2024 = LegalInstrument(
        .act, number: 1703, issued: CivilDate(2024, 12, 30), appliesFrom: CivilDate(2025, 7, 1),
        title: "Lov om ændring af lov om social service, lov om retssikkerhed og administration på det sociale område, lov om socialtilsyn og forskellige andre love (Ændringer som følge af ældreloven, lov om ældretilsyn og lov om lokalplejehjem og udskillelse af reglerne om madservice fra bestemmelsen om personlig og praktisk hjælp i lov om social service)",
        url: eli(2024, 1703), contains: .sel, role: .amendment)

    /// LBK 155/2025: Bekendtgørelse af lov om social service
    package static let lbk155_2025 = LegalInstrument(
        .consolidatedAct, number: 155, issued: CivilDate(2025, 2, 11),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2025, 155), contains: .sel)

    /// LOV 407/2025: Lov om ændring af lov om social service og lov om retssikkerhed og administration på det s…
    package static let lov407_2025 = LegalInstrument(
        .act, number: 407, issued: CivilDate(2025, 4, 29),
        title: "Lov om ændring af lov om social service og lov om retssikkerhed og administration på det sociale område (Ændring af reglerne om sociale akuttilbud og reglerne vedrørende klageadgang ved bortvisning fra herberger m.v. og udvidelse af muligheden for handlekommuneskift for borgere på herberger m.v.)",
        url: eli(2025, 407), contains: .sel, role: .amendment)

    /// LBK 1129/2025: Bekendtgørelse af lov om social service
    package static let lbk1129_2025 = LegalInstrument(
        .consolidatedAct, number: 1129, issued: CivilDate(2025, 9, 22),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2025, 1129), contains: .sel)

    /// LBK 1023/2014: Bekendtgørelse af lov om social service (read in Ansvar-Systems/Danish-law-mcp).
    package static let lbk1023_2014 = LegalInstrument(
        .consolidatedAct, number: 1023, issued: CivilDate(2014, 9, 23),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2014, 1023), contains: .sel)

    /// LBK 150/2015: Bekendtgørelse af lov om social service (read in Ansvar-Systems/Danish-law-mcp).
    package static let lbk150_2015 = LegalInstrument(
        .consolidatedAct, number: 150, issued: CivilDate(2015, 2, 16),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2015, 150), contains: .sel)

    /// LBK 1284/2015: Bekendtgørelse af lov om social service (read in Ansvar-Systems/Danish-law-mcp).
    package static let lbk1284_2015 = LegalInstrument(
        .consolidatedAct, number: 1284, issued: CivilDate(2015, 11, 17),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2015, 1284), contains: .sel)

    /// LBK 170/2022: Bekendtgørelse af lov om social service (read in Ansvar-Systems/Danish-law-mcp).
    package static let lbk170_2022 = LegalInstrument(
        .consolidatedAct, number: 170, issued: CivilDate(2022, 1, 24),
        title: "Bekendtgørelse af lov om social service",
        url: eli(2022, 170), contains: .sel)

    /// LOV 493/2013 as it amends serviceloven (the complaint structure: det sociale nævn closed,
    /// statsforvaltningen decides § 129 admissions, Ankestyrelsen hears complaints), 2013-07-01.
    /// The same act as `lov493_2013`, listed here for the SEL citations it changed.
    package static let lov493_2013SEL = LegalInstrument(
        .act, number: 493, issued: CivilDate(2013, 5, 21), appliesFrom: CivilDate(2013, 7, 1),
        title: "Lov om ændring af lov om retssikkerhed og administration på det sociale område, lov om ansvaret for og styringen af den aktive beskæftigelsesindsats og forskellige andre love\n(Forenkling af klagestrukturen på det sociale og beskæftigelsesmæssige område)",
        url: eli(2013, 493), contains: .sel, role: .amendment)

    /// LOV 1711/2018: Familieretshuset replaces statsforvaltningen in serviceloven (§§ 129, 129 a,
    /// 131, 131 a, 134), from 2019-04-01 (BEK 226/2019 § 21).
    package static let lov1711_2018 = LegalInstrument(
        .act, number: 1711, issued: CivilDate(2018, 12, 27), appliesFrom: CivilDate(2019, 4, 1),
        title: "Lov om ændring af forældreansvarsloven, lov om ægteskabs indgåelse og opløsning og forskellige andre love (Ændringer som følge af lov om Familieretshuset og skærpet fokus på beskyttelsen af barnet i sager efter forældreansvarsloven)",
        url: eli(2018, 1711), contains: .sel, role: .amendment)

    /// LOV 729/2025 as it amends serviceloven (§§ 136 e–136 f: the nær pårørende med attest). Its
    /// in-force section is not in the copy; given from its date. The library counts the attest
    /// holder from LBK 1129/2025 (2025-09-22), and before it reads an objection as counting and an
    /// agreement as not (the stricter reading).
    package static let lov729_2025SEL = LegalInstrument(
        .act, number: 729, issued: CivilDate(2025, 6, 20),
        title: "Lov om ændring af værgemålsloven og lov om social service (Ny attestordning for varetagelse af personlige anliggender m.v.)",
        url: eli(2025, 729), contains: .sel, role: .amendment)
}
