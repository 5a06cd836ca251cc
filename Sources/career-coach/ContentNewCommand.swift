import ArgumentParser
import CoachContent
import Foundation

extension ContentCommand {
  struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a small example pack to start your team's own from.",
      discussion: """
        Writes role.yaml, skills.yaml and levels.yaml for an example role into FOLDER, each \
        field explained in a comment; the pack lints clean as it is. FOLDER and its parents \
        are created; a FOLDER that exists and is not empty is refused (exit 1).
        """
    )

    @Argument(help: "The folder to write the pack into: new, or empty.")
    var folder: String

    func run() throws {
      let target = NewPackFolder.prepare(folder)
      NewPackFolder.write(PackScaffold.files, into: target, shownAs: folder)
      print("Wrote an example pack to \(folder):")
      let width = PackScaffold.files.map(\.name.count).max() ?? 0
      for file in PackScaffold.files {
        let padding = String(repeating: " ", count: width - file.name.count)
        print("  \(file.name)\(padding)  \(PackScaffold.purpose(of: file.name))")
      }
      print("Edit them into your team's own, then check the pack:")
      print("  career-coach content lint --content \(NewPackFolder.shellQuoted(folder))")
    }
  }
}

/// The folder a new pack is written into: created when missing, refused when it holds anything.
enum NewPackFolder {
  /// The folder at `path`, created with its parents; exits 1 with one sentence when it exists
  /// and is not an empty folder, 2 when it cannot be created.
  static func prepare(_ path: String) -> URL {
    refuseIfUsed(path)
    return create(path)
  }

  /// Exits 1 with one sentence when `path` is a file, or a folder that holds anything.
  static func refuseIfUsed(_ path: String) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
    guard isFolder.boolValue else {
      fail("\(path) is a file, not a folder; name a new or empty folder for the pack.", code: 1)
    }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [""]
    guard entries.isEmpty else {
      fail(
        "\(path) already exists and is not empty; name a new or empty folder for the pack.",
        code: 1)
    }
  }

  /// The folder at `path`, created with its parents when missing; exits 2 when it cannot be.
  static func create(_ path: String) -> URL {
    let url = URL(fileURLWithPath: path, isDirectory: true)
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      fail("cannot create the folder \(path): \(systemReason(error)).", code: 2)
    }
    return url
  }

  /// Writes each file into `folder`; exits 2 with one sentence naming the file that could not
  /// be written.
  static func write(_ files: [(name: String, text: String)], into folder: URL, shownAs path: String)
  {
    for file in files {
      do {
        try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.name))
      } catch {
        let shown = (path.hasSuffix("/") ? path : path + "/") + file.name
        fail("cannot write \(shown): \(systemReason(error)).", code: 2)
      }
    }
  }

  /// The path as a shell reads it back: as it is when it holds only safe characters, else in
  /// single quotes.
  static func shellQuoted(_ path: String) -> String {
    let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./+:@%")
    guard !path.isEmpty, !path.contains(where: { !safe.contains($0) }) else {
      return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
    return path
  }
}
