import Foundation

/// A skills matrix written as a pack: role.yaml, skills.yaml and levels.yaml, with one track
/// through the levels in the matrix's order and, for each level, a requirement of each rating
/// its column gives. Ids are made from names; nothing the matrix does not say is added: no
/// descriptions, anchors or overviews, which a team writes in its own words when it wants them.
public struct MatrixPack {
  private let matrix: SkillsMatrix
  private let title: String
  private let packID: String
  /// The matrix file, as the pack names its one source.
  private let file: String
  static let sourceID = "skills-matrix"
  private var categories: [(id: String, name: String)] = []
  /// One per row of the matrix, in its order.
  private var skills: [(id: String, name: String, category: String)] = []
  /// One per level of the matrix, in its order.
  private var levelIDs: [String] = []

  /// The files of the pack, in the order `content new` lists them. `source` is the matrix's
  /// file name as the pack names its source; `title` the pack's title, by default made from
  /// that name.
  public static func files(of matrix: SkillsMatrix, source: String, title: String? = nil)
    -> [(name: String, text: String)]
  {
    let given = title.map(SkillsMatrix.cleaned) ?? ""
    let pack = MatrixPack(
      matrix: matrix, title: given.isEmpty ? defaultTitle(forFile: source) : given,
      source: source)
    return [
      (RoleFile.name, pack.roleFile), (SkillsFile.name, pack.skillsFile),
      (LevelsFile.name, pack.levelsFile),
    ]
  }

  private init(matrix: SkillsMatrix, title: String, source: String) {
    self.matrix = matrix
    self.title = title
    packID = IDMaker.id(from: title) ?? "imported"
    file = source
    var categoryIDs = IDMaker(fallback: "category")
    var skillIDs = IDMaker(fallback: "skill")
    var levelIDMaker = IDMaker(fallback: "level")
    var categoryOfName: [String: String] = [:]
    for row in matrix.rows {
      let key = row.category.lowercased()
      let category: String
      if let known = categoryOfName[key] {
        category = known
      } else {
        category = categoryIDs.unique(from: row.category)
        categories.append((category, row.category))
        categoryOfName[key] = category
      }
      skills.append((skillIDs.unique(from: row.skill), row.skill, category))
    }
    levelIDs = matrix.levels.map { levelIDMaker.unique(from: $0) }
  }

  private var heading: String {
    "# \(title): made by `career-coach content import-matrix` from \(file).\n"
      + "# docs/content-format.md describes every field, and the texts you may add."
  }

  private var roleFile: String {
    var role = YAMLLines(heading: heading)
    role.line("format: \(PackFormat.current)")
    role.field("id", packID)
    role.field("title", title)
    role.line("sources:")
    role.entry("id", Self.sourceID)
    role.field("title", file, indent: 4)
    return role.text
  }

  private var skillsFile: String {
    var file = YAMLLines(heading: heading)
    let scale = matrix.scale
    if scale != .standard {
      file.line("scale: {first: \(scale.first), steps: \(scale.steps.count)}")
    }
    file.line("categories:")
    for category in categories {
      file.entry("id", category.id)
      file.field("name", category.name, indent: 4)
    }
    file.line("skills:")
    for skill in skills {
      file.entry("id", skill.id)
      file.field("name", skill.name, indent: 4)
      file.field("category", skill.category, indent: 4)
    }
    return file.text
  }

  private var levelsFile: String {
    var file = YAMLLines(heading: heading)
    file.line("levels:")
    for (index, name) in matrix.levels.enumerated() {
      file.entry("id", levelIDs[index])
      file.field("name", name, indent: 4)
      file.field("source", Self.sourceID, indent: 4)
      file.line("    requirements:")
      for (row, skill) in zip(matrix.rows, skills) {
        guard let rating = row.ratings[index] else { continue }
        file.line("      - {skill: \(YAMLLines.quoted(skill.id)), min: \(rating)}")
      }
    }
    file.line("tracks:")
    file.entry("id", packID)
    file.field("name", title, indent: 4)
    file.field("source", Self.sourceID, indent: 4)
    file.line("    levels: [" + levelIDs.map(YAMLLines.quoted).joined(separator: ", ") + "]")
    return file.text
  }

  /// "Backend skills" for `backend_skills.csv`: the file's name without `.csv`, words split at
  /// `-` and `_`, the first letter in upper case.
  static func defaultTitle(forFile file: String) -> String {
    var name = Substring(URL(fileURLWithPath: file).lastPathComponent)
    if name.lowercased().hasSuffix(".csv") { name = name.dropLast(4) }
    let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
      .joined(separator: " ")
    guard let first = words.first else { return "Imported skills matrix" }
    return first.uppercased() + words.dropFirst()
  }
}
