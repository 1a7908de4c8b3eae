import Foundation
import SocialPolicyKit
import Testing

// Issue 13 items 4, 5 and 7 (the CLI's part): every read failure is exit 2 with a message,
// never a trap or an unbounded read; a test run that could not read part of its input, or
// ran nothing, fails.

@Suite("policy-check reading input", .enabled(if: CLI.binary != nil, "policy-check is not built; run `swift build` first"))
struct CLIInputTests {
    @Test("evaluate - < DIR: a folder on standard input is bad input (exit 2, a message), not a trap (exit 132)")
    func folderOnStandardInput() throws {
        let result = try CLI.run(["evaluate", "-"], inputFile: CLI.repositoryRoot.appendingPathComponent("Examples").path)
        #expect(result.status == 2, "\(result.output)\(result.errors)")
        #expect(result.output.contains("is a folder"))
    }

    @Test("evaluate - < /dev/zero: reading stops at the documented maximum (16 MiB) with exit 2")
    func unboundedStandardInput() throws {
        let result = try CLI.run(["evaluate", "--json", "-"], inputFile: "/dev/zero")
        #expect(result.status == 2)
        #expect(result.output.contains("larger than the maximum of 16 MiB"))
    }

    @Test("evaluate -: JSON Lines on standard input give one decision per line, in order; a byte order mark is accepted")
    func jsonLinesOnStandardInput() throws {
        let input = "\u{FEFF}" + CLI.good + "\n" + CLI.wrongType + "\n\n" + CLI.good.replacingOccurrences(of: "\"good\"", with: "\"third\"") + "\n"
        let result = try CLI.run(["evaluate", "--json", "-"], input: input)
        #expect(result.status == 2)
        let lines = try result.lines.map { try JSONParser.parse($0) }
        #expect(lines.count == 3)
        #expect(lines.map { $0["id"] } == [.string("good"), .string("wrong-type"), .string("third")])
        #expect(lines[1]["file"] == .string("-:2"))
        let single = try CLI.run(["evaluate", "--json", "-"], input: "\u{FEFF}" + CLI.good)
        #expect(single.status == 0)
        #expect(single.lines.count == 1)
    }

    @Test("test: an empty folder ran nothing and fails with exit 2")
    func emptyFolder() throws {
        let folder = try CLI.folder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["test", folder.path])
        #expect(result.status == 2)
        #expect(result.lines.last == "0 passed, 1 failed")
        #expect(result.output.contains("no scenario files"))
    }

    @Test("test: a sub-folder that cannot be read (a broken link to one) fails the run, exit 2, instead of being skipped")
    func brokenSubFolder() throws {
        let folder = try CLI.folder(["a.json": CLI.good])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("cases").path, withDestinationPath: "/no/such/folder")
        let result = try CLI.run(["test", folder.path])
        #expect(result.status == 2, "\(result.output)")
        #expect(result.lines.last == "1 passed, 1 failed")
        #expect(result.output.contains("broken symbolic link"))
    }

    @Test("test: a sub-folder without read permission fails the run, exit 2", .enabled(if: getuid() != 0, "root reads every folder"))
    func unreadableSubFolder() throws {
        let folder = try CLI.folder(["a.json": CLI.good])
        let sub = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data(CLI.good.utf8).write(to: sub.appendingPathComponent("b.json"))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: sub.path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sub.path)
            try? FileManager.default.removeItem(at: folder)
        }
        let result = try CLI.run(["test", folder.path])
        #expect(result.status == 2)
        #expect(result.output.contains("permission denied"))
    }

    @Test("a symlink loop is reported as a symlink loop, not as 'no such file or folder'")
    func symlinkLoop() throws {
        let folder = try CLI.folder(["a.json": CLI.good])
        defer { try? FileManager.default.removeItem(at: folder) }
        // A link to itself (ELOOP) and a link back to the folder above (a cycle in the walk).
        let selfLink = folder.appendingPathComponent("self-loop")
        try FileManager.default.createSymbolicLink(atPath: selfLink.path, withDestinationPath: selfLink.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("up").path, withDestinationPath: folder.path)
        let result = try CLI.run(["test", folder.path])
        #expect(result.status == 2)
        #expect(result.lines.last == "1 passed, 2 failed")
        #expect(result.output.components(separatedBy: "symlink loop").count == 3, "\(result.output)")
        #expect(!result.output.contains("no such file or folder"))
        let direct = try CLI.run(["evaluate", selfLink.path])
        #expect(direct.status == 2)
        #expect(direct.output.contains("symlink loop"))
    }
}
