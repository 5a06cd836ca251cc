/// The fields of one YAML mapping (a skill, a level, a file's top level), read by name.
///
/// Creating it reports every key that is not among the allowed ones as `unknown field 'x'`, so
/// a typo never passes silently. Each accessor reports what is wrong with its field (missing,
/// empty, wrong type, out of range) and returns nil or an empty value, so reading goes on and
/// every error of the pack is found in one pass.
struct Fields {
  let file: YAMLFile
  /// The mapping itself; errors about a missing field point at it.
  let node: YAMLNode
  /// The mapping's pairs in file order. Mappings are small, so a linear search beats hashing.
  private let pairs: [(key: YAMLNode, value: YAMLNode)]
  /// The field name of each pair; nil for a key that is not an allowed field name, which was
  /// reported and is ignored.
  private let names: [String?]

  /// Nil, after reporting it, when `node` is not a mapping. `what` names it in that message.
  init?(_ node: YAMLNode, _ what: String, allowed: [String], in file: YAMLFile) {
    guard case .mapping(let mapping) = node else {
      file.error("\(what) should be a mapping of fields, not \(node.kindDescription)", at: node)
      return nil
    }
    var names: [String?] = []
    names.reserveCapacity(mapping.pairs.count)
    var next = 0
    for (key, _) in mapping.pairs {
      guard case .scalar(let scalar) = key else {
        file.error("a field name should be text, not \(key.kindDescription)", at: key)
        names.append(nil)
        continue
      }
      guard let position = Self.position(of: scalar.string, in: allowed, from: next) else {
        file.error("unknown field '\(TextRules.shown(scalar.string))'", at: key)
        names.append(nil)
        continue
      }
      names.append(scalar.string)
      next = position + 1
    }
    self.file = file
    self.node = node
    self.pairs = mapping.pairs
    self.names = names
  }

  /// Where `name` is among `names`, looking from `start` on first: fields usually come in the
  /// order they are allowed in, so the first name looked at is usually the one.
  private static func position(of name: String, in names: [String], from start: Int) -> Int? {
    let start = min(start, names.count)
    return names[start...].firstIndex(of: name) ?? names[..<start].firstIndex(of: name)
  }

  private func index(_ name: String) -> Int? {
    names.firstIndex { $0 == name }
  }

  /// Whether the field is present with a value (not null).
  func has(_ name: String) -> Bool { index(name).map { !pairs[$0].value.isNull } ?? false }

  /// The field's value node, nil when absent or null.
  func value(_ name: String) -> YAMLNode? {
    guard let index = index(name), !pairs[index].value.isNull else { return nil }
    return pairs[index].value
  }

  /// The node to point at for the field: its value, else its key, else the mapping.
  func place(_ name: String) -> YAMLNode {
    guard let index = index(name) else { return node }
    return pairs[index].value.isNull ? pairs[index].key : pairs[index].value
  }

  /// The value of a required field; reports it missing or empty when there is none.
  func required(_ name: String) -> YAMLNode? {
    guard let index = index(name) else {
      file.error("missing field '\(name)'", at: node)
      return nil
    }
    guard !pairs[index].value.isNull else {
      file.error("'\(name)' is empty", at: pairs[index].key)
      return nil
    }
    return pairs[index].value
  }

  // MARK: Scalars

  func text(_ name: String) -> String? {
    required(name).flatMap { file.text($0, field: name) }
  }

  func optionalText(_ name: String) -> String? {
    value(name).flatMap { file.text($0, field: name) }
  }

  func number(_ name: String) -> Double? {
    required(name).flatMap { file.number($0, field: name) }
  }

  func optionalNumber(_ name: String) -> Double? {
    value(name).flatMap { file.number($0, field: name) }
  }

  /// An optional number that must be greater than 0 when given: `.absent` when the field is
  /// not there, nil when it is there and wrong.
  func optionalPositiveNumber(_ name: String) -> Double?? {
    guard has(name) else { return .some(nil) }
    return positiveNumber(name).map { .some($0) }
  }

  /// A required number that must be greater than 0 (weights, hours).
  func positiveNumber(_ name: String) -> Double? {
    guard let node = required(name), let number = file.number(node, field: name) else { return nil }
    guard number > 0 else {
      file.error("'\(name)' should be greater than 0, not \(Self.format(number))", at: node)
      return nil
    }
    return number
  }

  func rating(_ name: String) -> Int? {
    required(name).flatMap { file.rating($0, field: name) }
  }

  /// A required enumeration value, such as a question's kind.
  func choice<Value: RawRepresentable & CaseIterable>(_ name: String, of type: Value.Type) -> Value?
  where Value.RawValue == String {
    guard let node = required(name), let text = file.text(node, field: name) else { return nil }
    guard let value = Value(rawValue: text) else {
      let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
      file.error("'\(name)' should be one of \(allowed), not '\(TextRules.shown(text))'", at: node)
      return nil
    }
    return value
  }

  // MARK: Ids and references

  /// The entry's own id: required, well formed, unique within `kind`.
  func id(_ name: String = "id", kind: IDKind?) -> String? {
    guard let node = required(name), let id = file.id(node, field: name) else { return nil }
    if let kind { file.context.define(id, kind: kind, path: file.path, node: node) }
    return id
  }

  /// A required field naming an id of `kind`, checked once every file is read.
  func reference(_ name: String, to kind: IDKind) -> String? {
    guard let node = required(name) else { return nil }
    return file.reference(node, field: name, to: kind)
  }

  func optionalReference(_ name: String, to kind: IDKind) -> String? {
    guard let node = value(name) else { return nil }
    return file.reference(node, field: name, to: kind)
  }

  // MARK: Lists

  /// The items of a list field. A required list must have at least `minimum` items.
  func list(_ name: String, required isRequired: Bool, minimum: Int = 1) -> [YAMLNode] {
    guard let node = isRequired ? required(name) : value(name) else { return [] }
    guard case .sequence(let sequence) = node else {
      file.error("'\(name)' should be a list, not \(node.kindDescription)", at: node)
      return []
    }
    let items = sequence.items
    if isRequired && items.count < minimum {
      let needed = minimum == 1 ? "at least one item" : "at least \(minimum) items"
      file.error("'\(name)' needs \(needed)", at: node)
    }
    return items
  }

  /// A list of text; each item is checked as text.
  func texts(_ name: String, required isRequired: Bool = false) -> [String] {
    list(name, required: isRequired).compactMap { file.text($0, field: name) }
  }

  /// A list of ids of `kind`; each item is checked once every file is read.
  func references(_ name: String, to kind: IDKind, required isRequired: Bool = false) -> [String] {
    list(name, required: isRequired).compactMap { file.reference($0, field: name, to: kind) }
  }

  static func format(_ number: Double) -> String {
    number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
  }
}

extension YAMLFile {
  /// The id text of `node`, recorded as a reference to `kind`.
  func reference(_ node: YAMLNode, field name: String, to kind: IDKind) -> String? {
    guard let id = text(node, field: name) else { return nil }
    context.refer(to: id, kind: kind, path: path, node: node)
    return id
  }
}
