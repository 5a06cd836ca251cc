import CYaml

/// Builds the node tree of a pack file straight from the events of libyaml, the parser inside
/// Yams. `Yams.compose` spends more time building its general-purpose `Node` tree (tags,
/// anchors, a hashed duplicate-key check, Foundation string decoding) than libyaml spends
/// parsing; a pack needs none of that on its well-formed files.
///
/// It only reads what it can read exactly as Yams would. On any error, and for what Yams
/// treats specially (anchors, aliases, explicit tags, keys that are not text, duplicate keys,
/// several documents, an empty file), it returns nil and the caller reads the file with Yams,
/// whose messages the diagnostics quote.
enum EventComposer {
  /// The single document of the UTF-8 text in `bytes`, or nil when Yams must read it.
  /// `lineOffset` lines are added to every mark, for text cut from further down a file.
  static func compose(_ bytes: UnsafeRawBufferPointer, lineOffset: Int = 0) -> YAMLNode? {
    guard bytes.count > 0 else { return nil }  // libyaml needs a buffer; Yams says it is empty
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(
      &parser, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count)

    var builder = TreeBuilder(lineOffset: lineOffset)
    var event = yaml_event_t()
    var expected = [YAML_STREAM_START_EVENT, YAML_DOCUMENT_START_EVENT]
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
      defer { yaml_event_delete(&event) }
      let type = event.type
      if !expected.isEmpty {
        // The frame around the root: stream start, document start; after it, document end
        // and stream end.
        guard type == expected.removeFirst() else { return nil }
        if type == YAML_STREAM_END_EVENT { return builder.root }
        continue
      }
      guard builder.add(event) else { return nil }
      if builder.root != nil { expected = [YAML_DOCUMENT_END_EVENT, YAML_STREAM_END_EVENT] }
    }
  }
}

/// Assembles nodes from events. The nodes of the lists and mappings still open wait on one
/// stack, so each list is allocated once, at its full size, when it closes.
private struct TreeBuilder {
  let lineOffset: Int
  private(set) var root: YAMLNode?
  private var open: [OpenNode] = []
  /// The finished nodes of the open lists and mappings (keys and values alternately).
  private var pending: [YAMLNode] = []

  init(lineOffset: Int) { self.lineOffset = lineOffset }

  fileprivate struct OpenNode {
    var mark: YAMLNode.Mark
    var isMapping: Bool
    /// Where its nodes start in `pending`.
    var start: Int
    /// A large mapping's keys, so checking each new key stays cheap; small ones are searched.
    var keys: Set<String>?
  }

  /// Takes one event inside the document; false when the document needs Yams.
  mutating func add(_ event: yaml_event_t) -> Bool {
    let mark = YAMLNode.Mark(
      line: Int(event.start_mark.line) + 1 + lineOffset, column: Int(event.start_mark.column) + 1)
    switch event.type {
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      guard scalar.anchor == nil, scalar.tag == nil,
        let style = YAMLNode.Style(scalar.style)
      else { return false }
      let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
      // Foundation's decoding, which Yams uses, may treat a leading byte order mark apart.
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return false }
      let text = String(decoding: bytes, as: UTF8.self)
      return finish(.scalar(YAMLNode.Scalar(string: text, style: style, mark: mark)))
    case YAML_SEQUENCE_START_EVENT:
      let start = event.data.sequence_start
      guard start.anchor == nil, start.implicit != 0 else { return false }
      open.append(OpenNode(mark: mark, isMapping: false, start: pending.count))
      return true
    case YAML_MAPPING_START_EVENT:
      let start = event.data.mapping_start
      guard start.anchor == nil, start.implicit != 0 else { return false }
      open.append(OpenNode(mark: mark, isMapping: true, start: pending.count))
      return true
    case YAML_SEQUENCE_END_EVENT:
      guard let list = open.popLast(), !list.isMapping else { return false }
      let items = Array(pending[list.start...])
      pending.removeSubrange(list.start...)
      return finish(.sequence(YAMLNode.List(items: items, mark: list.mark)))
    case YAML_MAPPING_END_EVENT:
      guard let mapping = open.popLast(), mapping.isMapping,
        (pending.count - mapping.start) % 2 == 0
      else { return false }
      let pairs = stride(from: mapping.start, to: pending.count, by: 2).map {
        (key: pending[$0], value: pending[$0 + 1])
      }
      pending.removeSubrange(mapping.start...)
      return finish(.mapping(YAMLNode.Mapping(pairs: pairs, mark: mapping.mark)))
    default:
      return false  // an alias, or an event out of place
    }
  }

  /// Puts a complete node into the list or mapping around it, or makes it the root.
  private mutating func finish(_ node: YAMLNode) -> Bool {
    guard let container = open.last else {
      guard root == nil else { return false }
      root = node
      return true
    }
    if container.isMapping && (pending.count - container.start) % 2 == 0 {
      // A key: Yams compares keys by text and tag, and every text key here has the same tag.
      guard case .scalar(let key) = node, insert(key: key.string) else { return false }
    }
    pending.append(node)
    return true
  }

  /// Notes the innermost mapping's next key; false when the mapping already has it.
  private mutating func insert(key: String) -> Bool {
    let last = open.count - 1
    if open[last].keys != nil { return open[last].keys!.insert(key).inserted }
    let start = open[last].start
    for index in stride(from: start, to: pending.count, by: 2) {
      if case .scalar(let scalar) = pending[index], scalar.string == key { return false }
    }
    if pending.count - start >= 32 {
      let keys = stride(from: start, to: pending.count, by: 2).compactMap {
        pending[$0].scalar?.string
      }
      open[last].keys = Set(keys + [key])
    }
    return true
  }
}

extension YAMLNode.Style {
  /// The style of a scalar libyaml parsed; nil for a value it never reports.
  fileprivate init?(_ style: yaml_scalar_style_t) {
    switch style {
    case YAML_PLAIN_SCALAR_STYLE: self = .plain
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: self = .literal
    case YAML_FOLDED_SCALAR_STYLE: self = .folded
    default: return nil
    }
  }
}
