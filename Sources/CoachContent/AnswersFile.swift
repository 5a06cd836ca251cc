import CoachCore
import Foundation
import Yams

/// The answers file of `assess --answers` (YAML or JSON), ratings written as the pack's scale
/// numbers them (0..4 for the shipped pack). A full assessment:
/// `{"ratings": {"<skill id>": 0..4}, "years": 3, "market": "<market id>", "languages": [...],
/// "databases": [...], "cloud": [...]}`; a quick one: `{"mode": "quick", "areas":
/// {"<category id>": 0..4}, ...}` with the same other keys. Skills or areas left out (or null)
/// are unrated.
public struct AnswersFile: Equatable, Sendable {
  public var mode: AssessmentMode = .full
  /// Skill id to rating (full mode).
  public var ratings: [String: Rating] = [:]
  /// Category id to rating (quick mode).
  public var areas: [String: Rating] = [:]
  public var years: Double?
  public var market: String?
  /// The languages, databases and cloud the user works with. In full mode a language, database
  /// or cloud rated above 0 joins the pick of its kind when the file names one.
  public var pick = StackPick()

  public var languages: [String] { pick.languages }

  static let keys = [
    "mode", "ratings", "areas", "years", "market", "languages", "databases", "cloud",
  ]
  /// Every skill of a pack rated, with a note, fits in a few kilobytes.
  public static let maximumBytes = 1 << 20

  /// One sentence naming the file and the problem.
  public struct Problem: Error, CustomStringConvertible {
    public let description: String
  }

