import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension StoreFiles {
  /// Creates a new, fully migrated database at `path`, or leaves nothing: it is built in a
  /// private file beside `path` and only linked into place once complete, so a full disk or a
  /// crash midway never leaves an empty or half-made database to be mistaken for an old one.
  /// When another process created `path` meanwhile, its database is kept and this one dropped.
  static func createDatabase(_ path: String) throws(StoreError) {
    let building = "\(path).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).new"
    defer { removeDatabaseFiles(building) }
    let fd = open(building, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
    guard fd >= 0 else { throw creationError(errno, path: path) }
    // Explicitly, whatever the umask.
    _ = fchmod(fd, fileMode)
    close(fd)
    do {
      let queue = try DatabaseQueue(path: building)
      try Schema.migrator.migrate(queue)
      try queue.close()
    } catch {
      throw map(error, path: path)
    }
    syncFolder(of: path)
    // link, unlike rename, never replaces a database another process has already put there.
    if link(building, path) != 0, errno != EEXIST { throw creationError(errno, path: path) }
    syncFolder(of: path)
  }

  static func creationError(_ code: Int32, path: String) -> StoreError {
    code == ENOSPC || code == EDQUOT
      ? .diskFull(path: path) : .cannotOpen(path: path, reason: String(cString: strerror(code)))
  }

  /// Removes a database file and the journal files SQLite may have left beside it.
  static func removeDatabaseFiles(_ path: String) {
    for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
  }

  /// Makes a new name in the folder survive a power cut.
  static func syncFolder(of path: String) {
    let fd = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    close(fd)
  }
}
