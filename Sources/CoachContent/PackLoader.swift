import CoachCore
import Foundation
import ShippedContent

/// What reading a pack found: the pack as far as it could be read, and every problem in it.
public struct PackLoadResult: Sendable {
  /// The pack as read. Complete, and safe to use, only when `diagnostics` is empty: entries with
  /// errors are left out of it.
  public var pack: Pack
  /// Every error, sorted by file, then line, then column.
  public var diagnostics: [Diagnostic]
  /// What a pack should do but need not (a skill no level requires), sorted the same way;
  /// checked only when there are no errors.
  public var warnings: [Diagnostic] = []

  public var isValid: Bool { diagnostics.isEmpty }
}

/// Reads a content pack (a folder of YAML files, see docs/content-format.md) into a `Pack`,
/// validating all of it and reporting every error with its file, line and column.
public enum PackLoader {
  /// The files of a pack, in reading order.
  public static let fileNames = PackFile.allCases.map(\.name)

  /// The environment variable naming a content folder to use instead of the shipped pack.
  public static let environmentVariable = "CAREER_COACH_CONTENT"

  /// The pack in `folder`; throws `.invalid` with every diagnostic when it has any error, and
  /// `.unreadableFolder` when the folder cannot be read as a pack at all.
  public static func load(from folder: URL) throws(PackError) -> Pack {
    let result = try check(folder)
    guard result.isValid else { throw .invalid(result.diagnostics) }
    return result.pack
  }

  /// Reads and validates the pack in `folder`, returning the pack and all diagnostics.
  ///
  /// Diagnostics name each file as `displayPath/file.yaml`; `displayPath` defaults to the
  /// folder's path as it was given (`URL(fileURLWithPath: "packs/mine")` keeps `packs/mine`).
  /// Throws only `.unreadableFolder`: when the folder is missing, not a folder, unreadable, or
  /// holds none of the pack's files.
  /// - Parameter shippedRules: report what other packs get as warnings as errors, as the
  ///   shipped pack must follow every rule.
  public static func check(
    _ folder: URL, displayPath: String? = nil, shippedRules: Bool = false
  ) throws(PackError) -> PackLoadResult {
    let shownFolder = displayPath ?? displayName(of: folder)
    try ensureReadable(folder, shownAs: shownFolder)
    let results = PackFile.readAll(from: folder, shownAs: shownFolder)

    var defined: [IDKind: Set<String>] = [:]
    var unavailable = Set<IDKind>()
    var references: [Reference] = []
    var diagnostics: [Diagnostic] = []
    var places: [IDKind: [String: Place]] = [:]
    for result in results {
      places.merge(result.places) { $0.merging($1) { first, _ in first } }
      defined.merge(result.defined) { $0.union($1) }
      unavailable.formUnion(result.unavailable)
      references += result.references
      diagnostics += result.diagnostics
    }
    diagnostics += ReferenceCheck.unresolved(
      references, defined: defined, unavailable: unavailable)

    let pack = Pack.assembled(from: results.compactMap(\.contents))
    guard diagnostics.isEmpty else {
      let shown = PackFormat.refusal(among: diagnostics) ?? diagnostics
      return PackLoadResult(pack: pack, diagnostics: shown.sortedByPlace())
    }
    let skillsPath = (shownFolder.hasSuffix("/") ? shownFolder : shownFolder + "/") + "skills.yaml"
    let placeOfSkill = { (id: String) in
      DefinitionPlace(path: skillsPath, place: places[.skill]?[id] ?? Place(line: 1, column: 1))
    }
    let rules = wholePackRules(pack, placeOfSkill: placeOfSkill, shippedRules: shippedRules)
    guard shippedRules, rules.diagnostics.isEmpty else { return rules }
    let broken = ShippedPackRules.diagnostics(pack, folder: shownFolder, places: places)
    return PackLoadResult(pack: pack, diagnostics: (rules.warnings + broken).sortedByPlace())
  }

  /// The rules a pack meets as a whole, checked once its files read clean: study hours on
  /// every skill or on none (an error), and every skill required by some level (`warnings`;
  /// under `shippedRules` they are marked as errors, and `check` reports them with the
  /// shipped pack's other rules). `placeOfSkill` says where each skill is defined.
  static func wholePackRules(
    _ pack: Pack, placeOfSkill: (String) -> DefinitionPlace, shippedRules: Bool
  ) -> PackLoadResult {
    let unrequired = pack.skillsNoLevelRequires.map { id in
      let defined = placeOfSkill(id)
      return Diagnostic(
        path: defined.path, line: defined.place.line, column: defined.place.column,
        message: "skill '\(id)' is required by no level, so its rating never counts for "
          + "placement; name it in a level's requirements in levels.yaml",
        isWarning: !shippedRules)
    }
    if let hours = partialHours(pack, placeOfSkill: placeOfSkill) {
      return PackLoadResult(pack: pack, diagnostics: [hours] + (shippedRules ? unrequired : []))
    }
    return PackLoadResult(pack: pack, diagnostics: [], warnings: unrequired)
  }

  /// Study hours are all or nothing: a plan that counted some skills' hours and not others'
  /// would promise a date it cannot keep. The error points at the first skill without hours.
  private static func partialHours(
    _ pack: Pack, placeOfSkill: (String) -> DefinitionPlace
  ) -> Diagnostic? {
    let without = pack.skills.filter { $0.hoursPerStep == nil }
    guard let first = without.first, without.count < pack.skills.count else { return nil }
    let others = pack.skills.count - without.count
    let defined = placeOfSkill(first.id)
    return Diagnostic(
      path: defined.path, line: defined.place.line, column: defined.place.column,
      message: "skill '\(first.id)' has no hours_per_step while \(others) "
        + (others == 1 ? "skill has" : "skills have")
        + " one; give every skill hours_per_step, or none (then the app makes no study plan)")
  }

  /// The pack that ships inside the app.
  public static func shipped() throws(PackError) -> Pack {
    try load(from: shippedFolder())
  }

  /// The folder of the pack that ships inside the app, found next to the binary.
  public static func shippedFolder() throws(PackError) -> URL {
    guard let url = ShippedContent.backendDeveloperURL else { throw .shippedPackMissing }
    return url
  }

  /// The content folder to use: `explicit` (from `--content`) if given, else the folder named
  /// by `CAREER_COACH_CONTENT` if set and not empty, else the shipped pack.
  public static func contentFolder(
    explicit: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(PackError) -> URL {
    if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
    if let path = environment[environmentVariable], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    return try shippedFolder()
  }

  // MARK: Helpers

  /// The folder's path as the user gave it, without a trailing slash.
  static func displayName(of folder: URL) -> String {
    var path = folder.isFileURL ? folder.relativePath : folder.absoluteString
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path.isEmpty ? "." : path
  }

  static func ensureReadable(_ folder: URL, shownAs shown: String) throws(PackError) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
      throw .unreadableFolder(path: shown, reason: "no such folder")
    }
    guard isFolder.boolValue else {
      throw .unreadableFolder(path: shown, reason: "it is not a folder")
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
      throw .unreadableFolder(path: shown, reason: "permission denied or unreadable")
    }
    guard !Set(names).isDisjoint(with: fileNames) else {
      throw .unreadableFolder(
        path: shown,
        reason: "it holds none of a pack's files (\(fileNames.joined(separator: ", ")))")
    }
  }
}
