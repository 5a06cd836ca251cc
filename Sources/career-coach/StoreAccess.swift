import CoachCore
import CoachStore
import CoachTUI
import Foundation

/// Runs a store call; a failure ends the program with its sentence and exit code 2.
func storeCall<T>(_ body: () throws(StoreError) -> T) -> T {
  do {
    return try body()
  } catch {
    fail(error.description, code: 2)
  }
}

/// The latest finished assessment in `store`; with none, the program ends saying how to
/// take one (exit 1).
func latestFinishedAssessment(in store: CoachStore) -> Assessment {
  guard let assessment = storeCall({ () throws(StoreError) in try store.latestFinished() }) else {
    fail(
      "no finished assessment yet; run `career-coach` or `career-coach assess --answers FILE` first.",
      code: 1)
  }
  return assessment
}

/// Reads a file named on the command line; an unreadable one ends the program (exit 2).
/// Anything but a regular file (a pipe, a device, a socket) is refused at once (exit 1): a pipe
/// nobody writes to would block for ever, a device might never end. Nothing past `limit`
/// bytes is read: a bigger file gets `tooLarge` (exit 1).
func readInputFile(_ path: String, limit: Int, tooLarge: String) -> Data {
  switch InputFile.read(path, limit: limit) {
  case .success(let data): return data
  case .failure(.missing): fail("cannot read \(path): no such file.", code: 2)
  case .failure(.permissionDenied): fail("cannot read \(path): permission denied.", code: 2)
  case .failure(.folder): fail("cannot read \(path): it is a folder, not a file.", code: 2)
  case .failure(.notRegular):
    fail(
      "cannot read \(path): it is not a regular file (a pipe or a device); save the data to a file first.",
      code: 1)
  case .failure(.tooLarge): fail(tooLarge, code: 1)
  case .failure(.unreadable(let reason)): fail("cannot read \(path): \(reason).", code: 2)
  case .failure(.readFailed(let error)):
    fail("cannot read \(path): \(systemReason(error)).", code: 2)
  }
}

/// "64 MB" for a limit in bytes.
func megabytes(_ bytes: Int) -> String { "\(bytes >> 20) MB" }

/// Writes `data` to `path` (mode 0600: it holds personal data), or to stdout when path is nil.
func writeOutput(_ data: Data, to path: String?) {
  guard let path else {
    writeStandardOutput(data)
    return
  }
  // The file is private from its creation, not only after a chmod: the atomic write's
  // temporary file takes its mode from the umask.
  let previousMask = umask(0o077)
  defer { umask(previousMask) }
  do {
    try data.write(to: URL(fileURLWithPath: path), options: .atomic)
  } catch {
    fail("cannot write \(path): \(systemReason(error)).", code: 2)
  }
  _ = chmod(path, 0o600)
}

/// Writes to standard output; a full disk or a closed output ends the program with one
/// sentence (exit 2), not a crash.
func writeStandardOutput(_ data: Data) {
  do {
    try FileHandle.standardOutput.write(contentsOf: data)
  } catch {
    fail("cannot write the output: \(systemReason(error)).", code: 2)
  }
}

/// Why a file operation failed, as a sentence fragment ("the disk is full").
func systemReason(_ error: any Error) -> String {
  if let error = error as? CocoaError {
    switch error.code {
    case .fileWriteOutOfSpace: return "the disk is full"
    case .fileWriteVolumeReadOnly: return "the disk is read-only"
    case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
    case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
    default: break
    }
  }
  if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
    underlying.domain == NSPOSIXErrorDomain
  {
    let text = String(cString: strerror(Int32(underlying.code)))
    return text.prefix(1).lowercased() + text.dropFirst()
  }
  let text = (error as NSError).localizedDescription
  return text.hasSuffix(".") ? String(text.dropLast()) : text
}
