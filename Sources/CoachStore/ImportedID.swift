import GRDB

/// The id a record imported from an export keeps: its own when it has one and no row of
/// `table` holds it yet, else nil so SQLite gives a new one.
enum ImportedID {
  static func free(_ id: Int64?, in table: String, _ db: Database) throws -> Int64? {
    guard let id, id > 0 else { return nil }
    let taken = try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id])
    return taken == false ? id : nil
  }
}
