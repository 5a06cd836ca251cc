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
    return Settings(
      hoursPerWeek: row["hoursPerWeek"], targetLevel: row["targetLevel"], objectives: objectives)
  }

  static func store(_ settings: Settings, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO settings (id, hoursPerWeek, targetLevel, objectives) VALUES (1, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET hoursPerWeek = excluded.hoursPerWeek,
          targetLevel = excluded.targetLevel, objectives = excluded.objectives
        """,
      arguments: [
        settings.hoursPerWeek, settings.targetLevel,
        JSONColumn.encode(settings.objectives),
      ])
  }

  static func validate(_ settings: Settings) throws(StoreError) {
    guard settings.hoursPerWeek.isFinite, settings.hoursPerWeek >= 0 else {
      throw .invalidValue("hours per week must be a number of 0 or more")
    }
  }
}
