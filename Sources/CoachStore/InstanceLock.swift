import Foundation

/// The full-screen app's claim on a data folder: one window writes, any other only reads.
/// An exclusive `flock` on a file beside the database, holding the owner's process id; the
/// kernel drops it when the process ends, however it ends, so a crash never leaves the data
/// locked.
public final class InstanceLock: Sendable {
  public static let fileName = "career-coach.lock"

  public enum Outcome: Sendable {
    case acquired(InstanceLock)
    /// Another process holds the folder; its id, when it could be read.
    case heldBy(pid: Int32?)
    /// The lock file cannot be made (a read-only folder): no window can write there anyway.
    case unavailable
  }

  private let descriptor: Int32

  private init(descriptor: Int32) { self.descriptor = descriptor }

  deinit { close(descriptor) }

  /// Takes the folder's lock for this process, or says who has it. Never waits.
  public static func acquire(in folder: URL) -> Outcome {
    let path = folder.appendingPathComponent(fileName).path
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return .unavailable }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let busy = errno == EWOULDBLOCK
      let pid = busy ? readPID(descriptor) : nil
      close(descriptor)
      return busy ? .heldBy(pid: pid) : .unavailable
    }
    let text = Array("\(getpid())\n".utf8)
    if ftruncate(descriptor, 0) == 0 { _ = pwrite(descriptor, text, text.count, 0) }
    return .acquired(InstanceLock(descriptor: descriptor))
  }

  private static func readPID(_ descriptor: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = pread(descriptor, &buffer, buffer.count, 0)
    guard count > 0 else { return nil }
    let text = String(decoding: buffer.prefix(count), as: UTF8.self)
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
