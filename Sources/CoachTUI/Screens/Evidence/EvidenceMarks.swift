import CoachCore

/// How the report screens say how much evidence backs a rating: the count, a mark on a
/// rating of Proficient or more that nothing backs, and the line that explains the mark.
enum EvidenceMarks {
  /// Marks a rating of Proficient or more with no evidence.
  static let marker = "!"

  /// "2 evidence entries", "1 evidence entry", "no evidence", and "no evidence !" for a
  /// rating that claims enough to want some.
  static func count(_ count: Int, unbacked: Bool) -> String {
    switch count {
    case 0: return unbacked ? "no evidence \(marker)" : "no evidence"
    case 1: return "1 evidence entry"
    default: return "\(count) evidence entries"
    }
  }

  /// "! 3 rated Proficient or more with no evidence yet; e adds some"; nil when none is.
  static func footnote(unbackedCount: Int, scale: RatingScale) -> String? {
    EvidenceSummary.footnote(unbackedCount: unbackedCount, marker: marker, scale: scale).map {
      $0 + "; e adds some"
    }
  }

  /// The skills the form offers first: those rated Proficient or more with no evidence, then
  /// the rest of `skills`, each once, in the order given.
  static func suggestions(
    _ skills: [String], ratings: [String: Rating], evidence: EvidenceSummary?
  ) -> [String] {
    let unbacked = skills.filter { evidence?.isUnbacked($0, rating: ratings[$0]) ?? false }
    var seen = Set<String>()
    return (unbacked + skills).filter { seen.insert($0).inserted }
  }
}
