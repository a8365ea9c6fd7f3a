import Foundation

/// The real CNAB files in the shared fixtures (see their SOURCES.md and INVENTORY.tsv).
enum Fixtures {
    /// `../shared/fixtures/cnab` beside the repository this file is in (as CI lays it out), else
    /// `/work/shared/fixtures/cnab`.
    static let directory: URL = {
        // #filePath is …/Tests/CNABKitTests/Support/Fixtures.swift: four levels below the repository root.
        let repositoryRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let beside = repositoryRoot.appendingPathComponent("../shared/fixtures/cnab").standardizedFileURL
        if FileManager.default.fileExists(atPath: beside.path) { return beside }
        return URL(fileURLWithPath: "/work/shared/fixtures/cnab")
    }()

    /// The bytes of a fixture, by its path in INVENTORY.tsv ("brcobranca/CNAB240.RET").
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(path)))
    }

    /// One row of INVENTORY.tsv.
    struct Entry: Sendable, CustomStringConvertible {
        let path: String
        let layout: String
        let bank: String
        let recordTypes: [String: Int]
        var description: String { path }

        /// Detail records that are títulos: T segments in CNAB 240, type 1 (or 7) in CNAB 400.
        var isRetorno: Bool { layout.hasSuffix("retorno") }
    }

    /// Every file INVENTORY.tsv lists.
    static let inventory: [Entry] = {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("INVENTORY.tsv"), encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").dropFirst().map { row in
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var types: [String: Int] = [:]
            for item in columns[4].split(separator: " ") {
                let parts = item.split(separator: ":")
                if parts.count == 2 { types[String(parts[0])] = Int(parts[1]) }
            }
            return Entry(path: columns[0], layout: columns[1], bank: columns[2], recordTypes: types)
        }
    }()
}
