@testable import CoachContent

extension YAMLNode {
  /// The tree as text: kind, style, place and content, one line per node, to compare trees.
  var dumped: String { dumped(depth: 0) }

  private func dumped(depth: Int) -> String {
    let indent = String(repeating: "  ", count: depth)
    let place = "\(mark.line):\(mark.column)"
    switch self {
    case .scalar(let scalar):
      return "\(indent)scalar \(scalar.style) \(place) \(scalar.string.debugDescription)\n"
    case .sequence(let list):
      return "\(indent)list \(place)\n" + list.items.map { $0.dumped(depth: depth + 1) }.joined()
    case .mapping(let mapping):
      return "\(indent)mapping \(place)\n"
        + mapping.pairs.map { $0.key.dumped(depth: depth + 1) + $0.value.dumped(depth: depth + 2) }
        .joined()
    }
  }
}
