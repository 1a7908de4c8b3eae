import SocialPolicyCalendar
import SocialPolicyCore

/// The rule that gave the day a decision counts as received.
public enum ReceiptRule: Sendable, Hashable {
    /// Digital Post: the day it was available, even a holiday.
    case digital
    /// Handed over or told in person: that day.
    case inPerson
    /// A letter posted before 2016-07-01 as A-post: the next day (FOB 2007.399).
    case aPostNextDay
    /// A letter posted before 2016-07-01, B-post or class unknown: no presumption found.
    case unpresumedBefore2016
    /// A letter posted 2016-07-01 … 2018-06-25 as Quickbrev (A): two days after [S].
    case quickbrev2016
    /// A letter posted 2016-07-01 … 2018-06-25 as Brevet (B) or class unknown: Ankestyrelsen's table.
    case weekdayTable2016
    /// A letter posted 2018-06-26 … 2025-12-30: the 6th hverdag (VEJ 9533/2018).
    case sixWorkingDays
    /// A letter posted from 2025-12-31: no presumption (PostNord has stopped).
    case afterPostNord
    /// The day the letter was received, as established (`receivedOn`).
    case established
}

/// The day a decision counts as received, on the safe reading (the told deadline counts from it)
/// and on the citizen-favourable one (a complaint's timeliness is judged from it).
public struct Receipt: Sendable, Hashable {
    /// The earliest day the law may take as the day of receipt: the deadline told counts from it.
    public let safe: CivilDate
    /// The day a complaint's timeliness is judged from, in the citizen's favour (never earlier
    /// than ``safe``).
    public let favourable: CivilDate
    /// The rule that gave it.
    public let rule: ReceiptRule
    /// The open legal question the day rests on, if no published rule settles it.
    public let openQuestion: ComplaintOpenQuestion?
    /// Whether knowing the letter's class (`postClass`) could make ``favourable`` earlier.
    public let dependsOnPostClass: Bool
    /// Whether knowing the day the letter came (`receivedOn`) could make ``favourable`` earlier.
    public let dependsOnReceivedOn: Bool
    /// Whether the letter may have come later than ``favourable`` without any presumption
    /// binding the day (a late complaint may then still be in time).
    public let unbounded: Bool

    init(
        safe: CivilDate, favourable: CivilDate, rule: ReceiptRule, openQuestion: ComplaintOpenQuestion? = nil,
        dependsOnPostClass: Bool = false, dependsOnReceivedOn: Bool = false, unbounded: Bool = false
    ) {
        self.safe = safe
        self.favourable = max(favourable, safe)
        self.rule = rule
        self.openQuestion = openQuestion
        self.dependsOnPostClass = dependsOnPostClass
        self.dependsOnReceivedOn = dependsOnReceivedOn
        self.unbounded = unbounded
    }

