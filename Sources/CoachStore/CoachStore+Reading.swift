import Foundation
import GRDB

extension CoachStore {
  /// Where the database of `folder` is, whether or not it exists.
  public static func databaseURL(in folder: URL) -> URL {
    folder.appendingPathComponent(StoreFiles.databaseName)
  }

  /// Opens the database in `folder` only to read it, for commands that show or export data
  /// when the folder cannot be written (a read-only mount, a full disk). Nothing is created
  /// or migrated; every write fails with `.readOnly`. A missing, damaged, foreign or
  /// outdated database is reported as `init(folder:)` reports it.
  public convenience init(readingFolder folder: URL) throws(StoreError) {
    let databaseURL = Self.databaseURL(in: folder)
    let path = databaseURL.path
    guard FileManager.default.fileExists(atPath: path) else {
      throw .cannotOpen(path: path, reason: "there is no database there yet")
    }
    try StoreFiles.inspect(path, forWriting: false)
    let queue: DatabaseQueue
    do {
      queue = try StoreFiles.openForReading(path)
      let current = try queue.read { try Schema.migrator.hasCompletedMigrations($0) }
      // An older schema would need a migration, which is a write.
      guard current else {
        throw StoreError.cannotOpen(
          path: path,
          reason:
            "it is from an earlier version of career-coach and must be upgraded first, which needs its folder to be writable"
        )
      }
    } catch {
      throw StoreFiles.map(error, path: path)
    }
    self.init(folder: folder, databaseURL: databaseURL, reader: queue)
  }

  /// What a folder without a database holds: nothing. A reading command shows it without
  /// creating the database (which it could leave empty on a full disk); every write fails
  /// with `.readOnly`.
  public static func empty(folder: URL) throws(StoreError) -> CoachStore {
    let databaseURL = Self.databaseURL(in: folder)
    do {
      let queue = try DatabaseQueue()
      try Schema.migrator.migrate(queue)
      try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA query_only = 1") }
      return CoachStore(folder: folder, databaseURL: databaseURL, reader: queue)
    } catch {
      throw StoreFiles.map(error, path: databaseURL.path)
    }
  }
}
