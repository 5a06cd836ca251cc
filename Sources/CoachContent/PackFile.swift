import CoachCore
import Dispatch
import Foundation

/// The files of a pack. Each is read on its own, into a `FileResult`, so that they can be read
/// at the same time; their references are checked against each other afterwards.
enum PackFile: CaseIterable, Sendable {
  case role, skills, levels, salaries, tips, questions, cvChecks, synonyms

  var name: String {
    switch self {
    case .role: return RoleFile.name
    case .skills: return SkillsFile.name
    case .levels: return LevelsFile.name
    case .salaries: return SalariesFile.name
    case .tips: return TipsFile.name
    case .questions: return QuestionsFile.name
    case .cvChecks: return CVChecksFile.name
    case .synonyms: return SynonymsFile.name
    }
  }

  /// What a file a pack may leave out holds when it is left out; nil for a required file.
  /// The screens and commands of what a pack leaves out are hidden or say so. A layer on top
  /// of another pack (`inLayer`) may leave out every file: the pack below has it.
  /// A question set alone (`questionSet`) needs no skills and no levels.
  private func absent(inLayer: Bool, questionSet: Bool, base: LayerBase) -> FileContents? {
    switch self {
    case .synonyms: return .synonyms(.none)
    case .salaries: return .salaries(markets: [], salaries: [], noFigures: [])
    case .tips: return .tips([], categories: base.tipCategories)
    case .questions: return .questions([], kinds: inLayer ? [] : QuestionKind.builtIn)
    case .cvChecks: return .cvChecks(checks: [], mistakes: [])
    case .role: return inLayer ? .role(nil) : nil
    case .skills:
      return inLayer || questionSet
        ? .skills(categories: [], skills: [], scale: base.scale) : nil
    case .levels: return inLayer || questionSet ? .levels(levels: [], tracks: []) : nil
    }
  }

  /// The lists whose entries define ids that other files refer to.
  private var definingLists: [(key: String, kind: IDKind)] {
    switch self {
    case .role: return [("sources", .source)]
    case .skills: return [("categories", .category), ("skills", .skill)]
    case .levels: return [("levels", .level)]
    case .salaries: return [("markets", .market)]
    case .tips, .questions, .cvChecks, .synonyms: return []
    }
  }

  private func contents(
    of root: YAMLNode, in file: YAMLFile, isLayer: Bool, kinds: [QuestionKind]
  ) -> FileContents {
    switch self {
    case .role: return .role(RoleFile.read(root, in: file, isLayer: isLayer))
    case .skills:
      let (categories, skills, scale) = SkillsFile.read(root, in: file, isLayer: isLayer)
      return .skills(categories: categories, skills: skills, scale: scale)
    case .levels:
      let (levels, tracks) = LevelsFile.read(root, in: file)
      return .levels(levels: levels, tracks: tracks)
    case .salaries:
      let (markets, salaries, noFigures) = SalariesFile.read(root, in: file)
      return .salaries(markets: markets, salaries: salaries, noFigures: noFigures)
    case .tips:
      let (tips, categories) = TipsFile.read(root, in: file)
      return .tips(tips, categories: categories)
    case .questions:
      let (questions, kinds) = QuestionsFile.read(root, in: file, known: kinds, isLayer: isLayer)
      return .questions(questions, kinds: kinds)
    case .cvChecks:
      let (checks, mistakes) = CVChecksFile.read(root, in: file)
      return .cvChecks(checks: checks, mistakes: mistakes)
    case .synonyms: return .synonyms(SynonymsFile.read(root, in: file))
    }
  }

  /// Checks this file of the pack in `folder`: `source` is what was read of it and `path` its
  /// path as shown in diagnostics. Ratings in it are read on `scale`, the one `skills.yaml`
  /// defines (or, in a layer, the base pack's). In a layer (`isLayer`) every file may be left
  /// out.
  func read(
    _ source: SourceFile, from folder: URL, shownAs path: String, base: LayerBase = .none,
    isLayer: Bool = false
  ) -> FileResult {
    let url = folder.appendingPathComponent(name)
    func exists(_ name: String) -> Bool {
      FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }
    // A question set alone: questions.yaml with neither skills.yaml nor levels.yaml; a pack
    // with one of the two is a ladder and needs the other.
    let questionSet =
      exists(QuestionsFile.name) && !exists(SkillsFile.name) && !exists(LevelsFile.name)
    if source.data == nil,
      let left = absent(inLayer: isLayer, questionSet: questionSet, base: base),
      !FileManager.default.fileExists(atPath: url.path)
    {
      return FileResult(
        contents: left, diagnostics: [], defined: [:], places: [:], references: [],
        unavailable: [])
    }
    let context = FileContext(scale: base.scale, tipCategories: base.tipCategories)
    let file = YAMLFile(path: path, context: context)
    let root = file.parse(
      source.data, of: folder.appendingPathComponent(name), composed: source.composed())
    let held = root.map {
      contents(of: $0, in: file, isLayer: isLayer, kinds: base.questionKinds)
    }
    let unavailable = definingLists.filter { key, _ in
      guard case .mapping(let mapping)? = root, case .sequence? = mapping[key] else { return true }
      return false
    }.map(\.kind)
    return FileResult(
      contents: held, diagnostics: context.diagnostics,
      defined: context.defined.mapValues { Set($0.keys) }, places: context.places,
      references: context.references, unavailable: unavailable)
  }

