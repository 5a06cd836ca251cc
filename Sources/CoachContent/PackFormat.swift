/// `format` in `role.yaml`: the version of the pack format a pack is written in. Every pack
/// written before the field existed is format 1 and loads unchanged. Format 2 is this
/// release's: it may use the rating scale, step names, optional anchors and texts, `at_least`,
/// `must_have`, levels in words only and `criteria`; a format 1 pack may use them too, and the
/// app reads both alike. The number exists so that a later release that changes what a field
/// means can refuse, in one sentence, a pack it would otherwise misread.
public enum PackFormat {
  /// The format of a pack that names none.
  public static let assumed = 1
  /// The newest format this app reads, the one `content new` and `import-matrix` write.
  public static let current = 2
  public static let known = assumed...current

  /// Reports a `format` field that is no version, or one this app cannot read. Formats 1 and 2
  /// are read alike, so nothing else depends on which one a pack declares.
  static func check(_ fields: Fields, in file: YAMLFile) {
    guard let node = fields.value("format") else { return }
    guard case .scalar(let scalar) = node, let number = Int(scalar.string), number >= 1 else {
      file.error(
        "'format' should be a whole number, the version of the pack format: "
          + "\(known.lowerBound) or \(known.upperBound)", at: node)
      return
    }
    guard known.contains(number) else {
      file.error(
        newer + "\(number); this career-coach reads formats \(known.lowerBound) and "
          + "\(known.upperBound); update career-coach", at: node)
      return
    }
  }

  private static let newer = "this pack is format "

  /// A pack in a format this app does not know is refused with that one error: what else it
  /// reports would be this app misreading the newer format.
  static func refusal(among diagnostics: [Diagnostic]) -> [Diagnostic]? {
    let refusals = diagnostics.filter { $0.message.hasPrefix(newer) }
    return refusals.isEmpty ? nil : refusals
  }
}
