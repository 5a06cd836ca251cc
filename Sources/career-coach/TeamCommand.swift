import ArgumentParser
import CoachCore
import CoachStore
import CoachTUI
import Foundation

/// `career-coach team DIR`: the skills matrix of a team, from a folder of exports.
struct TeamCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "team",
    abstract: "Print a team's skills matrix from a folder of exports, one per person.",
    discussion: """
      Reads every *.json file in the folder as a `career-coach export` (one per person, named \
      by the name set with `config set name`, else by the file name) and shows each person's \
      ratings from their latest finished assessment, the skills the team is thin in, who could \
      mentor whom and each person's placement. A file that cannot be read is named with the \
      reason and the rest is still shown. Nothing is stored or written. Exits 1 when the \
      folder holds no export that can be read.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, md
  }

  @Argument(help: ArgumentHelp("The folder of exports.", valueName: "dir"))
  var folder: String

  @Option(help: "The output format: text, json or md (Markdown, for a lead's report).")
  var format: Format = .text

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let pack = options.loadPack(needing: .placement, so: "there is no ladder to place a team on")
    let files = Self.exportFiles(in: folder)
    var read: [(file: String, export: TeamExport)] = []
    var unreadable: [TeamDocument.Unreadable] = []
    for file in files {
      switch Self.read(URL(fileURLWithPath: folder).appendingPathComponent(file).path, pack: pack)
      {
      case .success(let export): read.append((file, export))
      case .failure(let problem):
        unreadable.append(.init(file: QuotedText.bounded(file), problem: problem.reason))
      }
    }
    let names = Self.names(read.map { ($0.file, $0.export.name) })
    let members = zip(read, names).map { item, name in
      TeamMember(name: name, source: item.file, profile: item.export.latest?.profile(pack: pack))
    }
    let document = TeamDocument(
      matrix: TeamMatrix(people: members, pack: pack), pack: pack,
      assessments: Dictionary(
        uniqueKeysWithValues: read.compactMap { item in item.export.latest.map { (item.file, $0) } }
      ),
      unreadable: unreadable)
    switch format {
    case .text: writeStandardOutput(Data(document.text().utf8))
    case .md: writeStandardOutput(Data(document.markdown().utf8))
    case .json: writeStandardOutput(document.json())
    }
    if read.isEmpty {
      fail("no file in \(folder) could be read as an export.", code: 1)
    }
  }

  /// The `*.json` files of the folder, by name; a folder that cannot be listed ends the
  /// program with the reason.
  static func exportFiles(in folder: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
      fail("cannot read \(folder): no such folder.", code: 2)
    }
    guard isFolder.boolValue else {
      fail("cannot read \(folder): it is a file, not a folder of exports.", code: 1)
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      fail("cannot read \(folder): \(systemReason(error)).", code: 2)
    }
    let files = names.filter { $0.lowercased().hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    guard !files.isEmpty else {
      fail(
        "\(folder) holds no .json file; put one `career-coach export` per person there.", code: 1)
    }
    return files
  }

  /// Why one file was left out, as the clause after its name.
  struct Problem: Error {
    let reason: String
  }

  /// One export, read with the size limit and the checks of `import`.
  static func read(_ path: String, pack: Pack) -> Result<TeamExport, Problem> {
    let limit = CoachStore.maximumImportBytes
    let data: Data
    switch InputFile.read(path, limit: limit) {
    case .success(let bytes): data = bytes
    case .failure(.missing): return .failure(Problem(reason: "it is gone"))
    case .failure(.permissionDenied): return .failure(Problem(reason: "permission denied"))
    case .failure(.folder): return .failure(Problem(reason: "it is a folder, not a file"))
    case .failure(.notRegular):
      return .failure(Problem(reason: "it is not a regular file (a pipe or a device)"))
    case .failure(.tooLarge):
      return .failure(Problem(reason: "the file is larger than \(megabytes(limit))"))
    case .failure(.unreadable(let reason)): return .failure(Problem(reason: reason))
    case .failure(.readFailed(let error)): return .failure(Problem(reason: systemReason(error)))
    }
    do {
      return .success(try CoachStore.readTeamExport(data, pack: pack))
    } catch {
      if case .badImport(let problem) = error {
        // A skill, level or market this pack does not know: the file was made on another.
        let otherPack =
          problem.contains("the unknown ") ? " (exported with another content pack?)" : ""
        return .failure(Problem(reason: QuotedText.bounded(problem) + otherPack))
      }
      return .failure(Problem(reason: error.description))
    }
  }

  /// Each file's person: the name its export carries, else the file name without `.json`;
  /// a name two files share gets its file name after it, so every column is told apart.
  static func names(_ files: [(file: String, name: String?)]) -> [String] {
    // A file name may hold anything, control characters too: shown escaped.
    let plain = files.map {
      $0.name ?? QuotedText.bounded(String($0.file.dropLast(".json".count)))
    }
    var counts: [String: Int] = [:]
    for name in plain { counts[name, default: 0] += 1 }
    return zip(plain, files).map { name, file in
      counts[name, default: 0] > 1 ? "\(name) (\(QuotedText.bounded(file.file)))" : name
    }
  }
}
