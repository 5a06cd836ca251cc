import CoachCore
import Foundation
import GRDB

extension CoachStore {
  /// The largest export `importJSON` reads: a few times the export of 1,000 full assessments
  /// and 100,000 flashcard reviews (about 27 MB), and small enough to parse in seconds.
  public static let maximumImportBytes = 64 << 20

  /// Reads an export and stores its assessments, settings, mock interviews, STAR answers,
  /// flashcards, reviews, saved jobs, evidence entries and reviews received, in one transaction.
  ///
  /// Everything is checked first: a binary, empty, truncated or malformed file, a value of the
  /// wrong type, an unknown skill, category, market or level, a rating outside 0-4. On any
  /// problem a `.badImport` error names it and nothing is stored. A record the store already
  /// holds (the same stable id and content, or, in a file from before stable ids, the same
  /// content) is not added again; one whose stable id the store holds with other content is
  /// left out and listed as a conflict. Assessments keep their ids when those are free; the
  /// settings replace the current ones. Returns what was imported, found and left out.
  public func importJSON(_ data: Data, pack: Pack) throws(StoreError) -> ImportSummary {
    let file = try ImportCheck.decode(data)
    if file.share == ExportFile.teamShare {
      throw .badImport(
        problem:
          "the file is an export for a team's folder (a name and one assessment), not a whole "
          + "export to restore; `career-coach team` reads it")
    }
    try ImportCheck.validate(file, pack: pack)
    try StableIDs.check(file.assessments, in: "assessments")
    try StableIDs.check(file.mockInterviews ?? [], in: "mockInterviews")
    try StableIDs.check(file.starAnswers ?? [], in: "starAnswers")
    try StableIDs.check(file.reviews ?? [], in: "reviews")
    try JobImport.check(file.jobs ?? [], settings: file.settings)
    try EvidenceImport.check(file.evidence ?? [], pack: pack)
    try ReceivedReviewImport.check(file.receivedReviews ?? [], pack: pack)
    var assessments: [Assessment] = []
    for exported in file.assessments {
      assessments.append(try ImportCheck.assessment(from: exported))
    }
    let interviews = try MockImportCheck.interviews(file.mockInterviews ?? [], pack: pack)
    let stars = try MockImportCheck.stars(file.starAnswers ?? [], pack: pack)
    let settings = file.settings
    let cards = try DrillImportCheck.cards(file.cards ?? [], pack: pack)
    let reviews = try DrillImportCheck.reviews(file.reviews ?? [], pack: pack)
    if let drill = file.drillSettings, !DrillSettings.newPerDayRange.contains(drill.newPerDay) {
      let range = DrillSettings.newPerDayRange
      throw .badImport(
        problem: "drillSettings.newPerDay is outside \(range.lowerBound)-\(range.upperBound)")
    }
    return try write { db in
      let stored = try Self.exportFile(db, now: Date())
      var tally = ImportTally()
      let assessmentCount = try tally.merge(
        Array(zip(file.assessments, assessments)), stored: stored.assessments,
        describe: { "the assessment \($0.uid ?? "") started \($0.startedAt)" }
      ) { exported, assessment in
        _ = try AssessmentRows.insert(assessment, keepID: true, uid: exported.uid, db)
      }
      let interviewCount = try tally.merge(
        Array(zip(file.mockInterviews ?? [], interviews)), stored: stored.mockInterviews ?? [],
        describe: { "the mock interview \($0.uid ?? "") started \($0.startedAt)" }
      ) { exported, interview in
        _ = try MockRows.insert(interview, keepID: true, uid: exported.uid, db)
      }
      let starCount = try tally.merge(
        Array(zip(file.starAnswers ?? [], stars)), stored: stored.starAnswers ?? [],
        describe: { "the STAR answer \($0.uid ?? "") saved \($0.savedAt)" }
      ) { exported, star in
        _ = try MockRows.insert(star, keepID: true, uid: exported.uid, db)
      }
      let reviewCount = try tally.merge(
        Array(zip(file.reviews ?? [], reviews)), stored: stored.reviews ?? [],
        describe: { "the flashcard review \($0.uid ?? "") of \($0.at)" }
      ) { exported, review in
        try DrillRows.insert(review.review, id: review.id, uid: exported.uid, db)
      }
      try tally.mergeCards(Array(zip(file.cards ?? [], cards)), stored: stored.cards ?? [], db)
      let (jobCount, jobIDs) = try JobImport.merge(file.jobs ?? [], tally: &tally, db)
      let evidenceCount = try EvidenceImport.merge(file.evidence ?? [], tally: &tally, db)
      let receivedCount = try ReceivedReviewImport.merge(
        file.receivedReviews ?? [], tally: &tally, db)
      if var settings {
        settings.job = settings.job.flatMap { jobIDs[$0] }
        try Self.store(settings, db)
      }
      if let drill = file.drillSettings { try Self.store(drill, db) }
      return ImportSummary(
        assessments: assessmentCount, reviews: reviewCount, mockInterviews: interviewCount,
        starAnswers: starCount, jobs: jobCount, evidence: evidenceCount,
        receivedReviews: receivedCount,
        alreadyPresent: tally.present,
        conflicts: tally.conflicts)
    }
  }
}