  /// Parses and checks the whole file against the pack; the first problem is thrown.
  public static func parse(_ data: Data, path: String, pack: Pack) throws(Problem) -> AnswersFile {
    func problem(_ text: String, _ node: Node? = nil) -> Problem {
      let place = node?.mark.map { " (line \($0.line), column \($0.column))" } ?? ""
      return Problem(description: QuotedText.bounded("\(path): \(text)\(place)."))
    }
    if data.isEmpty { throw problem("the file is empty") }
    let text = String(decoding: data, as: UTF8.self)
    guard !data.contains(0), text.utf8.elementsEqual(data) else {
      throw problem("the file is binary, not YAML or JSON text")
    }
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text), !node.isNullValue else {
        throw problem("the file is empty")
      }
      root = node
    } catch let error as Problem {
      throw error
    } catch let error as YamlError {
      throw problem(syntaxMessage(error))
    } catch {
      throw problem("the file is not valid YAML or JSON")
    }
    guard let mapping = root.mapping else {
      throw problem("the file must be a mapping with \"ratings\", not a \(kind(of: root))", root)
    }
    var file = AnswersFile()
    var sawRatings = false
    var sawAreas: Node?
    for (keyNode, value) in mapping {
      guard let key = keyNode.string else {
        throw problem(
          "a key of the file is not a name; an answers file has \(keys.joined(separator: ", "))",
          keyNode)
      }
      switch key {
      case "mode":
        guard let text = value.scalar?.string, let mode = AssessmentMode(rawValue: text) else {
          throw problem("\"mode\" must be quick or full", value)
        }
        file.mode = mode
      case "ratings":
        sawRatings = true
        file.ratings = try ratings(value, pack: pack, problem: problem)
      case "areas":
        sawAreas = value
        file.areas = try areas(value, pack: pack, problem: problem)
      case "years":
        if value.isNullValue { continue }
        guard value.tag == Tag(.int) || value.tag == Tag(.float), let years = value.float,
          years.isFinite
        else {
          throw problem("\"years\" must be a number of years, such as 3 or 4.5", value)
        }
        guard Experience.range.contains(years) else {
          throw problem("\"years\" is \(Experience.format(years)), outside 0-80", value)
        }
        file.years = years
      case "market":
        if value.isNullValue { continue }
        guard let market = value.scalar?.string else {
          throw problem("\"market\" must be a market id", value)
        }
        guard pack.markets.contains(where: { $0.id == market }) else {
          let known = pack.markets.map(\.id).joined(separator: ", ")
          throw problem(
            "unknown market \(QuotedText.quote(market)); the pack knows \(known)", value)
        }
        file.market = market
      case "languages", "databases", "cloud":
        let kind = StackKind(rawValue: key) ?? .languages
        file.pick[kind] = try picks(value, kind: kind, pack: pack, problem: problem)
      default:
        throw problem(
          "unknown key \(QuotedText.quote(key)); an answers file has \(keys.joined(separator: ", "))",
          keyNode)
      }
    }
    switch file.mode {
    case .full:
      if let sawAreas {
        throw problem(
          "\"areas\" belongs to a quick assessment; add \"mode: quick\" or rate skills in \"ratings\"",
          sawAreas)
      }
      guard sawRatings else { throw problem("the file has no \"ratings\"") }
      file.pick = file.pick.adding(rated: file.ratings, in: pack)
    case .quick:
      if sawRatings {
        throw problem("\"ratings\" belongs to a full assessment; a quick one rates \"areas\"")
      }
      guard let areasNode = sawAreas else {
        throw problem("the quick assessment has no \"areas\"")
      }
      for area in pack.categories.map(\.id) where file.areas[area] != nil {
        guard let category = pack.category(area), let kind = category.pick,
          file.pick[kind].isEmpty, category.alwaysPicked.isEmpty
        else { continue }
        throw problem(
          "the area \(QuotedText.quote(area)) is rated but \"\(kind.rawValue)\" names none of its "
            + "skills, so the rating would stand for nothing; list the ones you work with",
          areasNode)
      }
    }
    return file
  }

  /// The assessment the file describes, finished at `now`.
  public func assessment(pack: Pack, now: Date) -> Assessment {
    Assessment(
      mode: mode, startedAt: now, finishedAt: now, years: years, market: market,
      languages: pick.languages, databases: pick.databases, cloud: pick.cloud,
      answers: ratings.mapValues { SkillAnswer(rating: $0) },
      categoryAnswers: areas.mapValues { SkillAnswer(rating: $0) },
      position: mode == .quick ? pack.categories.count : pack.skills.count)
  }

  private static func ratings(
    _ node: Node, pack: Pack, problem: (String, Node?) -> Problem
  ) throws(Problem) -> [String: Rating] {
    if node.isNullValue { return [:] }
    guard let mapping = node.mapping else {
      throw problem("\"ratings\" must map skill ids to ratings 0-4", node)
    }
    var ratings: [String: Rating] = [:]
    for (keyNode, value) in mapping {
      guard let skill = keyNode.scalar?.string else {
        throw problem("a key of \"ratings\" is not a skill id", keyNode)
      }
      guard pack.skill(skill) != nil else {
        throw problem("unknown skill \(QuotedText.quote(skill)) in \"ratings\"", keyNode)
      }
      if value.isNullValue { continue }
      guard value.tag == Tag(.int), let rating = value.int else {
        let shown =
          value.scalar.map {
            (value.tag == Tag(.str) ? "the text " : "") + "\(QuotedText.quote($0.string))"
          }
          ?? "a \(kind(of: value))"
        throw problem(
          "the rating of \(QuotedText.quote(skill)) must be a whole number "
            + "\(pack.scale.numbers), not \(shown)", value)
      }
      guard let step = pack.scale.rating(number: rating) else {
        throw problem(
          "the rating of \(QuotedText.quote(skill)) is \(rating), outside \(pack.scale.numbers)",
          value)
      }
      ratings[skill] = step
    }
    return ratings
  }

  private static func areas(
    _ node: Node, pack: Pack, problem: (String, Node?) -> Problem
  ) throws(Problem) -> [String: Rating] {
    if node.isNullValue { return [:] }
    guard let mapping = node.mapping else {
      throw problem("\"areas\" must map skill area ids to ratings \(pack.scale.numbers)", node)
    }
    var result: [String: Rating] = [:]
    for (keyNode, value) in mapping {
      guard let area = keyNode.scalar?.string, pack.category(area) != nil else {
        let known = pack.categories.map(\.id).joined(separator: ", ")
        throw problem(
          "unknown area \(QuotedText.quote(keyNode.scalar?.string ?? "")) in \"areas\"; the pack has \(known)",
          keyNode)
      }
      if value.isNullValue { continue }
      guard value.tag == Tag(.int), let number = value.int,
        let rating = pack.scale.rating(number: number)
      else {
        throw problem(
          "the rating of the area \(QuotedText.quote(area)) must be a whole number "
            + "\(pack.scale.numbers)", value)
      }
      result[area] = rating
    }
    return result
  }

  /// A list of the pack's languages, databases or cloud platforms (any skill id when the pack
  /// has none of that kind).
  private static func picks(
    _ node: Node, kind: StackKind, pack: Pack, problem: (String, Node?) -> Problem
  ) throws(Problem) -> [String] {
    let key = kind.rawValue
    if node.isNullValue { return [] }
    guard let sequence = node.sequence else {
      throw problem("\"\(key)\" must be a list of skill ids", node)
    }
    let choices = StackPick.choices(kind, in: pack).map(\.id)
    var result: [String] = []
    for item in sequence {
      guard let id = item.scalar?.string else {
        throw problem("\"\(key)\" must be a list of skill ids", item)
      }
      guard pack.skill(id) != nil else {
        throw problem("unknown skill \(QuotedText.quote(id)) in \"\(key)\"", item)
      }
      guard choices.isEmpty || choices.contains(id) else {
        throw problem(
          "\(QuotedText.quote(id)) in \"\(key)\" is not one of the \(key) (\(choices.joined(separator: ", ")))",
          item)
      }
      if !result.contains(id) { result.append(id) }
    }
    return result
  }

  private static func kind(of node: Node) -> String {
    switch node {
    case .mapping: return "mapping"
    case .sequence: return "list"
    default: return "single value"
    }
  }

  private static func syntaxMessage(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return
        "the file is not valid YAML or JSON (it may be truncated): \(problem) at line \(mark.line), column \(mark.column)"
    case .duplicatedKeysInMapping(let duplicates, let context):
      return
        "the key \(QuotedText.quote(duplicates.first ?? "")) appears twice (line \(context.mark.line))"
    default:
      return "the file is not valid YAML or JSON (it may be truncated)"
    }
  }
}

extension Node {
  /// A null scalar (`null`, `~` or nothing) as the YAML resolver reads it.
  fileprivate var isNullValue: Bool { tag == Tag(.null) }
}
