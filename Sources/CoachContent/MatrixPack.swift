import Foundation

/// A skills matrix written as a pack: role.yaml, skills.yaml and levels.yaml, with one track
/// through the levels in the matrix's order and, for each level, a requirement of each rating
/// its column gives. Ids are made from names; nothing the matrix does not say is added, but
/// for the texts the pack format requires and a matrix has no place for (`RequiredStandIns`).
public enum MatrixPack {
  /// The files of the pack, in the order `content new` lists them. `source` is the matrix's
  /// file name as the pack names its source; `title` the pack's title, by default made from
  /// that name.
  public static func files(of matrix: SkillsMatrix, source: String, title: String? = nil)
    -> [(name: String, text: String)]
  {
    let title =
      title.flatMap { SkillsMatrix.cleaned($0).isEmpty ? nil : SkillsMatrix.cleaned($0) }
      ?? defaultTitle(forFile: source)
    let packID = IDMaker.id(from: title) ?? "imported"
    var categoryIDs = IDMaker(fallback: "category")
    var skillIDs = IDMaker(fallback: "skill")
    var levelIDs = IDMaker(fallback: "level")
    var categories: [(id: String, name: String)] = []
    var categoryOfName: [String: String] = [:]
    var skills: [(id: String, name: String, category: String)] = []
    for row in matrix.rows {
      let key = row.category.lowercased()
      let category =
        categoryOfName[key]
        ?? {
          let id = categoryIDs.unique(from: row.category)
          categories.append((id, row.category))
          categoryOfName[key] = id
          return id
        }()
      skills.append((skillIDs.unique(from: row.skill), row.skill, category))
    }
    let levelIDList = matrix.levels.map { levelIDs.unique(from: $0) }
    let stand = RequiredStandIns(file: source)
    var role = YAMLLines(heading: header(source: source, title: title))
    role.field("id", packID)
    role.field("title", title)
    role.field("summary", stand.summary, note: RequiredStandIns.note)
    role.line("sources:")
    role.entry("id", RequiredStandIns.sourceID)
    role.field("title", source, indent: 4)
    role.line("sections:" + "  # " + RequiredStandIns.note)
    role.entry("id", "imported")
    role.field("title", stand.sectionTitle, indent: 4)
    role.field(
      "body",
      stand.sectionBody(
        skills: skills.count, categories: categories.count, levels: matrix.levels.count),
      indent: 4)
    role.field("source", RequiredStandIns.sourceID, indent: 4)

    var skillsFile = YAMLLines(heading: header(source: source, title: title))
    skillsFile.line("# description and anchors: " + RequiredStandIns.note)
    skillsFile.line("categories:")
    for category in categories {
      skillsFile.entry("id", category.id)
      skillsFile.field("name", category.name, indent: 4)
      skillsFile.field("description", stand.categoryDescription(category.name), indent: 4)
      skillsFile.anchors(RequiredStandIns.anchors, indent: 4)
    }
    skillsFile.line("skills:")
    for skill in skills {
      skillsFile.entry("id", skill.id)
      skillsFile.field("name", skill.name, indent: 4)
      skillsFile.field("category", skill.category, indent: 4)
      skillsFile.field("description", stand.skillDescription(skill.name), indent: 4)
      skillsFile.anchors(RequiredStandIns.anchors, indent: 4)
    }

    var levels = YAMLLines(heading: header(source: source, title: title))
    levels.line("# overview: " + RequiredStandIns.note)
    levels.line("levels:")
    for (index, name) in matrix.levels.enumerated() {
      levels.entry("id", levelIDList[index])
      levels.field("name", name, indent: 4)
      levels.field("overview", stand.levelOverview(name), indent: 4)
      levels.field("source", RequiredStandIns.sourceID, indent: 4)
      levels.line("    requirements:")
      for (row, skill) in zip(matrix.rows, skills) {
        guard let rating = row.ratings[index] else { continue }
        levels.line("      - {skill: \(YAMLLines.quoted(skill.id)), min: \(rating)}")
      }
    }
    levels.line("tracks:")
    levels.entry("id", packID)
    levels.field("name", title, indent: 4)
    levels.field("source", RequiredStandIns.sourceID, indent: 4)
    levels.line("    levels: [" + levelIDList.map(YAMLLines.quoted).joined(separator: ", ") + "]")
    return [
      (RoleFile.name, role.text), (SkillsFile.name, skillsFile.text),
      (LevelsFile.name, levels.text),
    ]
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

  private static func header(source: String, title: String) -> String {
    "# \(title): made by `career-coach content import-matrix` from \(source).\n"
      + "# docs/content-format.md describes every field."
  }
}

/// The texts the pack format requires and a skills matrix has no place for. Each says only
/// what the matrix says (where the entry comes from), never what the entry means; a team
/// replaces them with its own words.
struct RequiredStandIns {
  /// The matrix file, as the pack names its source.
  var file: String

  static let sourceID = "skills-matrix"
  static let note = "the format requires this text and the matrix has none; replace it"

  /// The rating scale's own names, for anchors a matrix does not give.
  static let anchors = [
    "None", "Aware", "Working, with help", "Proficient, on one's own", "Expert, leads and teaches",
  ]

  var summary: String { "The skills and levels of \(file)." }
  var sectionTitle: String { "Where this pack comes from" }
  func sectionBody(skills: Int, categories: Int, levels: Int) -> String {
    "Imported from \(file): \(skills) \(skills == 1 ? "skill" : "skills") in \(categories) "
      + "\(categories == 1 ? "category" : "categories"), rated for \(levels) "
      + "\(levels == 1 ? "level" : "levels")."
  }
  func categoryDescription(_ name: String) -> String { "The skills \(file) lists under \(name)." }
  func skillDescription(_ name: String) -> String { "\(name), as \(file) names it." }
  func levelOverview(_ name: String) -> String { "The ratings \(file) expects at \(name)." }
}
