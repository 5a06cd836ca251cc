import CoachCore
import Foundation

/// What `career-coach team` takes from one person's export: their name and their latest
/// finished assessment. Nothing is stored.
public struct TeamExport: Sendable, Equatable {
  /// The name set with `config set name`; nil in an export without one.
  public var name: String?
  /// The finished assessment latest to finish (the higher id on a tie); nil when none is.
  public var latest: Assessment?
}

extension CoachStore {
  /// Reads an export as `importJSON` would, with the same checks against `pack` (a file from
  /// someone on another pack names the skill this pack does not know), and keeps only what a
  /// team matrix shows. Throws `.badImport` with the problem, as `importJSON` does.
  public static func readTeamExport(_ data: Data, pack: Pack) throws(StoreError) -> TeamExport {
    let file = try ImportCheck.decode(data)
    try ImportCheck.validate(file, pack: pack)
    var latest: Assessment?
    for exported in file.assessments where exported.finishedAt != nil {
      let assessment = try ImportCheck.assessment(from: exported)
      guard let finished = assessment.finishedAt else { continue }
      if let best = latest, let bestFinished = best.finishedAt,
        (bestFinished, best.id) > (finished, assessment.id)
      {
        continue
      }
      latest = assessment
    }
    let name = file.settings?.name?.trimmingCharacters(in: .whitespaces)
    return TeamExport(name: name?.isEmpty == false ? name : nil, latest: latest)
  }
}
