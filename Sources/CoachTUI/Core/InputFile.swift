import Foundation

/// Reads a file the user names (a CV, an answers file, an export): a regular file only, and
/// no more than a limit. Callers word the problems for their own sentences.
public enum InputFile {
  public enum Problem: Error {
    case missing
    case permissionDenied
    case folder
    /// A pipe, a device or a socket: reading one could block for ever or never end.
    case notRegular
    /// Over the limit; the file's size when it has one (an endless device has none).
    case tooLarge(size: Int)
    /// Opening or reading failed otherwise: the system's reason, lower-cased.
    case unreadable(String)
    case readFailed(any Error)
  }

  /// The file's bytes, at most `limit` of them; one byte past the limit is read to know it is
  /// too big.
  public static func read(_ path: String, limit: Int) -> Result<Data, Problem> {
    // Non-blocking, so that opening a pipe without a writer does not wait for one.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      switch errno {
      case ENOENT: return .failure(.missing)
      case EISDIR: return .failure(.folder)
      case EACCES:
        var isFolder: ObjCBool = false
        let folder = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        return .failure(folder && isFolder.boolValue ? .folder : .permissionDenied)
      default: return .failure(.unreadable(String(cString: strerror(errno)).lowercased()))
      }
    }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let reason = String(cString: strerror(errno)).lowercased()
      close(fd)
      return .failure(.unreadable(reason))
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR:
      close(fd)
      return .failure(.folder)
    default:
      close(fd)
      return .failure(.notRegular)
    }
    let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    let data: Data
    do {
      data = try handle.read(upToCount: limit + 1) ?? Data()
    } catch {
      return .failure(.readFailed(error))
    }
    guard data.count <= limit else {
      return .failure(.tooLarge(size: max(Int(info.st_size), data.count)))
    }
    return .success(data)
  }
}
