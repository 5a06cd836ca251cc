import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The data folder and the database file: where they are, their modes, and the checks made
/// before the database is opened for writing.
enum StoreFiles {
  static let databaseName = "career-coach.sqlite"
  static let folderMode: mode_t = 0o700
  static let fileMode: mode_t = 0o600

  /// Creates the folder (and its parents) when missing; a folder created here gets mode 0700.
  static func makeFolder(_ folder: URL) throws(StoreError) {
    let path = folder.path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw .cannotCreateFolder(path: path, reason: "a file of that name is in the way")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: Int(folderMode)])
    } catch {
      throw .cannotCreateFolder(path: path, reason: reason(error))
    }
    // Explicitly, whatever the umask.
    guard chmod(path, folderMode) == 0 else {
      throw .cannotCreateFolder(path: path, reason: String(cString: strerror(errno)))
    }
  }

  /// Sets 0600 on the database and its -wal and -shm companions where they exist.
  static func restrictModes(_ path: String) {
    for suffix in ["", "-wal", "-shm"] {
      let file = path + suffix
      var info = stat()
      guard stat(file, &info) == 0, info.st_mode & 0o777 != fileMode else { continue }
      _ = chmod(file, fileMode)
    }
  }

  static let sqliteMagic = Array("SQLite format 3\0".utf8)

  /// Checks an existing database without writing to it: its header, then, opened read-only,
  /// its integrity, its tables and its schema version. Throws `.corrupt`, `.readOnly` (only
  /// when it is to be written), `.newerSchema` or `.cannotOpen`; returns quietly for an empty
  /// file or a good database.
  static func inspect(_ path: String, forWriting: Bool = true) throws(StoreError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw .cannotOpen(path: path, reason: "it is a folder, not a database file")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    let header: Data
    do {
      header = try handle.read(upToCount: 100) ?? Data()
      try handle.close()
    } catch {
      throw .cannotOpen(path: path, reason: reason(error))
    }
    if header.isEmpty { return }
    guard header.count == 100, Array(header.prefix(16)) == sqliteMagic else {
      throw .corrupt(path: path)
    }
    if forWriting, access(path, W_OK) != 0 { throw .readOnly(path: path) }
    do {
      let queue = try openForReading(path)
      defer { try? queue.close() }
      try queue.read { db in
        let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
        guard check == ["ok"] else { throw StoreError.corrupt(path: path) }
        let tables = try Set(
          String.fetchAll(
            db,
            sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
          ))
        if tables.isEmpty { return }
        guard tables.contains("grdb_migrations") else { throw StoreError.corrupt(path: path) }
        if try Schema.migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
      }
    } catch {
      throw map(error, path: path)
    }
  }

  /// Opens the database only to read it. In a folder SQLite cannot write, it reads a WAL
  /// database only through the -shm file a writer left behind; without one the database was
  /// closed cleanly, everything is in the main file, and it is read as immutable.
  static func openForReading(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(CoachStore.busyTimeout)
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -512") }
    func open(_ path: String) throws -> DatabaseQueue {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      try queue.read { db in try db.execute(sql: "SELECT count(*) FROM sqlite_master") }
      return queue
    }
    do {
      return try open(path)
    } catch let error as DatabaseError
      where [.SQLITE_CANTOPEN, .SQLITE_IOERR].contains(error.resultCode)
    {
      var info = stat()
      let walHoldsChanges = stat(path + "-wal", &info) == 0 && info.st_size > 0
      if walHoldsChanges {
        throw StoreError.cannotOpen(
          path: path,
          reason:
            "its latest changes are in \(path)-wal, which cannot be read while the folder is read-only or the disk is full"
        )
      }
      guard let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)
      else { throw error }
      return try open("file:\(escaped)?immutable=1")
    }
  }

  /// A StoreError for an error from GRDB or the file system.
  static func map(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    guard let error = error as? DatabaseError else {
      return .failed(path: path, reason: reason(error))
    }
    switch error.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .corrupt(path: path)
    case .SQLITE_READONLY, .SQLITE_PERM: return .readOnly(path: path)
    case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: "the file cannot be opened")
    case .SQLITE_FULL: return .diskFull(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path)
    // A full disk shows as an I/O error when SQLite sizes its shared-memory file.
    case .SQLITE_IOERR where isFull(folderOf: path): return .diskFull(path: path)
    default:
      return .failed(path: path, reason: error.message ?? "\(error.resultCode)")
    }
  }

  /// True when the file system holding `path` has no room left for another page.
  static func isFull(folderOf path: String) -> Bool {
    var info = statvfs()
    let folder = (path as NSString).deletingLastPathComponent
    guard statvfs(folder, &info) == 0 else { return false }
    return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
  }

  static func reason(_ error: any Error) -> String {
    if let error = error as? CocoaError, let underlying = error.underlying as? POSIXError {
      return String(cString: strerror(underlying.code.rawValue))
    }
    let text = (error as NSError).localizedDescription
    return text.hasSuffix(".") ? String(text.dropLast()) : text
  }
}
