#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Android)
    import Android
#elseif canImport(WinSDK)
    import WinSDK
#endif
import SocialPolicyCore

/// A `DecisionSink` that keeps every record in memory, for a host's tests — as swift-log's
/// `InMemoryLogging` does for log handlers.
///
/// ```swift
/// import SocialPolicyKit
/// import SocialPolicyTestSupport
///
/// let sink = InMemoryDecisionSink()
/// let evaluator = PolicyEvaluator(municipality: BundledProfiles.kobenhavn, sink: sink)
/// _ = try evaluator.decision(DeadlineQuestion.self, for: facts, asOf: today, id: "case-17")
/// #expect(sink.records.map(\.caseID) == ["case-17"])
/// ```
///
/// Safe to share between tasks: every method takes an internal lock. Needs no Foundation and
/// runs on every platform the package declares.
public final class InMemoryDecisionSink: DecisionSink, @unchecked Sendable {
    // @unchecked: `storage` is only read and written while `lock` is held.
    private let lock = Lock()
    private var storage: [DecisionRecord] = []

    /// An empty sink.
    public init() {}

    /// Keeps the record.
    public func receive(_ record: DecisionRecord) {
        lock.withLock { storage.append(record) }
    }

    /// Every record received, in the order received.
    public var records: [DecisionRecord] { lock.withLock { storage } }

    /// Every decision received, in the order received.
    public var decisions: [Decision] { records.map(\.decision) }

    /// Forgets every record.
    public func removeAll() { lock.withLock { storage.removeAll() } }
}

/// A mutual-exclusion lock over the platform's own primitive (no Foundation, no
/// `Synchronization`, which needs macOS 15).
final class Lock: @unchecked Sendable {
    #if canImport(WinSDK)
        private let handle = UnsafeMutablePointer<SRWLOCK>.allocate(capacity: 1)
        init() { InitializeSRWLock(handle) }
        deinit { handle.deallocate() }
        func withLock<T>(_ body: () throws -> T) rethrows -> T {
            AcquireSRWLockExclusive(handle)
            defer { ReleaseSRWLockExclusive(handle) }
            return try body()
        }
    #else
        private let handle = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        init() { pthread_mutex_init(handle, nil) }
        deinit {
            pthread_mutex_destroy(handle)
            handle.deallocate()
        }
        func withLock<T>(_ body: () throws -> T) rethrows -> T {
            pthread_mutex_lock(handle)
            defer { pthread_mutex_unlock(handle) }
            return try body()
        }
    #endif
}