/// The checks an import file goes through, each failure a `.badImport` sentence fragment.
enum ImportCheck {
  static func decode(_ data: Data) throws(StoreError) -> ExportFile {
    if data.isEmpty { throw .badImport(problem: "the file is empty") }
    if data.count > CoachStore.maximumImportBytes {
      throw .badImport(problem: "the file is larger than \(CoachStore.maximumImportBytes >> 20) MB")
    }
    if data.contains(0) || String(data: data, encoding: .utf8) == nil {
      throw .badImport(problem: "the file is binary, not a JSON export")
    }
    // The decoder's own parse finds bad JSON; a second parser here would cost gigabytes on a
    // file of millions of small objects.
    let decoder = JSONDecoder()
    let header: ExportHeader
    do {
      header = try decoder.decode(ExportHeader.self, from: data)
    } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
      let last = data.last { !Set(" \t\r\n".utf8).contains($0) }
      let closed = last == UInt8(ascii: "}") || last == UInt8(ascii: "]")
      throw .badImport(
        problem: closed
          ? "the file is not valid JSON" : "the file is not valid JSON (it looks truncated)")
    } catch {
      throw .badImport(problem: "the file is not a career-coach export (it is not a JSON object)")
    }
    guard header.format == ExportFile.formatName else {
      throw .badImport(
        problem:
          "the file is not a career-coach export (\"format\" is not \(QuotedText.quote(ExportFile.formatName)))"
      )
    }
    guard let version = header.version else {
      throw .badImport(problem: "the file has no \"version\"")
    }
    guard version == Double(ExportFile.currentVersion) else {
      let shown = version.rounded() == version ? String(Int(version)) : String(version)
      throw .badImport(
        problem:
          "the file has export version \(shown), and this career-coach reads version \(ExportFile.currentVersion)"
      )
    }
    do {
      return try decoder.decode(ExportFile.self, from: data)
    } catch let error as DecodingError {
      throw .badImport(problem: describe(error))
    } catch {
      throw .badImport(problem: "\(error)")
    }
  }

  static func validate(_ file: ExportFile, pack: Pack) throws(StoreError) {
    var ids = Set<Int64>()
    for (index, assessment) in file.assessments.enumerated() {
      let name = "assessments[\(index)] (id \(assessment.id))"
      guard ids.insert(assessment.id).inserted else {
        throw .badImport(problem: "the id \(assessment.id) appears twice in assessments")
      }
      guard assessment.id > 0 else { throw .badImport(problem: "\(name) has an id below 1") }
      guard let started = TimeStamp.parse(assessment.startedAt) else {
        throw .badImport(problem: "\(name) has a startedAt that is not an ISO 8601 UTC date")
      }
      if let finished = assessment.finishedAt {
        guard let end = TimeStamp.parse(finished) else {
          throw .badImport(problem: "\(name) has a finishedAt that is not an ISO 8601 UTC date")
        }
        guard end >= started else {
          throw .badImport(problem: "\(name) finishes before it starts")
        }
      }
      if let years = assessment.years, !Experience.range.contains(years) {
        throw .badImport(
          problem: "\(name) has \(Experience.format(years)) years of experience, outside 0-80")
      }
      if let market = assessment.market, !pack.markets.contains(where: { $0.id == market }) {
        throw .badImport(problem: "\(name) names the unknown market \(QuotedText.quote(market))")
      }
      for (kind, picked) in [
        ("language", assessment.languages), ("database", assessment.databases),
        ("cloud", assessment.cloud),
      ] {
        for skill in picked where pack.skill(skill) == nil {
          throw .badImport(
            problem: "\(name) names the unknown \(kind) skill \(QuotedText.quote(skill))")
        }
      }
      guard assessment.position >= 0 else {
        throw .badImport(problem: "\(name) has a negative position")
      }
      try check(assessment.answers, in: name, kind: "skill", scale: pack.scale) {
        pack.skill($0) != nil
      }
      try check(assessment.categoryAnswers, in: name, kind: "category", scale: pack.scale) {
        pack.category($0) != nil
      }
    }
    if let settings = file.settings {
      guard settings.hoursPerWeek.isFinite, (0...168).contains(settings.hoursPerWeek) else {
        throw .badImport(problem: "settings.hoursPerWeek is outside 0-168")
      }
      if let level = settings.targetLevel, pack.level(level) == nil {
        throw .badImport(
          problem: "settings.targetLevel names the unknown level \(QuotedText.quote(level))")
      }
      for skill in settings.objectives where pack.skill(skill) == nil {
        throw .badImport(
          problem: "settings.objectives names the unknown skill \(QuotedText.quote(skill))")
      }
      try CoachStore.checkRemembered(settings, pack: pack)
    }
  }

  static func check(
    _ answers: [String: SkillAnswer], in name: String, kind: String, scale: RatingScale,
    known: (String) -> Bool
  ) throws(StoreError) {
    for id in answers.keys.sorted() {
      guard known(id) else {
        throw .badImport(problem: "\(name) rates the unknown \(kind) \(QuotedText.quote(id))")
      }
      if let rating = answers[id]?.rating, !scale.range.contains(rating) {
        throw .badImport(
          problem:
            "\(name) gives the \(kind) \(QuotedText.quote(id)) the rating \(rating), outside "
            + "0-\(scale.top), the steps of the pack's scale")
      }
      if let note = answers[id]?.note {
        do {
          try TextLimits.check(note, limit: TextLimits.note, name: "the note on \(id)")
        } catch {
          throw .badImport(problem: "in \(name), \(error.problem)")
        }
      }
    }
  }

  static func assessment(from exported: ExportedAssessment) throws(StoreError) -> Assessment {
    guard let started = TimeStamp.parse(exported.startedAt) else {
      throw .badImport(problem: "a startedAt is not a date")
    }
    return Assessment(
      id: exported.id, mode: exported.mode, startedAt: started,
      finishedAt: exported.finishedAt.flatMap(TimeStamp.parse), years: exported.years,
      market: exported.market, languages: exported.languages, databases: exported.databases,
      cloud: exported.cloud, answers: exported.answers,
      categoryAnswers: exported.categoryAnswers, position: exported.position)
  }

  /// "assessments[0].answers.sql.rating: expected a whole number, found a string".
  static func describe(_ error: DecodingError) -> String {
    switch error {
    case .typeMismatch(let type, let context):
      return "\(path(context.codingPath)) should be \(typeName(type))"
    case .valueNotFound(let type, let context):
      return "\(path(context.codingPath)) should be \(typeName(type)), not null"
    case .keyNotFound(let key, let context):
      return "\(path(context.codingPath + [key])) is missing"
    case .dataCorrupted(let context):
      let detail = context.debugDescription
      if context.codingPath.last?.stringValue == "mode" {
        return "\(path(context.codingPath)) should be \"quick\" or \"full\""
      }
      return "\(path(context.codingPath)) is invalid (\(detail))"
    @unknown default:
      return "the file does not have the shape of an export"
    }
  }

  static func path(_ keys: [any CodingKey]) -> String {
    guard !keys.isEmpty else { return "the file" }
    var text = ""
    for key in keys {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return text
  }

  static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is Int.Type, is Int64.Type: return "a whole number"
    case is Double.Type: return "a number"
    case is String.Type: return "a string"
    case is Bool.Type: return "true or false"
    case is [String].Type, is [Any].Type: return "a list"
    default: return "an object"
    }
  }
}
