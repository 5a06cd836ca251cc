import CoachCore

/// `salaries.yaml`: markets and salary figures, each with its source.
enum SalariesFile {
  static let name = "salaries.yaml"

  static func read(
    _ root: YAMLNode, in file: YAMLFile
  ) -> (markets: [Market], salaries: [Salary], noFigures: [NoSalaryFigure]) {
    let allowed = ["markets", "salaries", "no_figures"]
    guard let fields = Fields(root, "salaries.yaml", allowed: allowed, in: file)
    else { return ([], [], []) }
    let markets = fields.list("markets", required: true).compactMap { market($0, in: file) }
    let salaries = fields.list("salaries", required: true).compactMap { salary($0, in: file) }
    var said = Set(salaries.compactMap { salary in salary.level.map { salary.market + " " + $0 } })
    let noFigures = fields.list("no_figures", required: false).compactMap {
      noFigure($0, in: file, said: &said)
    }
    return (markets, salaries, noFigures)
  }

  /// Levels of a market with no public figure. `said` holds "market level" for every level
  /// already given a figure or listed here: a level may not be both, nor listed twice.
  private static func noFigure(
    _ node: YAMLNode, in file: YAMLFile, said: inout Set<String>
  ) -> NoSalaryFigure? {
    let allowed = ["market", "levels", "reason"]
    guard let fields = Fields(node, "a no_figures entry", allowed: allowed, in: file)
    else { return nil }
    let market = fields.reference("market", to: .market)
    var levels: [String] = []
    var valid = true
    for item in fields.list("levels", required: true) {
      guard let level = file.reference(item, field: "levels", to: .level) else {
        valid = false
        continue
      }
      if let market, !said.insert(market + " " + level).inserted {
        file.error(
          "level '\(level)' of market '\(market)' already has a figure or a no_figures entry",
          at: item)
        valid = false
      }
      levels.append(level)
    }
    let reason = fields.optionalText("reason")
    if fields.has("reason") && reason == nil { valid = false }
    guard valid, let market, !levels.isEmpty else { return nil }
    return NoSalaryFigure(market: market, levels: levels, reason: reason)
  }

  private static func market(_ node: YAMLNode, in file: YAMLFile) -> Market? {
    let allowed = ["id", "name", "currency"]
    guard let fields = Fields(node, "a market", allowed: allowed, in: file) else { return nil }
    let id = fields.id(kind: .market)
    let name = fields.text("name")
    let currency = fields.text("currency")
    guard let id, let name, let currency else { return nil }
    return Market(id: id, name: name, currency: currency)
  }

  private static let salaryFields = [
    "market", "level", "label", "min", "max", "average", "median", "period", "usd_min", "usd_max",
    "source",
  ]

  private static func salary(_ node: YAMLNode, in file: YAMLFile) -> Salary? {
    guard let fields = Fields(node, "a salary", allowed: salaryFields, in: file) else { return nil }
    let market = fields.reference("market", to: .market)
    let level = fields.optionalReference("level", to: .level)
    let label = fields.text("label")
    var amounts: [String: Double] = [:]
    var valid = true
    for name in ["min", "max", "average", "median", "usd_min", "usd_max"] where fields.has(name) {
      guard let amount = fields.optionalNumber(name) else {
        valid = false
        continue
      }
      if amount < 0 {
        file.error("'\(name)' should not be negative", at: fields.place(name))
        valid = false
      }
      amounts[name] = amount
    }
    if !["min", "max", "average", "median"].contains(where: fields.has) {
      file.error("a salary needs at least one of 'min', 'max', 'average' and 'median'", at: node)
      valid = false
    }
    for (low, high) in [("min", "max"), ("usd_min", "usd_max")] {
      if let a = amounts[low], let b = amounts[high], a > b {
        file.error("'\(low)' is greater than '\(high)'", at: fields.place(low))
        valid = false
      }
    }
    let period = fields.has("period") ? fields.optionalText("period") : "year"
    let source = fields.reference("source", to: .source)
    guard valid, let market, let label, let period, let source else { return nil }
    if fields.has("level") && level == nil { return nil }
    return Salary(
      market: market, level: level, label: label, min: amounts["min"], max: amounts["max"],
      average: amounts["average"], period: period, usdMin: amounts["usd_min"],
      usdMax: amounts["usd_max"], source: source, median: amounts["median"])
  }
}
