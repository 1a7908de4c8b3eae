import SocialPolicyCore

/// Every provision the question can name in `values.section`, as a small enum so that the hot
/// path stores no string. ``citation`` gives the contract's text.
package enum SectionID: UInt8, Sendable, CaseIterable {
    case s123
    case s124bStk3, s124bStk4
    case s124c
    case s124d, s124dStk1, s124dStk2
    case s125Stk1, s125Stk2, s125Stk3, s125
    case s126, s126a, s127, s128
    case s128aStk3, s128b, s128bStk1, s128bStk2, s128c, s128d, s128e, s128f, s128g, s128h
    case s129, s129Stk2, s129Stk3, s129Stk4, s129a
    case s136aStk1, s136aStk3, s136c, s136d, s136e, s136f
    case s137b, s137cStk2

    /// The provision as a static citation.
    package var cite: Cite {
        switch self {
        case .s123: .sel("123", stk: 1)
        case .s124bStk3: .sel("124 b", stk: 3)
        case .s124bStk4: .sel("124 b", stk: 4)
        case .s124c: .sel("124 c")
        case .s124d: .sel("124 d")
        case .s124dStk1: .sel("124 d", stk: 1)
        case .s124dStk2: .sel("124 d", stk: 2)
        case .s125Stk1: .sel("125", stk: 1)
        case .s125Stk2: .sel("125", stk: 2)
        case .s125Stk3: .sel("125", stk: 3)
        case .s125: .sel("125")
        case .s126: .sel("126")
        case .s126a: .sel("126 a")
        case .s127: .sel("127")
        case .s128: .sel("128")
        case .s128aStk3: .sel("128 a", stk: 3)
        case .s128b: .sel("128 b")
        case .s128bStk1: .sel("128 b", stk: 1)
        case .s128bStk2: .sel("128 b", stk: 2)
        case .s128c: .sel("128 c")
        case .s128d: .sel("128 d")
        case .s128e: .sel("128 e")
        case .s128f: .sel("128 f")
        case .s128g: .sel("128 g")
        case .s128h: .sel("128 h")
        case .s129: .sel("129")
        case .s129Stk2: .sel("129", stk: 2)
        case .s129Stk3: .sel("129", stk: 3)
        case .s129Stk4: .sel("129", stk: 4)
        case .s129a: .sel("129 a")
        case .s136aStk1: .sel("136 a", stk: 1)
        case .s136aStk3: .sel("136 a", stk: 3)
        case .s136c: .sel("136 c")
        case .s136d: .sel("136 d")
        case .s136e: .sel("136 e")
        case .s136f: .sel("136 f")
        case .s137b: .sel("137 b")
        case .s137cStk2: .sel("137 c", stk: 2)
        }
    }

    /// The contract's citation (allocates).
    package var citation: Citation { cite.citation }
}
