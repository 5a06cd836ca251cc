import CoachContent
import CoachCore
import CoachStore
import Foundation

/// Where the content pack and the user's data live, as the command line or the environment
/// chose them.
struct Locations {
  /// The content folders given with --content, in order; none for the default.
  var content: [String] = []
  /// The data folder given with --data-dir, if any.
  var dataDir: String?

  /// The content folders chosen by flag, else the one CAREER_COACH_CONTENT names, else the
  /// shipped pack; each is loaded on top of the ones before it.
  func contentFolders() throws(PackError) -> [URL] {
    try PackLoader.contentFolders(explicit: content)
  }

  /// The data folder: --data-dir, else CAREER_COACH_HOME, XDG_DATA_HOME or ~/.local/share.
  var dataFolder: URL {
    if let dataDir, !dataDir.isEmpty { return URL(fileURLWithPath: dataDir, isDirectory: true) }
    return CoachStore.defaultFolder(environment: ProcessInfo.processInfo.environment)
  }

  /// The content pack; on any problem, says what and where, and exits.
  func loadPack() -> Pack {
    switch packOrFailure() {
    case .success(let pack): return pack
    case .failure(let failure): failure.exit()
    }
  }

  /// The content pack, or what to say when it cannot be used.
  func packOrFailure() -> Result<Pack, LaunchFailure> {
    do {
      return .success(
        try PackLoader.load(layers: try contentFolders()))
    } catch {
      if case .invalid(let diagnostics) = error {
        return .failure(
          LaunchFailure(
            details: diagnostics.prefix(20).map { "\($0)" },
            message: diagnostics.count == 1
              ? "the content pack has 1 error; run `career-coach content lint` to see it."
              : "the content pack has \(diagnostics.count) errors; run `career-coach content lint` "
                + "to see them all.",
            code: 1))
      }
      return .failure(LaunchFailure(message: error.description, code: 2))
    }
  }

  /// Opens the user's data; on any problem, says what and where, and exits 2.
  func openStore() -> CoachStore {
    switch storeOrFailure() {
    case .success(let store): return store
    case .failure(let failure): failure.exit()
    }
  }

  /// Opens the user's data for a command that only reads it. A database that needs nothing
  /// done to it is only read, so reading goes on while another program holds the write lock,
  /// or when the folder cannot be written (a read-only mount, a full disk). No database is
  /// created: a folder without one reads as empty. An older database is opened as for
  /// writing, to be migrated; on a problem, says what and where, and exits 2.
  func openStoreForReading() -> CoachStore {
    let folder = dataFolder
    let readingFailure: StoreError
    do {
      return try CoachStore(readingFolder: folder)
    } catch {
      readingFailure = error
    }
    var isFolder: ObjCBool = true
    let folderIsUsable =
      !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
      || isFolder.boolValue
    if folderIsUsable,
      !FileManager.default.fileExists(atPath: CoachStore.databaseURL(in: folder).path)
    {
      return storeCall { () throws(StoreError) in try CoachStore.empty(folder: folder) }
    }
    switch storeOrFailure() {
    case .success(let store): return store
    case .failure(let failure):
      switch failure.cause {
      // Writing cannot help here: why reading failed is the better answer.
      case .readOnly, .readOnlyFolder:
        fail(readingFailure.description, code: 2)
      default: failure.exit()
      }
    }
  }

  /// The user's data, or what to say when it cannot be opened. A write waits up to
  /// `lockWait` seconds for another program's lock.
  func storeOrFailure(lockWait: TimeInterval = CoachStore.busyTimeout) -> Result<
    CoachStore, LaunchFailure
  > {
    do {
      return .success(try CoachStore(folder: dataFolder, lockWait: lockWait))
    } catch {
      return .failure(LaunchFailure(message: error.description, code: 2, cause: error))
    }
  }
}

/// Why the app cannot start: lines of detail, then one sentence, and the exit code.
struct LaunchFailure: Error {
  var details: [String] = []
  var message: String
  var code: Int32
  /// The store's error, when the user's data could not be opened.
  var cause: StoreError?

  func exit() -> Never {
    for line in details { writeStandardError("\(line)\n") }
    fail(message, code: code)
  }
}
