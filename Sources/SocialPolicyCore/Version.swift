/// Which build of the library decided, and which version of the JSON contract it speaks.
///
/// Every ``Decision`` carries both (``Decision/engine``, ``Decision/contract``; the JSON
/// fields `engine` and `contract`), and so does every ``DecisionRecord`` a ``DecisionSink``
/// receives, so that an audit row says which build decided. `SocialPolicyKit.version` is the
/// same value as ``version``.
public enum SocialPolicyEngine: Sendable {
    /// The library's semantic version (`MAJOR.MINOR.PATCH`), as tagged in the repository and
    /// listed in `CHANGELOG.md`.
    public static let version = "0.2.0"

    /// The version of the JSON scenario contract this build speaks: `"1"` is the first
    /// contract, `"1.1"` adds the facts, values and obligation codes marked `since: "1.1"`.
    /// The contract only grows, so a build reads every earlier version too.
    public static let contractVersion = "1.1"

    /// Every contract version this build reads, oldest first. A scenario that names another
    /// version in its `contract` field is rejected (`unknown-value` on `contract`).
    public static let contractVersions = ["1", "1.1"]
}
