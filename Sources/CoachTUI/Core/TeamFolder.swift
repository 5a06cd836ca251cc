import CoachContent
import CoachCore
import CoachStore
import Foundation

/// Reads a team's folder for its skills matrix: one `career-coach export` or one review file
/// per person, told apart by their content. `career-coach team` and the Team screen share it.
public enum TeamFolder {
  /// Where a person's ratings came from.
  public enum Origin: Sendable, Equatable {
    /// Their own latest finished assessment, in an export.
    case export
    /// A reviewer's ratings in a filled review file; the reviewer's name when it gives one.
    case review(reviewer: String?)
    /// The person's own ratings, shown in a review request nobody has rated yet.
    case selfInReview

    /// "own assessment", "review by Bo", "own ratings in a review request".
    public var label: String {
      switch self {
      case .export: return "own assessment"
      case .review(let reviewer?): return "review by \(reviewer)"
      case .review(nil): return "review (the reviewer gave no name)"
      case .selfInReview: return "own ratings in a review request"
      }
    }
  }

  /// One person read from the folder.
  public struct Member: Sendable {
    /// The file name, in the folder.
    public var file: String
    /// The name in the file; nil when it has none (the file name stands for it).
    public var name: String?
    public var origin: Origin
    /// The export's latest finished assessment; nil for a review file or an export with none.
    public var assessment: Assessment?
    /// The ratings the matrix shows; nil when there are none.
    public var profile: Profile?
  }

  /// A file left out, and why (the clause after its name).
  public struct Unreadable: Sendable, Equatable {
    public var file: String
    public var problem: String
  }

  /// The folder as read: its people (named as the matrix shows them) and the files left out.
  public struct Reading: Sendable {
    public var folder: String
    public var members: [Member]
    public var unreadable: [Unreadable]
    public var matrix: TeamMatrix

    /// The member whose file is `file`.
    public func member(file: String) -> Member? { members.first { $0.file == file } }
  }

  /// Why the folder gave no team at all: one sentence naming it, and the exit code of the
  /// command.
  public struct Problem: Error, Sendable, Equatable {
    public var sentence: String
    public var code: Int32
    /// The sentence as the Team screen says it, when it differs.
    public var onScreen: String?

    /// The sentence for the screen, starting with a capital.
    public var screenSentence: String {
      onScreen ?? sentence.prefix(1).uppercased() + sentence.dropFirst()
    }
  }

  /// The folder's `*.json` files read as people. Fails only when the folder cannot be listed or
  /// holds no `.json` file; files that cannot be read are in `unreadable`.
  public static func read(_ typed: String, pack: Pack) -> Result<Reading, Problem> {
    let folder = typed.trimmingCharacters(in: .whitespaces)
    guard !folder.isEmpty else {
      return .failure(
        Problem(sentence: "the team folder's path is empty; type the path of a folder.", code: 2))
    }
    let files: [String]
    switch jsonFiles(in: CVFile.expand(folder), named: folder) {
    case .success(let found): files = found
    case .failure(let problem): return .failure(problem)
    }
    var members: [Member] = []
    var unreadable: [Unreadable] = []
    for file in files {
      let path = URL(fileURLWithPath: CVFile.expand(folder)).appendingPathComponent(file).path
      switch member(path, file: file, pack: pack) {
      case .success(let member): members.append(member)
      case .failure(let problem):
        unreadable.append(Unreadable(file: QuotedText.bounded(file), problem: problem.sentence))
      }
    }
    let names = self.names(members.map { ($0.file, $0.name) })
    let people = zip(members, names).map { member, name in
      TeamMember(name: name, source: member.file, profile: member.profile)
    }
    return .success(
      Reading(
        folder: folder, members: members, unreadable: unreadable,
        matrix: TeamMatrix(people: people, pack: pack)))
  }

