import CoachCore
import Foundation

extension PackLoader {
  /// The packs in `folders`, each loaded on top of the ones before it; throws `.invalid` with
  /// every diagnostic when the layers have any error.
  public static func load(layers folders: [URL]) throws(PackError) -> Pack {
    let result = try check(layers: folders)
    guard result.isValid else { throw .invalid(result.diagnostics) }
    return result.pack
  }

  /// Reads the packs in `folders` and merges each onto the ones before it, checking all of
  /// them as one pack.
  ///
  /// The first folder is a whole pack; a later one, a layer, may leave out any file, even
  /// `role.yaml`, `skills.yaml` and `levels.yaml`, and adds its entries to those below it. Its
  /// references may name ids any layer defines; an id two layers define is an error at the
  /// later definition that names the earlier one. One folder is checked as `check(_:)` checks
  /// it, and none is the shipped pack. Throws `.unreadableFolder`, as `check(_:)` does, for the first folder that cannot be
  /// read as a pack, and `.repeatedLayer` for a folder given twice.
  public static func check(layers folders: [URL]) throws(PackError) -> PackLoadResult {
    guard folders.count > 1 else {
      guard let folder = folders.first else { return try check(shippedFolder()) }
      return try check(folder)
    }
    var layers: [PackLayer] = []
    var defined: [IDKind: Set<String>] = [:]
    var unavailable = Set<IDKind>()
    var references: [Reference] = []
    var diagnostics: [Diagnostic] = []
    var seen = Set<String>()
    for (index, folder) in folders.enumerated() {
      let shown = displayName(of: folder)
      try ensureReadable(folder, shownAs: shown)
      guard seen.insert(folder.standardizedFileURL.resolvingSymlinksInPath().path).inserted else {
        throw .repeatedLayer(path: shown)
      }
      let results = PackFile.readAll(
        from: folder, shownAs: shown, isLayer: index > 0,
        base: layers.first.map {
          LayerBase(scale: $0.pack.scale, tipCategories: $0.pack.tipCategories)
        } ?? .none)
      var places: [IDKind: [String: Place]] = [:]
      for result in results {
        places.merge(result.places) { $0.merging($1) { first, _ in first } }
        defined.merge(result.defined) { $0.union($1) }
        unavailable.formUnion(result.unavailable)
        references += result.references
        diagnostics += result.diagnostics
      }
      let pack = Pack.assembled(from: results.compactMap(\.contents))
      layers.append(PackLayer(folder: shown, pack: pack, places: places))
    }
    diagnostics += ReferenceCheck.unresolved(
      references, defined: defined, unavailable: unavailable)
    let merged = PackLayer.merge(layers)
    diagnostics += merged.diagnostics
    guard diagnostics.isEmpty else {
      let shown = PackFormat.refusal(among: diagnostics) ?? diagnostics
      return PackLoadResult(pack: merged.pack, diagnostics: shown.sortedByPlace())
    }
    let firstFolder = layers[0].folder
    return wholePackRules(
      merged.pack,
      placeOfSkill: { merged.definition(of: $0, kind: .skill, firstFolder: firstFolder) },
      shippedRules: false)
  }

  /// The content folders to load, in order: the `explicit` ones (from `--content`, given once
  /// or more) if any, else the folder named by `CAREER_COACH_CONTENT` if set and not empty,
  /// else the shipped pack.
  public static func contentFolders(
    explicit: [String],
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(PackError) -> [URL] {
    let given = explicit.filter { !$0.isEmpty }
    guard given.isEmpty else { return given.map { URL(fileURLWithPath: $0) } }
    return [try contentFolder(explicit: nil, environment: environment)]
  }
}