    /// The receipt of a decision sent on `notified` by `delivery`, with the letter's `postClass`
    /// and the day it came (`receivedOn`) where known; `nil` when a day counted would pass
    /// 9999-12-31.
    ///
    /// Where a published presumption fixes the day of receipt (FOB 2007.399 for A-post before
    /// 2016-07-01; Ankestyrelsen's 2016 table; the 6 hverdage from 2018-06-26 to 2025-12-30), a
    /// letter that came later counts from the later day, one that came earlier from the presumed
    /// day. Where none does (B-post before 2016-07-01; letters posted from 2025-12-31), the day
    /// it came decides; unknown, the safe day is the day after posting, and the citizen-favourable
    /// one the 6th hverdag (the last published presumption).
    public static func of(
        notified: CivilDate, delivery: ComplaintDelivery, postClass: PostClass?, receivedOn: CivilDate?
    ) -> Receipt? {
        switch delivery {
        case .digital: return Receipt(safe: notified, favourable: notified, rule: .digital)
        case .inPerson: return Receipt(safe: notified, favourable: notified, rule: .inPerson)
        case .letter: break
        }
        guard let next = DeadlinePeriod(days: 1).checkedEnd(from: notified),
            let sixSafe = sixthWorkingDay(after: notified, eves: false),
            let sixFavourable = sixthWorkingDay(after: notified, eves: true)
        else { return nil }
        func atLeast(_ day: CivilDate) -> CivilDate { receivedOn.map { max($0, day) } ?? day }
        let eveInCount: ComplaintOpenQuestion? = sixSafe == sixFavourable ? nil : .letterReceipt

        if notified < ComplaintRegimes.weekdayPostTableFrom {
            if let receivedOn { return Receipt(safe: receivedOn, favourable: receivedOn, rule: .established) }
            switch postClass {
            case .aPost?:
                return Receipt(safe: next, favourable: next, rule: .aPostNextDay)
            case .bPost?:
                return Receipt(
                    safe: next, favourable: sixFavourable, rule: .unpresumedBefore2016, openQuestion: .letterReceipt,
                    dependsOnReceivedOn: true, unbounded: true)
            case nil:
                return Receipt(
                    safe: next, favourable: sixFavourable, rule: .unpresumedBefore2016, openQuestion: .letterReceipt,
                    dependsOnPostClass: true, dependsOnReceivedOn: true, unbounded: true)
            }
        }
        if notified < ComplaintRegimes.sixWorkingDaysPostFrom {
            guard let quick = DeadlinePeriod(days: 2).checkedEnd(from: notified) else { return nil }
            let table = postTableReceipt(notified)
            let tableSafe = table ?? sixSafe
            let tableFavourable = table ?? sixFavourable
            let tableQuestion: ComplaintOpenQuestion? = table == nil ? .letterReceipt : nil
            switch postClass {
            case .aPost?:
                return Receipt(safe: atLeast(quick), favourable: atLeast(quick), rule: .quickbrev2016)
            case .bPost?:
                return Receipt(
                    safe: atLeast(tableSafe), favourable: atLeast(tableFavourable), rule: .weekdayTable2016,
                    openQuestion: tableQuestion)
            case nil:
                let safe = atLeast(quick)
                let favourable = atLeast(tableFavourable)
                return Receipt(
                    safe: safe, favourable: favourable, rule: .weekdayTable2016, openQuestion: tableQuestion,
                    dependsOnPostClass: favourable > safe)
            }
        }
        if notified < ComplaintRegimes.noPostPresumptionFrom {
            return Receipt(
                safe: atLeast(sixSafe), favourable: atLeast(sixFavourable), rule: .sixWorkingDays, openQuestion: eveInCount)
        }
        if let receivedOn {
            return Receipt(safe: receivedOn, favourable: receivedOn, rule: .established, openQuestion: .letterReceiptAfterPostNord)
        }
        return Receipt(
            safe: next, favourable: sixFavourable, rule: .afterPostNord, openQuestion: .letterReceiptAfterPostNord,
            dependsOnReceivedOn: true, unbounded: true)
    }

    /// Ankestyrelsen's 2016–2018 weekday table, or `nil` outside its period or for a weekend.
    static func postTableReceipt(_ notified: CivilDate) -> CivilDate? {
        guard notified >= ComplaintRegimes.weekdayPostTableFrom, notified < ComplaintRegimes.sixWorkingDaysPostFrom
        else { return nil }
        switch notified.weekday {
        case .monday, .tuesday, .friday: return notified.adding(days: 5)
        case .wednesday: return notified.adding(days: 7)
        case .thursday: return notified.adding(days: 6)
        default: return nil
        }
    }

    /// The 6th working day after `notified` (Grundlovsdag, 24 and 31 December not counted when
    /// `eves` is true), or `nil` past 9999-12-31.
    static func sixthWorkingDay(after notified: CivilDate, eves: Bool) -> CivilDate? {
        var day = notified
        var counted = 0
        // At most 6 working days and a handful of holidays: bounded, and checked at the end.
        for _ in 0..<64 where counted < ComplaintRouteQuestion.Rules.letterWorkingDays {
            guard day < DanishCalendar.lastDay else { return nil }
            day = day.adding(days: 1)
            if DanishCalendar.isWorkingDay(day, eves: eves) { counted += 1 }
        }
        return counted == ComplaintRouteQuestion.Rules.letterWorkingDays ? day : nil
    }
}
