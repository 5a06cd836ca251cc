import CoachCore
import Foundation
import GRDB

extension CoachStore {
  /// Saves a job ad and returns it with its new id. The title is the ad's first line with
  /// words; an ad that is blank or longer than `TextLimits.jobAd` is refused, nothing stored.
  @discardableResult
  public func addJob(text: String, at date: Date = Date()) throws(StoreError) -> SavedJob {
    try Self.checkJobText(text)
    return try write { db in
      let id = try Self.insertJob(
        text: text, title: SavedJob.title(of: text), addedAt: TimeStamp.millis(date), db)
      return try Self.fetchJobs(db, where: "WHERE id = ?", [id])[0]
    }
  }

  /// Every saved job, the first saved first.
  public func jobs() throws(StoreError) -> [SavedJob] {
    try read { db in try Self.fetchJobs(db) }
  }

  /// The saved job with this id ("job-3"), if any.
  public func job(id: String) throws(StoreError) -> SavedJob? {
    guard let number = SavedJob.number(of: id) else { return nil }
    return try read { db in try Self.fetchJobs(db, where: "WHERE id = ?", [number]).first }
  }

  /// Removes a saved job, and clears the `job` setting when it names it; an unknown id throws
  /// `.noSuchJob` and changes nothing.
  public func removeJob(id: String) throws(StoreError) {
    guard let number = SavedJob.number(of: id) else { throw .noSuchJob(id) }
    try write { db in
      try db.execute(sql: "DELETE FROM job WHERE id = ?", arguments: [number])
      guard db.changesCount > 0 else { throw StoreError.noSuchJob(id) }
      try db.execute(sql: "UPDATE settings SET job = NULL WHERE job = ?", arguments: [id])
    }
  }

  static func checkJobText(_ text: String) throws(StoreError) {
    guard text.contains(where: { !$0.isWhitespace }) else {
      throw .invalidValue("the job ad is empty")
    }
    try TextLimits.check(text, limit: TextLimits.jobAd, name: "the job ad")
  }

  /// Stores a job; keeps `id` (a row number) when this store never gave it out, so an id the
  /// user once typed never comes back for another job. Returns the row number.
  static func insertJob(
    text: String, title: String, addedAt: Int64, id: Int64? = nil, uid: String? = nil,
    _ db: Database
  ) throws -> Int64 {
    try db.execute(
      sql: """
        INSERT INTO job (id, uid, title, text, addedAt)
        VALUES (?, COALESCE(?, \(StableIDs.newUID)), ?, ?, ?)
        """,
      arguments: [try neverGiven(id, db), uid, title, text, addedAt])
    return db.lastInsertedRowID
  }

  private static func neverGiven(_ id: Int64?, _ db: Database) throws -> Int64? {
    guard let id, id > 0 else { return nil }
    let given =
      try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'job'") ?? 0
    return id > given ? id : nil
  }

  static func fetchJobs(
    _ db: Database, where condition: String = "", _ arguments: StatementArguments = []
  ) throws -> [SavedJob] {
    try Row.fetchAll(
      db, sql: "SELECT * FROM job \(condition) ORDER BY id", arguments: arguments
    ).map { row in
      SavedJob(
        id: SavedJob.id(number: row["id"]), title: row["title"], text: row["text"],
        addedAt: TimeStamp.date(row["addedAt"]))
    }
  }
}

/// A saved job in an export file. `id` is its row number, so "job-3" is 3.
struct ExportedJob: Codable, StableRecord {
  var id: Int64
  var uid: String?
  var title: String
  var text: String
  var addedAt: String

  init(id: Int64, uid: String?, _ job: SavedJob) {
    self.id = id
    self.uid = uid
    title = job.title
    text = job.text
    addedAt = TimeStamp.iso(job.addedAt)
  }

  static func fetchAll(_ db: Database) throws -> [ExportedJob] {
    let uids = try StableIDs.all(in: "job", db)
    return try CoachStore.fetchJobs(db).map { job in
      let number = SavedJob.number(of: job.id) ?? 0
      return ExportedJob(id: number, uid: uids[number], job)
    }
  }
}

/// The checks and the merge of the saved jobs in an import file.
enum JobImport {
  /// Each job's problems, as `.badImport`; the settings' `job` must name one of the file's.
  static func check(_ jobs: [ExportedJob], settings: Settings?) throws(StoreError) {
    try StableIDs.check(jobs, in: "jobs")
    var ids = Set<Int64>()
    for (index, job) in jobs.enumerated() {
      let name = "jobs[\(index)]"
      guard job.id > 0, ids.insert(job.id).inserted else {
        throw .badImport(problem: "\(name) has an id below 1 or one that appears twice")
      }
      guard TimeStamp.parse(job.addedAt) != nil else {
        throw .badImport(problem: "\(name) has an addedAt that is not an ISO 8601 UTC date")
      }
      do {
        try CoachStore.checkJobText(job.text)
      } catch {
        throw .badImport(problem: "in \(name), \(error.problem)")
      }
    }
    if let job = settings?.job, !jobs.contains(where: { SavedJob.id(number: $0.id) == job }) {
      throw .badImport(
        problem: "settings.job names \(QuotedText.quote(job)), which is not in jobs")
    }
  }

  /// Stores the jobs the store does not hold; returns how many, and the stored id of each
  /// file id ("job-2" in the file may be "job-5" here).
  static func merge(_ jobs: [ExportedJob], tally: inout ImportTally, _ db: Database) throws
    -> (added: Int, ids: [String: String])
  {
    func insert(_ job: ExportedJob, _: Void) throws {
      _ = try CoachStore.insertJob(
        text: job.text, title: SavedJob.title(of: job.text),
        addedAt: TimeStamp.millis(TimeStamp.parse(job.addedAt) ?? Date()), id: job.id,
        uid: job.uid, db)
    }
    let added = try tally.merge(
      jobs.map { ($0, ()) }, stored: try ExportedJob.fetchAll(db),
      describe: { "the saved job \($0.uid ?? "") added \($0.addedAt)" }, insert: insert)
    let matcher = ImportMatcher<ExportedJob>(stored: [])
    var byUID: [String: ExportedJob] = [:]
    var byContent: [Data: ExportedJob] = [:]
    for job in try ExportedJob.fetchAll(db) {
      if let uid = job.uid { byUID[uid] = job }
      byContent[matcher.content(job)] = job
    }
    var ids: [String: String] = [:]
    for job in jobs {
      let content = matcher.content(job)
      let same = job.uid.flatMap { byUID[$0] } ?? byContent[content]
      if let same, matcher.content(same) == content {
        ids[SavedJob.id(number: job.id)] = SavedJob.id(number: same.id)
      }
    }
    return (added, ids)
  }
}
