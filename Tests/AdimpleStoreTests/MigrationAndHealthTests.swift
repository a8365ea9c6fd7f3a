import AdimpleCore
import AdimpleStore
import BrazilKit
import Foundation
import Testing

@Suite struct MigrationAndHealthTests {
    @Test(arguments: StoreFixture.engines)
    func migratingAgainAppliesNothing(engine: String) async throws {
        try await StoreFixture.withStore(engine) { store in
            let version = try await StoreFactory.schemaVersion(store)
            #expect(version == StoreFactory.latestSchemaVersion)
            let applied = try await StoreFactory.migrate(store)
            #expect(applied.isEmpty)
            #expect(await store.checkHealth().ok)
        }
    }

    @Test func sqliteHealthReportsAMissingFileAndAnswersAgainOnceBack() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-health-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.sqlite").path
        let store = try await StoreFactory.open(path)
        #expect(await store.checkHealth().ok)
        try FileManager.default.moveItem(atPath: path, toPath: path + ".moved")
        let down = await store.checkHealth()
        #expect(!down.ok)
        #expect(down.detail.contains("missing"))
        try FileManager.default.moveItem(atPath: path + ".moved", toPath: path)
        #expect(await store.checkHealth().ok)
        try await store.shutdown()
    }

    @Test func openingAnSQLiteFileInAMissingFolderFailsClearly() async throws {
        await #expect(throws: (any Error).self) {
            _ = try await StoreFactory.open("/nonexistent-folder-\(UUID().uuidString)/a.sqlite")
        }
    }

    @Test func aPostgresThatIsDownIsUnavailableNotACrash() async throws {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        await #expect {
            _ = try await StoreFactory.open("postgres://adimple:secret@127.0.0.1:1/adimple")
        } throws: { error in
            !"\(error)".contains("secret")
        }
    }

    @Test func passwordsAreMaskedInPrintedLocations() {
        #expect(StoreFactory.redacted("postgres://u:hunter2@db:5432/x") == "postgres://u:***@db:5432/x")
        #expect(StoreFactory.redacted("./adimple.sqlite") == "./adimple.sqlite")
    }
}

@Suite struct LockedDatabaseTests {
    @Test func aWriteBlockedByAnotherProcessIsUnavailableAndLeavesNothingHalfWritten() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adimple-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("locked.sqlite").path
        let store = try await StoreFactory.open(path, busyTimeout: .milliseconds(200))
        let world = TestWorld(store: store)
        _ = try await world.person()

        // Another process (here: another connection) holds the write lock.
        let intruder = try RawSQLite(path: path)
        try intruder.execute("BEGIN IMMEDIATE")
        await #expect(throws: StoreUnavailableError.self) {
            _ = try await world.person("Outra", document: "11144477735", email: "outra@x.com.br")
        }
        // Reads and the health check still answer (WAL lets readers past a writer).
        #expect(await store.checkHealth().ok)
        try intruder.execute("ROLLBACK")

        // Once the lock is gone, writes work, and the refused one left no trace.
        _ = try await world.person("Outra", document: "11144477735", email: "outra@x.com.br")
        #expect(try await store.read { try await $0.customers.count() } == 2)
        try await store.shutdown()
    }
}
