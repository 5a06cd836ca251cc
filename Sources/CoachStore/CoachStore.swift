import CoachCore
import Foundation
import GRDB

/// The user's data: assessments with their answers, and plan settings, in one SQLite database
/// (WAL mode) inside the data folder.
///
/// Every write is one immediate transaction, committed before the call returns. Several stores,
/// in one process or several, may use the same file at once: SQLite's locks and a busy timeout
/// serialise their writes. The full-screen app also holds an `InstanceLock`, so a second
/// window only reads (`refusingWrites(_:)`).
public final class CoachStore: Sendable {
  /// The data folder.
  public let folder: URL
  /// The database file inside it.
  public let databaseURL: URL
  /// A pool for reading and writing; a read-only queue for a store opened only to read.
  let pool: any DatabaseWriter
  /// Why every write is refused, when it is (another window holds the folder).
  public let writeRefusal: StoreError?

  /// How long a write waits for another connection's lock, in seconds, unless the opener
  /// says otherwise.
  public static let busyTimeout: TimeInterval = 10

  /// `CAREER_COACH_HOME`, else `$XDG_DATA_HOME/career-coach`, else
  /// `~/.local/share/career-coach`.
  public static func defaultFolder(environment: [String: String]) -> URL {
    if let home = environment["CAREER_COACH_HOME"], !home.isEmpty {
      return URL(fileURLWithPath: home, isDirectory: true)
    }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty, xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent(
        "career-coach", isDirectory: true)
    }
    let home =
      environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? FileManager.default.homeDirectoryForCurrentUser.path
    return URL(fileURLWithPath: home, isDirectory: true)
      .appendingPathComponent(".local/share/career-coach", isDirectory: true)
  }

  /// Opens the database in `folder`, creating the folder (0700) and the file (0600) when
  /// missing (whole, or not at all) and migrating it to the current schema. An existing file that is not a
  /// career-coach database, is damaged, read-only or from a newer version is reported and
  /// never written to. A write waits up to `lockWait` seconds for another program's lock.
  public init(folder: URL, lockWait: TimeInterval = busyTimeout) throws(StoreError) {
    self.folder = folder
    databaseURL = Self.databaseURL(in: folder)
    let path = databaseURL.path
    try StoreFiles.makeFolder(folder)
    // SQLite writes its -wal and -shm files beside the database.
    guard access(folder.path, W_OK) == 0 else { throw .readOnlyFolder(path: folder.path) }
    if FileManager.default.fileExists(atPath: path) {
      try StoreFiles.inspect(path)
    } else {
      try StoreFiles.createDatabase(path)
    }
    pool = try Self.openPool(path: path, lockWait: lockWait)
    writeRefusal = nil
    StoreFiles.restrictModes(path)
  }

  /// A store over an open database; `init(readingFolder:)` uses it.
  init(
    folder: URL, databaseURL: URL, reader: any DatabaseWriter, writeRefusal: StoreError? = nil
  ) {
    self.folder = folder
    self.databaseURL = databaseURL
    pool = reader
    self.writeRefusal = writeRefusal
  }

  /// This store, refusing every write with `reason` before touching the database: a
  /// window that does not hold the folder's `InstanceLock` reads and says why it saves
  /// nothing.
  public func refusingWrites(_ reason: StoreError) -> CoachStore {
    CoachStore(folder: folder, databaseURL: databaseURL, reader: pool, writeRefusal: reason)
  }

  /// Opens the pool and migrates. SQLite answers "busy" without waiting in a few cases (two
  /// processes switching a brand-new file to WAL, or migrating it, at the same moment); those
  /// are retried for a few seconds, and the loser of a migration race finds the work done.
  private static func openPool(path: String, lockWait: TimeInterval) throws(StoreError)
    -> DatabasePool
  {
    var configuration = Configuration()
    configuration.busyMode = .timeout(lockWait)
    configuration.label = "career-coach"
    // One user's data is small: a small page cache a connection, and few readers, keep the
    // app's memory low.
    configuration.maximumReaderCount = 2
    configuration.prepareDatabase { db in
      // Each answer survives a power cut, not only a crash.
      try db.execute(sql: "PRAGMA synchronous = FULL")
      try db.execute(sql: "PRAGMA cache_size = -512")
    }
    let deadline = Date().addingTimeInterval(lockWait)
    while true {
      do {
        let pool = try DatabasePool(path: path, configuration: configuration)
        StoreFiles.restrictModes(path)
        do {
          try Schema.migrator.migrate(pool)
        } catch {
          let done = (try? pool.read { try Schema.migrator.hasCompletedMigrations($0) }) ?? false
          if !done { throw error }
        }
        return pool
      } catch {
        let busy = [.SQLITE_BUSY, .SQLITE_LOCKED].contains(
          (error as? DatabaseError)?.resultCode.primaryResultCode)
        let raced = (error as? DatabaseError)?.message?.contains("already exists") ?? false
        guard busy || raced, Date() < deadline else { throw StoreFiles.map(error, path: path) }
        Thread.sleep(forTimeInterval: 0.02)
      }
    }
  }

  /// Runs `body` in one immediate transaction.
  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    if let writeRefusal { throw writeRefusal }
    do {
      return try pool.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        return result!
      }
    } catch {
      throw StoreFiles.map(error, path: databaseURL.path)
    }
  }

  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.read { db in try body(db) }
    } catch {
      throw StoreFiles.map(error, path: databaseURL.path)
    }
  }
}
