// Buffered output on a file descriptor, without Foundation: `policy-check serve` writes many
// short lines, and a write(2) per line would cost more than evaluating the scenario.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lines collected in memory and written to a file descriptor in large writes.
final class OutputBuffer {
    private let descriptor: Int32
    private var bytes: [UInt8] = []
    /// Whether a write failed (the reader went away); later writes are dropped.
    private(set) var failed = false
    /// Flushes on its own once this many bytes are waiting.
    let capacity: Int

    init(descriptor: Int32, capacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.capacity = capacity
        bytes.reserveCapacity(capacity + 4096)
    }

    /// Appends `text` and a newline.
    func line(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x0A)
        if bytes.count >= capacity { flush() }
    }

    /// Lets `write` append a line's bytes straight into the buffer, then adds the newline;
    /// when `write` returns `false` (nothing to answer), nothing is added.
    func line(_ write: (inout [UInt8]) -> Bool) {
        guard write(&bytes) else { return }
        bytes.append(0x0A)
        if bytes.count >= capacity { flush() }
    }

    /// Appends `text` as it is.
    func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= capacity { flush() }
    }

    /// Writes everything waiting.
    func flush() {
        guard !bytes.isEmpty else { return }
        defer { bytes.removeAll(keepingCapacity: true) }
        guard !failed else { return }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBufferPointer { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemWrite(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                failed = true
                return
            }
            offset += written
        }
    }
}

/// Standard output and standard error of the process (the CLI is single-threaded: only the
/// main thread writes).
enum Console {
    nonisolated(unsafe) static let out = OutputBuffer(descriptor: 1)
    nonisolated(unsafe) static let err = OutputBuffer(descriptor: 2, capacity: 1)

    /// Writes a line to standard error at once.
    static func error(_ text: String) {
        out.flush()
        err.line(text)
        err.flush()
    }
}

/// write(2).
func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
        Darwin.write(descriptor, pointer, count)
    #elseif canImport(Musl)
        Musl.write(descriptor, pointer, count)
    #else
        Glibc.write(descriptor, pointer, count)
    #endif
}

/// read(2).
func systemRead(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
        Darwin.read(descriptor, pointer, count)
    #elseif canImport(Musl)
        Musl.read(descriptor, pointer, count)
    #else
        Glibc.read(descriptor, pointer, count)
    #endif
}
