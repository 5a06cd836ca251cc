import CoachCore
import Foundation

/// The whole pack as JSON for `career-coach content export --format json`, with every reference
/// resolved: where the YAML names an id, the JSON gives `{"id": ..., "name": ...}`.
///
/// Keys are snake_case as in the YAML, sorted, and pretty printed, so the output is stable and
/// diffs well. Absent optional values (a salary for the whole role has no level) are left out.
public enum PackExport {
  public static func json(_ pack: Pack) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return try encoder.encode(ExportedPack(pack))
  }
}

/// A reference resolved to the id and the name (or title) of what it names.
struct NamedRef: Encodable {
  var id: String
  var name: String
}

/// Finds names by id in constant time, so exporting is linear in the size of the pack.
struct NameIndex {
  private var names: [String: [String: String]] = [:]

  init(_ pack: Pack) {
    func table<T>(_ items: [T], _ id: KeyPath<T, String>, _ name: KeyPath<T, String>) -> [String:
      String]
    {
      Dictionary(
        items.map { ($0[keyPath: id], $0[keyPath: name]) }, uniquingKeysWith: { a, _ in a })
    }
    names["source"] = table(pack.role.sources, \.id, \.title)
    names["category"] = table(pack.categories, \.id, \.name)
    names["skill"] = table(pack.skills, \.id, \.name)
    names["level"] = table(pack.levels, \.id, \.name)
    names["market"] = table(pack.markets, \.id, \.name)
  }

  func ref(_ kind: String, _ id: String) -> NamedRef {
    NamedRef(id: id, name: names[kind]?[id] ?? id)
  }

  func refs(_ kind: String, _ ids: [String]) -> [NamedRef] { ids.map { ref(kind, $0) } }
}

struct ExportedPack: Encodable {
  var role: ExportedRole
  /// The steps skills are rated on: the number of the lowest, and each step's name and meaning.
  var scale: RatingScale
  var tipCategories: [TipCategoryInfo]
  var questionKinds: [QuestionKind]
  var categories: [ExportedCategory]
  var skills: [ExportedSkill]
  var levels: [ExportedLevel]
  var tracks: [ExportedTrack]
  var markets: [Market]
  var salaries: [ExportedSalary]
  /// The levels of each market with no public figure.
  var noFigures: [ExportedNoFigure]
  var tips: [ExportedTip]
  var questions: [ExportedQuestion]
  var cvChecks: [ExportedCVCheck]
  var cvMistakes: [ExportedCVCheck]
  /// Each term and the words it stands for.
  var synonyms: [String: [String]]

  init(_ pack: Pack) {
    let index = NameIndex(pack)
    var skillsByCategory: [String: [NamedRef]] = [:]
    for skill in pack.skills {
      skillsByCategory[skill.category, default: []].append(NamedRef(id: skill.id, name: skill.name))
    }
    var tracksByLevel: [String: [NamedRef]] = [:]
    for track in pack.tracks {
      for level in track.levels {
        tracksByLevel[level, default: []].append(NamedRef(id: track.id, name: track.name))
      }
    }
    role = ExportedRole(pack.role, index)
    scale = pack.scale
    tipCategories = pack.tipCategories
    questionKinds = pack.questionKinds
    categories = pack.categories.map {
      ExportedCategory(
        id: $0.id, name: $0.name, description: $0.description, steps: $0.stepNames,
        anchors: $0.anchors, skills: skillsByCategory[$0.id] ?? [])
    }
    skills = pack.skills.map {
      ExportedSkill(
        id: $0.id, name: $0.name, category: index.ref("category", $0.category),
        description: $0.description, hoursPerStep: $0.hoursPerStep, steps: $0.stepNames,
        anchors: $0.anchors,
        exercise: $0.exercise, evidence: $0.evidence,
        resources: $0.resources.isEmpty
          ? nil
          : $0.resources.map {
            ExportedResource(title: $0.title, kind: $0.kind.rawValue, where: $0.location)
          })
    }
    levels = pack.levels.map {
      ExportedLevel($0, tracks: tracksByLevel[$0.id] ?? [], index, pack: pack)
    }
    tracks = pack.tracks.map {
      ExportedTrack(
        id: $0.id, name: $0.name, source: index.ref("source", $0.source),
        levels: index.refs("level", $0.levels))
    }
    markets = pack.markets
    let currencies = Dictionary(
      pack.markets.map { ($0.id, $0.currency) }, uniquingKeysWith: { a, _ in a })
    salaries = pack.salaries.map {
      ExportedSalary(
        market: index.ref("market", $0.market), currency: currencies[$0.market] ?? "",
        level: $0.level.map { index.ref("level", $0) }, label: $0.label, min: $0.min, max: $0.max,
        average: $0.average, median: $0.median, period: $0.period, usdMin: $0.usdMin,
        usdMax: $0.usdMax, source: index.ref("source", $0.source))
    }
    noFigures = pack.noSalaryFigures.map {
      ExportedNoFigure(
        market: index.ref("market", $0.market), levels: index.refs("level", $0.levels),
        reason: $0.reason)
    }
    tips = pack.tips.map {
      ExportedTip(
        id: $0.id, category: $0.category.rawValue, title: $0.title, text: $0.text,
        source: index.ref("source", $0.source), levels: index.refs("level", $0.levels),
        skills: index.refs("skill", $0.skills))
    }
    questions = pack.questions.map {
      ExportedQuestion(
        id: $0.id, text: $0.text, kind: $0.kind.id, level: $0.level.map { index.ref("level", $0) },
        skills: index.refs("skill", $0.skills), keyPoints: $0.keyPoints, hint: $0.hint,
        followUps: $0.followUps, source: $0.source.map { index.ref("source", $0) },
        tags: $0.tags.isEmpty ? nil : $0.tags)
    }
    cvChecks = pack.cvChecks.map { ExportedCVCheck($0, index) }
    cvMistakes = pack.cvMistakes.map { ExportedCVCheck($0, index) }
    synonyms = pack.synonyms.terms
  }
}
