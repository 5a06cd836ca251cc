import CoachCore
import Foundation
import GRDB

extension CoachStore {
  /// The plan settings; the defaults until the user saves some.
  public func settings() throws(StoreError) -> Settings {
    try read { db in try Self.fetchSettings(db) }
  }

  public func save(_ settings: Settings) throws(StoreError) {
    try Self.validate(settings)
    try write { db in try Self.store(settings, db) }
  }

  static func fetchSettings(_ db: Database) throws -> Settings {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM settings WHERE id = 1") else {
      return .defaults
    }
    let objectives: [String] = JSONColumn.decode(row["objectives"])
    let stack = StackPick(
      languages: JSONColumn.decode(row["languages"]),
      databases: JSONColumn.decode(row["databases"]),
      cloud: JSONColumn.decode(row["cloud"]))
    return Settings(
      hoursPerWeek: row["hoursPerWeek"], targetLevel: row["targetLevel"], objectives: objectives,
      years: row["years"], market: row["market"], stack: stack, drillFocus: row["drillFocus"],
      cvPath: row["cvPath"], interviewDate: row["interviewDate"],
      pastInterviews: JSONColumn.decode(row["pastInterviews"]), job: row["job"], name: row["name"],
      teamFolder: row["teamFolder"])
  }

  static func store(_ settings: Settings, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO settings (id, hoursPerWeek, targetLevel, objectives, years, market,
          languages, databases, cloud, drillFocus, cvPath, interviewDate, pastInterviews, job, name,
          teamFolder)
        VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET hoursPerWeek = excluded.hoursPerWeek,
          targetLevel = excluded.targetLevel, objectives = excluded.objectives,
          years = excluded.years, market = excluded.market, languages = excluded.languages,
          databases = excluded.databases, cloud = excluded.cloud,
          drillFocus = excluded.drillFocus, cvPath = excluded.cvPath,
          interviewDate = excluded.interviewDate, pastInterviews = excluded.pastInterviews,
          job = excluded.job, name = excluded.name, teamFolder = excluded.teamFolder
        """,
      arguments: [
        settings.hoursPerWeek, settings.targetLevel, JSONColumn.encode(settings.objectives),
        settings.years, settings.market, JSONColumn.encode(settings.stack.languages),
        JSONColumn.encode(settings.stack.databases), JSONColumn.encode(settings.stack.cloud),
        settings.drillFocus, settings.cvPath, settings.interviewDate,
        JSONColumn.encode(settings.pastInterviews), settings.job, settings.name,
        settings.teamFolder,
      ])
  }

  /// An imported file's remembered values pass the same checks as `config set`.
  static func checkRemembered(_ settings: Settings, pack: Pack) throws(StoreError) {
    let remembered: [ConfigKey] = [
      .name, .years, .market, .languages, .databases, .cloud, .focus, .interviewDate,
    ]
    var scratch = UserConfig(settings: settings)
    // A setting the pack has no use for is kept as it is: another pack may need it.
    for key in remembered where key.needs.map(pack.has) ?? true {
      guard let value = key.value(in: scratch) else { continue }
      do {
        try key.set(value, in: &scratch, pack: pack)
      } catch {
        throw .badImport(problem: "in settings, \(error.description)")
      }
    }
  }

  static func validate(_ settings: Settings) throws(StoreError) {
    guard settings.hoursPerWeek.isFinite, settings.hoursPerWeek >= 0 else {
      throw .invalidValue("hours per week must be a number of 0 or more")
    }
    if let name = settings.name, let problem = ConfigKey.nameProblem(name) {
      throw .invalidValue(problem)
    }
  }
}

extension CoachStore {
  /// Keeps how the interview of the settings' date went and clears the date, in one write, so
  /// the drills go back to their usual schedule. Does nothing without a date.
  public func recordInterviewOutcome(_ outcome: InterviewOutcome) throws(StoreError) {
    try write { db in
      var settings = try Self.fetchSettings(db)
      guard let day = settings.interviewDate else { return }
      settings.pastInterviews.append(
        PastInterview(day: day, target: settings.targetLevel, outcome: outcome))
      settings.interviewDate = nil
      try Self.store(settings, db)
    }
  }
}

extension CoachStore {
  /// The settings and the drill settings together, from one read: what `config` shows.
  public func userConfig() throws(StoreError) -> UserConfig {
    try read { db in
      UserConfig(
        settings: try Self.fetchSettings(db), drill: try Self.fetchDrillSettings(db),
        savedJobs: try Self.fetchJobs(db).map(\.id))
    }
  }

  /// Changes the stored settings in one transaction, so a change to one field never writes
  /// back a stale copy of the others.
  public func updateSettings(_ change: (inout Settings) -> Void) throws(StoreError) {
    try write { db in
      var settings = try Self.fetchSettings(db)
      change(&settings)
      try Self.validate(settings)
      try Self.store(settings, db)
    }
  }

  /// Stores both in one transaction, after the checks each save makes.
  public func save(_ config: UserConfig) throws(StoreError) {
    try Self.validate(config.settings)
    guard DrillSettings.newPerDayRange.contains(config.drill.newPerDay) else {
      throw .invalidValue("\(config.drill.newPerDay) new questions a day is out of range")
    }
    try write { db in
      try Self.store(config.settings, db)
      try Self.store(config.drill, db)
    }
  }
}
