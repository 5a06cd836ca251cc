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

extension ExportFile {
  /// `share` in an export for a team's folder.
  static let teamShare = "team"
}

extension CoachStore {
  /// An export for a team's shared folder: the name set with `config set name` and the latest
  /// finished assessment without the notes written beside ratings, nothing else (no STAR answers, evidence, jobs, mock interviews,
  /// flashcards, reviews or other settings). `team` reads it like a whole export; `import`
  /// refuses it. Returns the file and whether it holds an assessment.
  public func exportForTeamJSON(now: Date = Date()) throws(StoreError) -> (
    data: Data, hasAssessment: Bool
  ) {
    let file = try read { db in
      let ids = try StableIDs.all(in: "assessment", db)
      let latest = try AssessmentRows.fetch(
        db, where: "WHERE finishedAt IS NOT NULL ORDER BY finishedAt DESC, id DESC LIMIT 1")
      var settings = Settings()
      settings.name = try Self.fetchSettings(db).name
      return ExportFile(
        format: ExportFile.formatName, version: ExportFile.currentVersion,
        exportedAt: TimeStamp.iso(now), settings: settings,
        assessments: latest.map { ExportedAssessment(Self.withoutNotes($0), uid: ids[$0.id]) },
        share: ExportFile.teamShare)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return (try encoder.encode(file), !file.assessments.isEmpty)
    } catch {
      throw .failed(path: databaseURL.path, reason: "cannot encode the export: \(error)")
    }
  }

  /// The assessment with the notes beside its ratings left out: they were written for the
  /// user, not for a team.
  static func withoutNotes(_ assessment: Assessment) -> Assessment {
    var shared = assessment
    shared.answers = shared.answers.mapValues {
      SkillAnswer(rating: $0.rating, skipped: $0.skipped)
    }
    shared.categoryAnswers = shared.categoryAnswers.mapValues {
      SkillAnswer(rating: $0.rating, skipped: $0.skipped)
    }
    return shared
  }
}
