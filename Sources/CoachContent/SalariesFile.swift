import CoachCore

/// `salaries.yaml`: markets and salary figures, each with its source.
enum SalariesFile {
  static let name = "salaries.yaml"

  static func read(_ root: YAMLNode, in file: YAMLFile) -> (markets: [Market], salaries: [Salary]) {
    guard let fields = Fields(root, "salaries.yaml", allowed: ["markets", "salaries"], in: file)
    else { return ([], []) }
    let markets = fields.list("markets", required: true).compactMap { market($0, in: file) }
    let salaries = fields.list("salaries", required: true).compactMap { salary($0, in: file) }
    return (markets, salaries)
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
    "market", "level", "label", "min", "max", "average", "period", "usd_min", "usd_max", "source",
  ]

  private static func salary(_ node: YAMLNode, in file: YAMLFile) -> Salary? {
    guard let fields = Fields(node, "a salary", allowed: salaryFields, in: file) else { return nil }
    let market = fields.reference("market", to: .market)
    let level = fields.optionalReference("level", to: .level)
    let label = fields.text("label")
    var amounts: [String: Double] = [:]
    var valid = true
    for name in ["min", "max", "average", "usd_min", "usd_max"] where fields.has(name) {
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
    if !fields.has("min") && !fields.has("max") && !fields.has("average") {
      file.error("a salary needs at least one of 'min', 'max' and 'average'", at: node)
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
      usdMax: amounts["usd_max"], source: source)
  }
}
