import CoachCore
import Foundation
import Yams

/// One YAML file of a pack: reads it, parses it into a `YAMLNode` tree with line and column marks,
/// and reports problems at those marks.
struct YAMLFile {
  /// The file's path as shown in diagnostics.
  let path: String
  let context: FileContext

  func error(_ message: String, at node: YAMLNode?) {
    context.report(message, path: path, mark: node?.mark)
  }

  func error(_ message: String, at mark: Mark?) {
    context.report(message, path: path, mark: mark.map { .init(line: $0.line, column: $0.column) })
  }

  /// The file's root node, or nil after reporting why there is none: the file is missing,
  /// unreadable, not UTF-8, not valid YAML, or empty. `data` holds the bytes read from `url`,
  /// nil when reading failed; `composed` is the tree the event composer built from them, if
  /// it could; otherwise Yams reads them.
  func parse(_ data: Data?, of url: URL, composed: YAMLNode?) -> YAMLNode? {
    guard let data else {
      let missing = !FileManager.default.fileExists(atPath: url.path)
      self.error(missing ? "file is missing" : "cannot read the file", at: nil as Mark?)
      return nil
    }
    if let composed, !composed.isNull { return composed }
    guard let text = Self.utf8Text(data) else {
      error("the file is not valid UTF-8 text", at: nil as Mark?)
      return nil
    }
    let root: YAMLNode?
    do {
      root = try Self.composedByYams(text)
    } catch let yamlError as YamlError {
      report(yamlError, in: text)
      return nil
    } catch {
      self.error("invalid YAML: \(error)", at: nil as Mark?)
      return nil
    }
    guard let root, !root.isNull else {
      error("the file is empty", at: nil as Mark?)
      return nil
    }
    return root
  }

  /// The tree Yams composes from `text`, which the event composer must match wherever it answers.
  static func composedByYams(_ text: String) throws -> YAMLNode? {
    try Yams.compose(yaml: text, .basic).map(YAMLNode.init)
  }

  /// `data` as text, or nil when it is not valid UTF-8.
  static func utf8Text(_ data: Data) -> String? {
    let text = String(decoding: data, as: UTF8.self)
    // Decoding repairs invalid bytes with U+FFFD, which changes the bytes.
    guard text.utf8.count == data.count else { return nil }
    if text.unicodeScalars.contains("\u{FFFD}") && !text.utf8.elementsEqual(data) { return nil }
    return text
  }

  /// Turns a YAML syntax error into a diagnostic at its line and column.
  private func report(_ yamlError: YamlError, in text: String) {
    switch yamlError {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var message = "invalid YAML: \(problem)"
      if let context {
        message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
      }
      error(message, at: mark)
    case .reader(let problem, let offset, let value, _):
      var message = "invalid YAML: \(problem)"
      if value >= 0 { message += " (\(TextRules.codePoint(Unicode.Scalar(UInt32(value)) ?? "?")))" }
      let place = offset.map { Self.place(atByteOffset: $0, in: text) } ?? (line: 1, column: 1)
      context.report(message, path: path, line: place.line, column: place.column)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\(TextRules.shown($0))'" }.joined(separator: ", ")
      error("duplicate key \(keys) in a mapping", at: context.mark)
    default:
      error("invalid YAML: \(yamlError)", at: nil as Mark?)
    }
  }

  /// The line and column (in Unicode scalars, from 1) of a UTF-8 byte offset.
  static func place(atByteOffset offset: Int, in text: String) -> (line: Int, column: Int) {
    let utf8 = text.utf8
    let end = utf8.index(utf8.startIndex, offsetBy: min(max(offset, 0), utf8.count))
    var line = 1
    var lineStart = utf8.startIndex
    var index = utf8.startIndex
    while index < end {
      if utf8[index] == UInt8(ascii: "\n") {
        line += 1
        lineStart = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    let column = text.unicodeScalars[lineStart..<end].count + 1
    return (line, column)
  }
}

extension YAMLFile {
  /// The text of `node` for the field `name`: a scalar, not blank, without control characters.
  func text(_ node: YAMLNode, field name: String) -> String? {
    guard case .scalar(let scalar) = node else {
      error("'\(name)' should be text, not \(node.kindDescription)", at: node)
      return nil
    }
    let text = scalar.string
    if TextRules.isBlank(text) || (scalar.style == .plain && YAMLNode.isNullWord(text)) {
      error("'\(name)' is empty", at: node)
      return nil
    }
    if let control = TextRules.firstControlCharacter(in: text) {
      error("'\(name)' contains the control character \(TextRules.codePoint(control))", at: node)
      return nil
    }
    if let problem = TextRules.sizeProblem(of: text) {
      error("'\(name)' \(problem)", at: node)
      return nil
    }
    return text
  }

  /// A number for the field `name`, written in decimal (`30`, `2.5`, `1e3`).
  func number(_ node: YAMLNode, field name: String) -> Double? {
    guard case .scalar(let scalar) = node else {
      error("'\(name)' should be a number, not \(node.kindDescription)", at: node)
      return nil
    }
    // Digits, sign, point and exponent only: Double also reads `0x10`, `nan` and `inf`.
    let decimal = scalar.string.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
    guard decimal, let value = Double(scalar.string), value.isFinite else {
      error("'\(name)' should be a number, not '\(TextRules.shown(scalar.string))'", at: node)
      return nil
    }
    return value
  }

  /// `true` or `false` for the field `name`.
  func flag(_ node: YAMLNode, field name: String) -> Bool? {
    if case .scalar(let scalar) = node {
      switch scalar.string {
      case "true": return true
      case "false": return false
      default: break
      }
    }
    let shown = node.scalar.map { "'\(TextRules.shown($0.string))'" } ?? node.kindDescription
    error("'\(name)' should be true or false, not \(shown)", at: node)
    return nil
  }

  /// A step of the pack's scale for the field `name`, written as the scale numbers it (0 to 4
  /// by default), returned as a rating (0 for the lowest step).
  func rating(_ node: YAMLNode, field name: String) -> Rating? {
    let scale = context.scale
    let expected = "a rating from \(scale.number(0)) to \(scale.number(scale.top))"
    guard case .scalar(let scalar) = node else {
      error("'\(name)' should be \(expected), not \(node.kindDescription)", at: node)
      return nil
    }
    guard let number = Int(scalar.string), let rating = scale.rating(number: number) else {
      error(
        "'\(name)' should be \(expected), not '\(TextRules.shown(scalar.string))'"
          + (scale == .standard ? "" : ", the steps of the scale in skills.yaml"),
        at: node)
      return nil
    }
    return rating
  }

  /// An id for the field `name`: text matching `^[a-z0-9]+(-[a-z0-9]+)*$`.
  func id(_ node: YAMLNode, field name: String) -> String? {
    guard let text = text(node, field: name) else { return nil }
    guard TextRules.isValidID(text) else {
      error(
        "invalid id '\(text)': use lower-case letters, digits and single hyphens, as in 'query-optimisation'",
        at: node)
      return nil
    }
    return text
  }
}