  /// Reads every file of the pack. The files are read at the same time, then the parts of
  /// every file are parsed at the same time, large files in several parts; then the files
  /// are checked at the same time. In a layer (`isLayer`) every file may be left out.
  /// `base` is the scale of the pack below a layer, which the layer's ratings are read on.
  static func readAll(
    from folder: URL, shownAs folderPath: String, isLayer: Bool = false,
    base: LayerBase = .none
  ) -> [FileResult] {
    let files = allCases
    let sources = Slots<SourceFile>(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      sources.set(index, SourceFile(url: folder.appendingPathComponent(files[index].name)))
    }
    let read = Slots<SourceFile>(SourceFile.composeAll(sources.values))
    let results = Slots<FileResult>(count: files.count)
    @Sendable func path(_ name: String) -> String {
      folderPath.hasSuffix("/") ? folderPath + name : folderPath + "/" + name
    }
    // skills.yaml defines the scale every other file's ratings are read on. Taken from its
    // tree before any file is checked, all are checked at once; only a tree the event
    // composer could not build makes skills.yaml wait for a whole check of its own.
    let skills = files.firstIndex(of: .skills) ?? 0
    var defined = base.scale
    if !isLayer, let source = read.take(skills) {
      if let tree = source.composed() {
        defined = ScaleSection.declared(in: tree, base: base) ?? base.scale
        read.set(skills, source)
      } else {
        let result = PackFile.skills.read(
          source, from: folder, shownAs: path(SkillsFile.name), base: base, isLayer: isLayer)
        if case .skills(_, _, let scale)? = result.contents { defined = scale }
        results.set(skills, result)
      }
    }
    let own = LayerBase(
      scale: defined, tipCategories: base.tipCategories, questionKinds: base.questionKinds)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      // Taken out, so each file's tree is freed on the thread that checked it.
      guard let source = read.take(index) else { return }
      results.set(
        index,
        files[index].read(
          source, from: folder, shownAs: path(files[index].name), base: own, isLayer: isLayer))
    }
    return results.values
  }
}

/// What one file holds once read.
enum FileContents: Sendable {
  case role(Role?)
  case skills(categories: [SkillCategory], skills: [Skill], scale: RatingScale)
  case levels(levels: [Level], tracks: [Track])
  case salaries(markets: [Market], salaries: [Salary], noFigures: [NoSalaryFigure])
  case tips([Tip], categories: [TipCategoryInfo])
  /// The questions, and the kinds the pack declares (in a layer, only its own new ones).
  case questions([Question], kinds: [QuestionKind])
  case cvChecks(checks: [CVCheck], mistakes: [CVCheck])
  case synonyms(Synonyms)
}

/// What reading one file found.
struct FileResult: Sendable {
  /// Nil when the file could not be parsed at all.
  var contents: FileContents?
  var diagnostics: [Diagnostic]
  var defined: [IDKind: Set<String>]
  /// Where each defined id is defined.
  var places: [IDKind: [String: Place]]
  var references: [Reference]
  /// Kinds this file should define but could not, so references to them are not checked.
  var unavailable: [IDKind]
}

/// Results filled from several threads, one slot each.
final class Slots<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Value?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  init(_ values: [Value]) { slots = values }

  /// The value of a slot, which is left empty.
  func take(_ index: Int) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    let value = slots[index]
    slots[index] = nil
    return value
  }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// The values of the slots, in order; every slot is set when the work that fills them is done.
  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}

/// What a layer takes from the packs below it: the scale its ratings are read on, and the
/// kinds of advice and of questions it may name. A pack on its own takes the defaults.
struct LayerBase: Sendable {
  var scale: RatingScale
  var tipCategories: [TipCategoryInfo]
  var questionKinds: [QuestionKind]

  static let none = LayerBase(
    scale: .standard, tipCategories: TipCategoryInfo.builtIn, questionKinds: QuestionKind.builtIn)
}