  /// The `*.json` files of the folder, by name.
  static func jsonFiles(in path: String, named folder: String) -> Result<[String], Problem> {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      return .failure(Problem(sentence: "cannot read \(folder): no such folder.", code: 2))
    }
    guard isFolder.boolValue else {
      return .failure(
        Problem(sentence: "cannot read \(folder): it is a file, not a folder of exports.", code: 1))
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      return .failure(Problem(sentence: "cannot read \(folder): permission denied.", code: 2))
    }
    let files = names.filter { $0.lowercased().hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    guard !files.isEmpty else {
      return .failure(
        Problem(
          sentence:
            "\(folder) holds no .json file; put one `career-coach export --for-team` per person there.",
          code: 1,
          onScreen:
            "The folder \(folder) holds no .json file: put one export or review file per "
            + "person there."
        ))
    }
    return .success(files)
  }

  /// One file, read with the size limit and the checks of `import` (an export) or of
  /// `review import` (a review file).
  static func member(_ path: String, file: String, pack: Pack) -> Result<Member, Problem> {
    func problem(_ reason: String) -> Result<Member, Problem> {
      .failure(Problem(sentence: reason, code: 1))
    }
    let limit = CoachStore.maximumImportBytes
    let data: Data
    switch InputFile.read(path, limit: limit) {
    case .success(let bytes): data = bytes
    case .failure(.missing): return problem("it is gone")
    case .failure(.permissionDenied): return problem("permission denied")
    case .failure(.folder): return problem("it is a folder, not a file")
    case .failure(.notRegular): return problem("it is not a regular file (a pipe or a device)")
    case .failure(.tooLarge): return problem("the file is larger than \(limit >> 20) MB")
    case .failure(.unreadable(let reason)): return problem(reason)
    case .failure(.readFailed): return problem("it cannot be read")
    }
    if isReviewFile(data) { return reviewMember(data, file: file, pack: pack) }
    do {
      let export = try CoachStore.readTeamExport(data, pack: pack)
      return .success(
        Member(
          file: file, name: export.name, origin: .export, assessment: export.latest,
          profile: export.latest?.profile(pack: pack)))
    } catch {
      if case .badImport(let reason) = error {
        // A skill, level or market this pack does not know: the file was made on another.
        let otherPack =
          reason.contains("the unknown ") ? " (exported with another content pack?)" : ""
        return problem(QuotedText.bounded(reason) + otherPack)
      }
      return problem(error.description)
    }
  }

  /// True for a file whose "format" is the review file's; anything else is read as an export.
  static func isReviewFile(_ data: Data) -> Bool {
    guard data.count <= ReviewFile.maximumBytes,
      data.range(of: Data(ReviewFile.formatName.utf8)) != nil,
      let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return false }
    return root["format"] as? String == ReviewFile.formatName
  }

  /// A review file as its person: the reviewer's ratings once it is filled, else the person's
  /// own when they chose to show them.
  static func reviewMember(_ data: Data, file: String, pack: Pack) -> Result<Member, Problem> {
    let review: Review
    do {
      review = try ReviewFile.parse(data, path: file, pack: pack)
    } catch {
      var reason = error.description
      if reason.hasPrefix(file + ": ") { reason.removeFirst(file.count + 2) }
      if reason.hasSuffix(".") { reason.removeLast() }
      return .failure(Problem(sentence: reason, code: 1))
    }
    let ratings: [String: Rating]
    let origin: Origin
    if review.isFilled {
      ratings = review.ratings
      origin = .review(reviewer: review.reviewer.map(QuotedText.bounded))
    } else if let own = review.selfRatings, !own.isEmpty {
      ratings = own
      origin = .selfInReview
    } else {
      return .failure(
        Problem(sentence: "no ratings yet: the reviewer has not rated it", code: 1))
    }
    var profile = Profile(ratings: ratings)
    profile.top = pack.scale.top
    return .success(
      Member(
        file: file, name: review.requester.map(QuotedText.bounded), origin: origin, assessment: nil,
        profile: profile))
  }

  /// Each file's person: the name its file carries, else the file name without `.json`; a
  /// name two files share gets its file name after it, so every column is told apart.
  public static func names(_ files: [(file: String, name: String?)]) -> [String] {
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
