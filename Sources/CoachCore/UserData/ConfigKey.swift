import Foundation

/// What `config` and the settings screen edit: the stored settings and drill settings as one.
public struct UserConfig: Sendable, Equatable {
  public var settings: Settings
  public var drill: DrillSettings
  /// The ids of the saved jobs, which the `job` key takes; not stored with the settings.
  public var savedJobs: [String]

  public init(
    settings: Settings = .defaults, drill: DrillSettings = .defaults, savedJobs: [String] = []
  ) {
    self.settings = settings
    self.drill = drill
    self.savedJobs = savedJobs
  }
}

/// Why a typed value was not taken: one sentence naming the key and what it accepts.
public struct ConfigProblem: Error, Equatable, CustomStringConvertible {
  public let description: String
}

/// A setting the user can read and change by name, on the command line and on the settings
/// screen. Each key reads, checks and writes one field of `UserConfig`.
public enum ConfigKey: String, Sendable, CaseIterable {
  case years, market, languages, databases, cloud, focus
  case newCardsPerDay = "new-cards-per-day"
  case cv, target
  case hoursPerWeek = "hours-per-week"
  case job
  case interviewDate = "interview-date"
  case name

  public static let hoursRange = 0.0...168.0
  /// The most characters a name holds: room for a full name, short enough for a column.
  public static let nameLimit = 80

  /// Why a name cannot be kept, as a phrase naming the setting; nil when it can.
  public static func nameProblem(_ name: String) -> String? {
    if name.prefix(nameLimit + 1).count > nameLimit {
      return "name is over the limit of \(nameLimit) characters"
    }
    if name.firstControlCharacter() != nil {
      return "name holds a control character such as a line break"
    }
    return nil
  }

  /// The value as `config get` prints it; nil when it is not set.
  public func value(in config: UserConfig) -> String? {
    let settings = config.settings
    switch self {
    case .years: return settings.years.map(Experience.format)
    case .market: return settings.market
    case .languages, .databases, .cloud:
      let ids = settings.stack[stackKind!]
      return ids.isEmpty ? nil : ids.joined(separator: ",")
    case .focus: return settings.drillFocus
    case .newCardsPerDay: return String(config.drill.newPerDay)
    case .cv: return settings.cvPath
    case .target: return settings.targetLevel
    case .hoursPerWeek: return Experience.format(settings.hoursPerWeek)
    case .interviewDate: return settings.interviewDate
    case .job: return settings.job
    case .name: return settings.name
    }
  }

  /// What the key accepts, for `config list`, the settings screen and every error.
  public func accepts(in pack: Pack) -> String {
    switch self {
    case .years:
      return "a number of years from 0 to \(Int(Experience.range.upperBound)), such as 4.5"
    case .market: return "one of " + pack.markets.map(\.id).joined(separator: ", ")
    case .languages, .databases, .cloud:
      return "skill ids separated by commas, from "
        + StackPick.choices(stackKind!, in: pack).map(\.id).joined(separator: ", ")
    case .focus:
      // Only the focuses the pack can fill: a question set alone has no gaps, levels or skills.
      let focuses = [
        "all", pack.has(.placement) ? "gaps" : nil, pack.categories.isEmpty ? nil : "category:ID",
        pack.has(.levels) ? "level:ID" : nil, pack.skills.isEmpty ? nil : "skill:ID",
      ].compactMap { $0 }
      guard focuses.count > 1 else { return "all" }
      return focuses.dropLast().joined(separator: ", ") + " or " + focuses.last!
    case .newCardsPerDay:
      let range = DrillSettings.newPerDayRange
      return "a whole number from \(range.lowerBound) to \(range.upperBound)"
    case .cv: return "the path of a file"
    case .target: return "one of " + pack.levels.map(\.id).joined(separator: ", ")
    case .hoursPerWeek:
      return "a number of hours from 0 to \(Int(Self.hoursRange.upperBound)), such as 5"
    case .interviewDate: return "a date as YYYY-MM-DD"
    case .job: return "an id from `career-coach job list`"
    case .name: return "your name as your team knows it, up to \(Self.nameLimit) characters"
    }
  }

  /// The values to choose from where they are a known set; nil where the value is typed.
  public func choices(in pack: Pack) -> [String]? {
    switch self {
    case .market: return pack.markets.map(\.id)
    case .target: return pack.levels.map(\.id)
    case .focus: return DrillFilter.choices(pack: pack, hasGaps: true).map(\.code)
    default: return nil
    }
  }

