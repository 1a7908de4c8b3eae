import SocialPolicyCore

/// The versions of the `sel-coercion` rule set, one per ``CoercionRegime``, each naming the
/// instruments it rests on: the consolidations of serviceloven in force during it, the amending
/// acts that took effect inside it, the magtanvendelses- and welfare-technology executive
/// orders, and the other acts it cites (forvaltningsloven § 25, ældreloven).
package enum CoercionRuleSets {
    typealias I = LegalInstrument

    static let fvl2013: [LegalInstrument] = [.lbk1365_2007, .lbk988_2012, .lov638_2013, .lbk433_2014]
    static let fvl: [LegalInstrument] = [.lbk433_2014]

    package static let versions: [RuleSetVersion] = [
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2011, 1, 1), validTo: CivilDate(2013, 6, 30),
            title: "R2011: kapitel 24 (LBK 810/2012); det sociale nævn decides § 129 admissions and hears complaints; BEK 732/2012",
            enactedBy: "LBK nr. 810 af 19/07/2012; BEK nr. 732 af 29/06/2012 (in force 2012-07-01); LOV nr. 627 af 14/06/2011 (§§ 137 a–d); https://www.retsinformation.dk/eli/lta/2012/810",
            instruments: [.lbk81_2011, .lov627_2011, .lbk904_2011, .lbk810_2012, .bek688_2010, .bek732_2012] + fvl2013),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2013, 7, 1), validTo: CivilDate(2014, 4, 30),
            title: "R2013: statsforvaltningen decides § 129 admissions; Ankestyrelsen hears complaints; BEK 716/2013",
            enactedBy: "LOV nr. 493 af 21/05/2013 (in force 2013-07-01); BEK nr. 716 af 19/06/2013 § 18; LBK nr. 1093 af 05/09/2013; https://www.retsinformation.dk/eli/lta/2013/716",
            instruments: [.lbk810_2012, .lov493_2013SEL, .lbk1093_2013, .lbk254_2014, .bek716_2013] + fvl2013),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2014, 5, 1), validTo: CivilDate(2016, 8, 31),
            title: "R2014: BEK 392/2014 (same rules)",
            enactedBy: "BEK nr. 392 af 23/04/2014 § 18 (in force 2014-05-01); https://www.retsinformation.dk/eli/lta/2014/392",
            instruments: [.lbk254_2014, .lbk1023_2014, .lbk150_2015, .lbk1053_2015, .lbk1284_2015, .bek392_2014] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2016, 9, 1), validTo: CivilDate(2017, 6, 7),
            title: "R2016: BEK 1140/2016 (same rules)",
            enactedBy: "BEK nr. 1140 af 29/08/2016 § 18 (in force 2016-09-01); https://www.retsinformation.dk/eli/lta/2016/1140",
            instruments: [.lbk1284_2015, .lbk1270_2016, .lbk369_2017, .bek1140_2016] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2017, 6, 8), validTo: CivilDate(2017, 6, 30),
            title: "R2017a: LOV 661/2017 enacts § 129 a (its first day in force not read)",
            enactedBy: "LOV nr. 661 af 08/06/2017 (L 206, 2016-17); https://www.retsinformation.dk/eli/lta/2017/661",
            instruments: [.lbk369_2017, .lov661_2017, .bek1140_2016] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2017, 7, 1), validTo: CivilDate(2017, 9, 30),
            title: "R2017b: BEK 839/2017 (same rules)",
            enactedBy: "BEK nr. 839 af 20/06/2017 § 20 (in force 2017-07-01); https://www.retsinformation.dk/eli/lta/2017/839",
            instruments: [.lbk369_2017, .lov661_2017, .lbk988_2017, .bek839_2017] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2017, 10, 1), validTo: CivilDate(2017, 12, 31),
            title: "R2017c: a fremtidsfuldmægtig may agree to a move (§ 129, stk. 3); egen interesse in stk. 4",
            enactedBy: "LOV nr. 1543 af 13/12/2016 § 1 nr. 4–5, put in force 2017-10-01 by BEK nr. 1061 af 06/09/2017; https://www.retsinformation.dk/eli/lta/2017/1061",
            instruments: [.lbk988_2017, .lov1543_2016, .bek1061_2017, .lov661_2017, .bek839_2017] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2018, 1, 1), validTo: CivilDate(2019, 3, 31),
            title: "R2018: BEK 1231/2017 applies § 129 a",
            enactedBy: "BEK nr. 1231 af 13/11/2017 § 21 (in force 2018-01-01); https://www.retsinformation.dk/eli/lta/2017/1231",
            instruments: [.lbk988_2017, .lbk102_2018, .lbk1114_2018, .bek1231_2017] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2019, 4, 1), validTo: CivilDate(2019, 12, 31),
            title: "R2019: Familieretshuset replaces statsforvaltningen; BEK 226/2019",
            enactedBy: "LOV nr. 1711 af 27/12/2018; BEK nr. 226 af 11/03/2019 § 21 (in force 2019-04-01); https://www.retsinformation.dk/eli/lta/2019/226",
            instruments: [.lbk1114_2018, .lov1711_2018, .lbk798_2019, .bek226_2019] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2020, 1, 1), validTo: CivilDate(2024, 6, 30),
            title: "R2020: kapitel 24, 24 a, 24 b, 24 c (LOV 498/2019); BEK 1239/2019; the welfare-technology lists",
            enactedBy: "LOV nr. 498 af 01/05/2019 (L 156, 2018-19); BEK nr. 1239 af 22/11/2019 § 24 (in force 2020-01-01); BEK nr. 1412 af 16/12/2019; https://www.retsinformation.dk/eli/lta/2019/1239",
            instruments: [
                .lbk798_2019, .lov498_2019, .lbk1287_2020, .lbk1548_2021, .lbk170_2022, .lbk1089_2023, .lbk67_2024,
                .bek1239_2019, .bek1412_2019, .bek87_2021, .bek13_2022, .bek402_2023,
            ] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2024, 7, 1), validTo: CivilDate(2024, 12, 31),
            title: "R2024: L 188 (LOV 680/2024) but its 2025 parts: § 124 d stk. 1–2, § 125, § 128, § 128 b stk. 2, §§ 128 d–f, § 129 a widened, udskrivelse; § 136 d kept to 2024-12-31; BEK 839/2024",
            enactedBy: "LOV nr. 680 af 11/06/2024 (L 188, 2023-24); BEK nr. 839 af 25/06/2024 § 26 (in force 2024-07-01); https://www.retsinformation.dk/eli/lta/2024/839",
            instruments: [.lbk67_2024, .lov680_2024, .lbk909_2024, .bek839_2024, .bek402_2023] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2025, 1, 1), validTo: CivilDate(2025, 6, 19),
            title: "R2025: § 128 b stk. 1 (camera checks), §§ 128 g–h and Det Socialfaglige Nævn; § 136 d repealed; BEK 1411/2024 and BEK 1412/2024",
            enactedBy: "LOV nr. 680 af 11/06/2024; BEK nr. 1411 af 05/12/2024 § 29 and BEK nr. 1412 af 05/12/2024 § 8 (in force 2025-01-01); https://www.retsinformation.dk/eli/lta/2024/1411",
            instruments: [.lbk909_2024, .lbk155_2025, .bek1411_2024, .bek1412_2024] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2025, 6, 20), validTo: CivilDate(2025, 6, 30),
            title: "R2025a: LOV 729/2025 (the nær pårørende med attest) enacted; its first day in force not read",
            enactedBy: "LOV nr. 729 af 20/06/2025 (L 199 B); https://www.retsinformation.dk/eli/lta/2025/729",
            instruments: [.lbk155_2025, .lov729_2025SEL, .bek1411_2024, .bek1412_2024] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2025, 7, 1), validTo: CivilDate(2025, 9, 21),
            title: "R2025b: ældreloven help in the target groups (ÆL §§ 10, 13, 14, 16, 17 for § 124 a; §§ 10, 16, 17 for §§ 136 and 136 b); ÆL botilbud in § 129",
            enactedBy: "LOV nr. 1651 af 30/12/2024 (ældreloven) § 45; LOV nr. 1703 af 30/12/2024 (in force 2025-07-01, inferred); https://www.retsinformation.dk/eli/lta/2024/1703",
            instruments: [.lbk155_2025, .lov729_2025SEL, .lov1703_2024, .lov1651_2024, .bek1411_2024, .bek1412_2024] + fvl),
        RuleSetVersion(
            id: "sel-coercion", validFrom: CivilDate(2025, 9, 22), validTo: nil,
            title: "R2025c: LBK 1129/2025 — the nær pårørende med attest in §§ 136 e–136 f",
            enactedBy: "LBK nr. 1129 af 22/09/2025; https://www.retsinformation.dk/eli/lta/2025/1129",
            instruments: [.lbk1129_2025, .lov1651_2024, .bek1411_2024, .bek1412_2024] + fvl),
    ]
}
