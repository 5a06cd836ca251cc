import Yams

/// A node of a pack file as the validation reads it: text, a list or a mapping, with the place
/// where it starts. Lighter than Yams's `Node` (no tags, anchors or styles beyond what the rules
/// need), because a large pack has millions of them.
enum YAMLNode: Sendable {
  case scalar(Scalar)
  case sequence(List)
  case mapping(Mapping)

  /// A line and a column, both from 1; columns count Unicode scalars, as libyaml does.
  struct Mark: Sendable, Equatable {
    var line: Int
    var column: Int
  }

  /// How a scalar was written; only plain scalars can be YAML's null.
  enum Style: Sendable, Equatable {
    case any, plain, singleQuoted, doubleQuoted, literal, folded
  }

  struct Scalar: Sendable {
    var string: String
    var style: Style
    var mark: Mark
  }

  struct List: Sendable {
    var items: [YAMLNode]
    var mark: Mark
  }

  struct Mapping: Sendable {
    var pairs: [(key: YAMLNode, value: YAMLNode)]
    var mark: Mark

    /// The value of the last pair whose key is the text `key`.
    subscript(key: String) -> YAMLNode? {
      pairs.last { $0.key.scalar?.string == key }?.value
    }
  }

  /// Where the node starts.
  var mark: Mark {
    switch self {
    case .scalar(let scalar): return scalar.mark
    case .sequence(let list): return list.mark
    case .mapping(let mapping): return mapping.mark
    }
  }

  var scalar: Scalar? {
    if case .scalar(let scalar) = self { return scalar }
    return nil
  }

  /// Whether this is YAML's null: a plain `~`, `null`, or nothing at all.
  var isNull: Bool {
    guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else {
      return false
    }
    return Self.isNullWord(scalar.string)
  }

  /// Whether a plain scalar of this text is YAML's null: nothing, `~` or `null`.
  static func isNullWord(_ text: String) -> Bool {
    text.utf8.count <= 4 && nullWords.contains(text)  // no null word is longer
  }

  /// The plain scalars YAML reads as null.
  private static let nullWords = ["", "~", "null", "Null", "NULL"]

  /// What this node is, for messages: "a list", "a mapping" or "text".
  var kindDescription: String {
    switch self {
    case .scalar: return isNull ? "nothing" : "text"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }
}

extension YAMLNode {
  /// The tree Yams composed. Its composer has already replaced every alias with the node the
  /// alias names, so an alias left in the tree reads as nothing.
  init(_ node: Node) {
    let mark = Mark(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    switch node {
    case .scalar(let scalar):
      self = .scalar(Scalar(string: scalar.string, style: Style(scalar.style), mark: mark))
    case .sequence(let sequence):
      self = .sequence(List(items: sequence.map(YAMLNode.init), mark: mark))
    case .mapping(let mapping):
      let pairs = mapping.map { (key: YAMLNode($0.key), value: YAMLNode($0.value)) }
      self = .mapping(Mapping(pairs: pairs, mark: mark))
    case .alias:
      self = .scalar(Scalar(string: "", style: .plain, mark: mark))
    }
  }
}

extension YAMLNode.Style {
  init(_ style: Node.Scalar.Style) {
    switch style {
    case .any: self = .any
    case .plain: self = .plain
    case .singleQuoted: self = .singleQuoted
    case .doubleQuoted: self = .doubleQuoted
    case .literal: self = .literal
    case .folded: self = .folded
    }
  }
}
