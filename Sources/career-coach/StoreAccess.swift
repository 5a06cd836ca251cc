import CoachStore
import Foundation

/// Runs a store call; a failure ends the program with its sentence and exit code 2.
func storeCall<T>(_ body: () throws(StoreError) -> T) -> T {
  do {
    return try body()
  } catch {
    fail(error.description, code: 2)
  }
}

/// Reads a file named on the command line; an unreadable one ends the program (exit 2).
func readInputFile(_ path: String) -> Data {
  var isDirectory: ObjCBool = false
  if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
  {
    fail("cannot read \(path): it is a folder, not a file.", code: 2)
  }
  do {
    return try Data(contentsOf: URL(fileURLWithPath: path))
  } catch {
    let reason =
      FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
    fail("cannot read \(path): \(reason).", code: 2)
  }
}

/// Writes `data` to `path` (mode 0600: it holds personal data), or to stdout when path is nil.
func writeOutput(_ data: Data, to path: String?) {
  guard let path else {
    FileHandle.standardOutput.write(data)
    return
  }
  let url = URL(fileURLWithPath: path)
  let created = !FileManager.default.fileExists(atPath: path)
  do {
    try data.write(to: url, options: .atomic)
  } catch {
    fail("cannot write \(path): \((error as NSError).localizedDescription)", code: 2)
  }
  if created { _ = chmod(path, 0o600) }
}
