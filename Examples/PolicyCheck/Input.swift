// Reading scenario files, folders and standard input with POSIX calls, every failure a
// message (issue 13 items 4, 5 and 7): a bounded read, a folder on standard input, an
// unreadable sub-folder, a broken link and a symlink loop are each reported as what they are.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import SocialPolicyKit

/// The most bytes read from one file or from standard input (`evaluate`, `test`): 16 MiB.
/// Larger input is bad input (exit 2), never read to the end.
let maximumInputBytes = 16 << 20

/// One scenario document found on the command line: where it came from and its bytes, or why
/// it could not be read.
struct Source {
    let path: String
    let content: Result<[UInt8], ReadFailure>
}

/// Why a path could not be read, as a one-line message.
struct ReadFailure: Error {
    let message: String
}

/// The text of the C `errno` value.
func errorText(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file or folder"
    case ELOOP: return "symlink loop (too many levels of symbolic links)"
    case EACCES, EPERM: return "permission denied"
    case EISDIR: return "is a folder"
    case ENOTDIR: return "a part of the path is not a folder"
    case ENAMETOOLONG: return "the path is too long"
    default:
        if let text = strerror(code) { return String(cString: text) }
        return "error \(code)"
    }
}

/// Reads at most `maximumInputBytes` from `descriptor`.
func readAll(_ descriptor: Int32, name: String) -> Result<[UInt8], ReadFailure> {
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
        return .failure(ReadFailure(message: "\(name): is a folder, not a scenario file"))
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return systemRead(descriptor, base, buffer.count)
        }
        if count < 0 {
            if errno == EINTR { continue }
            return .failure(ReadFailure(message: "\(name): cannot read: \(errorText(errno))"))
        }
        if count == 0 { return .success(bytes) }
        if bytes.count + count > maximumInputBytes {
            return .failure(
                ReadFailure(message: "\(name): larger than the maximum of \(maximumInputBytes >> 20) MiB a scenario input may have"))
        }
        bytes.append(contentsOf: chunk[0..<count])
    }
}

/// Reads one file.
func readFile(_ path: String) -> Result<[UInt8], ReadFailure> {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(ReadFailure(message: "\(path): \(errorText(errno))")) }
    defer { close(descriptor) }
    return readAll(descriptor, name: path)
}

/// The file-system kind of a path, following symbolic links.
enum Entry {
    case file
    case folder(device: UInt64, inode: UInt64)
    case other
}

func entry(_ path: String) -> Result<Entry, ReadFailure> {
    var status = stat()
    guard stat(path, &status) == 0 else {
        let code = errno
        var link = stat()
        if code == ENOENT, lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
            return .failure(ReadFailure(message: "\(path): broken symbolic link (its target does not exist)"))
        }
        return .failure(ReadFailure(message: "\(path): \(errorText(code))"))
    }
    switch status.st_mode & S_IFMT {
    case S_IFDIR: return .success(.folder(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)))
    case S_IFREG: return .success(.file)
    default: return .success(.other)
    }
}

/// The names in a folder, without `.` and `..`.
func folderNames(_ path: String) -> Result<[String], ReadFailure> {
    guard let folder = opendir(path) else { return .failure(ReadFailure(message: "\(path): cannot read folder: \(errorText(errno))")) }
    defer { closedir(folder) }
    var names: [String] = []
    while true {
        errno = 0
        guard let item = readdir(folder) else {
            if errno != 0 { return .failure(ReadFailure(message: "\(path): cannot read folder: \(errorText(errno))")) }
            return .success(names)
        }
        let name = withUnsafePointer(to: item.pointee.d_name) { pointer in
            pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: item.pointee.d_name)) {
                String(cString: $0)
            }
        }
        if name != "." && name != ".." { names.append(name) }
    }
}

/// Every `*.json` file under `root` (sorted by path relative to it) and every part of it that
/// could not be read. Symbolic links are followed; one that leads back to a folder being read
/// is reported as a symlink loop.
func walk(_ root: String, rootIdentity: (UInt64, UInt64)) -> [Source] {
    var found: [(relative: String, source: Source)] = []
    func visit(_ path: String, relative: String, ancestors: [(UInt64, UInt64)]) {
        switch folderNames(path) {
        case .failure(let failure):
            found.append((relative, Source(path: path, content: .failure(failure))))
        case .success(let names):
            for name in names {
                let full = path.hasSuffix("/") ? path + name : path + "/" + name
                let childRelative = relative.isEmpty ? name : relative + "/" + name
                switch entry(full) {
                case .failure(let failure):
                    // Only entries that would have been read matter: a scenario file, or a
                    // folder (any name) that could hold some.
                    found.append((childRelative, Source(path: full, content: .failure(failure))))
                case .success(.file):
                    if name.hasSuffix(".json") { found.append((childRelative, Source(path: full, content: readFile(full)))) }
                case .success(.other):
                    continue
                case .success(.folder(let device, let inode)):
                    if ancestors.contains(where: { $0 == (device, inode) }) {
                        found.append((
                            childRelative,
                            Source(path: full, content: .failure(ReadFailure(message: "\(full): symlink loop (leads back to a folder above it)")))
                        ))
                        continue
                    }
                    visit(full, relative: childRelative, ancestors: ancestors + [(device, inode)])
                }
            }
        }
    }
    visit(root, relative: "", ancestors: [rootIdentity])
    return found.sorted { $0.relative < $1.relative }.map(\.source)
}

/// Expands the command-line paths into scenario documents: a file, every `*.json` under a
/// folder, or `-` for standard input.
func collect(_ paths: [String]) -> [Source] {
    var sources: [Source] = []
    for path in paths {
        if path == "-" {
            sources.append(Source(path: "-", content: readAll(0, name: "standard input")))
            continue
        }
        switch entry(path) {
        case .failure(let failure): sources.append(Source(path: path, content: .failure(failure)))
        case .success(.folder(let device, let inode)):
            let found = walk(path, rootIdentity: (device, inode))
            if found.isEmpty {
                sources.append(Source(path: path, content: .failure(ReadFailure(message: "\(path): no scenario files (*.json) in this folder"))))
            }
            sources.append(contentsOf: found)
        case .success(.file), .success(.other):
            sources.append(Source(path: path, content: readFile(path)))
        }
    }
    return sources
}

/// The bytes without a leading UTF-8 byte order mark.
func withoutByteOrderMark(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return bytes[3...] }
    return bytes[...]
}

/// The documents in one input: the whole input when it is one JSON value, otherwise — when
/// it has several lines and its first line is a JSON value on its own — one document per
/// non-blank line (JSON Lines).
func documents(in bytes: [UInt8]) -> [(line: Int?, bytes: [UInt8])] {
    let body = Array(withoutByteOrderMark(bytes))
    if (try? JSONParser.parse(body)) != nil { return [(nil, body)] }
    var lines: [(Int, [UInt8])] = []
    var number = 0
    for line in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
        number += 1
        var content = Array(line)
        if content.last == 0x0D { content.removeLast() }
        if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        lines.append((number, content))
    }
    guard lines.count > 1, let first = lines.first, (try? JSONParser.parse(first.1)) != nil else { return [(nil, body)] }
    return lines.map { (line: $0.0, bytes: $0.1) }
}