  /// Stores `text` in `config` after checking it; nil or blank text clears the key (a key
  /// with a default goes back to it). On a problem `config` is left as it was.
  /// The part of the pack the setting is for; a pack without it has no use for the setting.
  public var needs: PackPart? {
    switch self {
    case .years: return .typicalYears
    case .market: return .salaries
    case .focus, .newCardsPerDay, .interviewDate: return .questions
    case .cv: return .cvChecks
    case .hoursPerWeek: return .studyHours
    case .languages, .databases, .cloud: return .stack
    // The name is for a team's matrix of ratings: a pack that places nobody rates nothing.
    case .target, .job, .name: return .placement
    }
  }

  /// The settings a pack has a use for, in the usual order.
  public static func available(in pack: Pack) -> [ConfigKey] {
    allCases.filter { key in key.needs.map(pack.has) ?? true }
  }

  public func set(_ text: String?, in config: inout UserConfig, pack: Pack) throws(ConfigProblem) {
    if let needs, let missing = pack.missing(needs, so: "\(rawValue) has nothing to set") {
      throw ConfigProblem(description: missing + ".")
    }
    let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
    var result = config
    if trimmed.isEmpty {
      clear(&result)
    } else {
      guard store(trimmed, in: &result, pack: pack) else {
        throw ConfigProblem(
          description:
            "\(rawValue) does not take \(QuotedText.quote(trimmed)): it takes \(accepts(in: pack))."
        )
      }
    }
    config = result
  }

  private var stackKind: StackKind? {
    switch self {
    case .languages: return .languages
    case .databases: return .databases
    case .cloud: return .cloud
    default: return nil
    }
  }

  private func clear(_ config: inout UserConfig) {
    switch self {
    case .years: config.settings.years = nil
    case .market: config.settings.market = nil
    case .languages, .databases, .cloud: config.settings.stack[stackKind!] = []
    case .focus: config.settings.drillFocus = nil
    case .newCardsPerDay: config.drill = .defaults
    case .cv: config.settings.cvPath = nil
    case .target: config.settings.targetLevel = nil
    case .hoursPerWeek: config.settings.hoursPerWeek = StudyPlan.defaultHoursPerWeek
    case .interviewDate: config.settings.interviewDate = nil
    case .job: config.settings.job = nil
    case .name: config.settings.name = nil
    }
  }

  /// Writes a non-blank value; false when it is not one the key takes.
  private func store(_ text: String, in config: inout UserConfig, pack: Pack) -> Bool {
    switch self {
    case .years:
      guard case .success(let years?) = Experience.parseYears(text) else { return false }
      // Tenths, as the value is shown: what `get` prints is what is stored.
      config.settings.years = (years * 10).rounded() / 10
    case .market:
      guard pack.markets.contains(where: { $0.id == text }) else { return false }
      config.settings.market = text
    case .languages, .databases, .cloud:
      let kind = stackKind!
      let allowed = Set(StackPick.choices(kind, in: pack).map(\.id))
      var ids: [String] = []
      for id in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
      where !id.isEmpty && !ids.contains(id) {
        guard allowed.contains(id) else { return false }
        ids.append(id)
      }
      config.settings.stack[kind] = ids
    case .focus:
      guard let filter = DrillFilter(code: text, in: pack) else { return false }
      config.settings.drillFocus = filter.code
    case .newCardsPerDay:
      guard let count = Int(text), DrillSettings.newPerDayRange.contains(count) else {
        return false
      }
      config.drill = DrillSettings(newPerDay: count)
    case .cv: config.settings.cvPath = text
    case .target:
      guard pack.level(text) != nil else { return false }
      config.settings.targetLevel = text
    case .hoursPerWeek:
      let number = Double(text.replacingOccurrences(of: ",", with: "."))
      guard let hours = number, hours.isFinite, Self.hoursRange.contains(hours) else {
        return false
      }
      config.settings.hoursPerWeek = hours
    case .interviewDate:
      guard CalendarDay.isValid(text) else { return false }
      config.settings.interviewDate = text
    case .job:
      guard config.savedJobs.contains(text) else { return false }
      config.settings.job = text
    case .name:
      guard Self.nameProblem(text) == nil else { return false }
      config.settings.name = text
    }
    return true
  }
}
