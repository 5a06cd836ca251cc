#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// An interview on a known day, and what it is for: the drills work on its skills and bring
/// each of their cards back in the week before it.
///
/// Nothing stored changes: a focus card's due date is read capped (`due(of:)`), so once the
/// day has passed every card is back on its own FSRS schedule.
public struct InterviewPrep: Sendable, Equatable {
  /// The start of the interview's day in the user's calendar.
  public var day: Date
  /// What the interview is for, as the screens name it: a level or a job's title.
  public var targetName: String
  /// The skills the interview is about.
  public var skills: Set<String>
  /// Questions of these levels count; nil takes every level.
  public var levels: Set<String>?
  /// The user's calendar, whose days the countdown counts.
  public var calendar: Calendar

  /// The days before the interview in which every focus card comes back at least once.
  public static let finalWeek = 7
  /// The most new questions a day the countdown asks for, however little time is left.
  public static let maximumNewPerDay = 30

  public init(
    day: Date, targetName: String, skills: Set<String>, levels: Set<String>?,
    calendar: Calendar
  ) {
    self.day = day
    self.targetName = targetName
    self.skills = skills
    self.levels = levels
    self.calendar = calendar
  }

  /// An interview for a level: the skills its requirements name, less those outside the
  /// user's stack, and the questions of that level and the level just below it on each of its
  /// tracks (an interview for Senior asks Senior and Mid questions, not Junior ones).
  public init?(
    date: String, level id: String, pack: Pack, leftOut: Set<String>, calendar: Calendar
  ) {
    guard let day = Self.day(date, calendar: calendar), let level = pack.level(id) else {
      return nil
    }
    let skills = Set(level.requirements.flatMap(\.skills)).subtracting(leftOut)
    var levels: Set<String> = [id]
    for track in pack.tracks {
      guard let index = track.levels.firstIndex(of: id), index > 0 else { continue }
      levels.insert(track.levels[index - 1])
    }
    self.init(
      day: day, targetName: level.name, skills: skills, levels: levels, calendar: calendar)
  }

  /// The start of a YYYY-MM-DD day in `calendar`; nil when the text is not such a day.
  public static func day(_ text: String, calendar: Calendar) -> Date? {
    guard CalendarDay.isValid(text) else { return nil }
    let parts = text.split(separator: "-").compactMap { Int($0) }
    return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
  }

  /// Whole days from `now`'s day to the interview's: 1 the day before, 0 on the day, negative
  /// once it has passed.
  public func daysLeft(now: Date) -> Int {
    Self.days(from: now, to: day, calendar: calendar)
  }

  /// Whole days from `now`'s day to the YYYY-MM-DD day `date`, as `daysLeft`; nil when the
  /// text is not such a day.
  public static func daysLeft(until date: String, now: Date, calendar: Calendar) -> Int? {
    day(date, calendar: calendar).map { days(from: now, to: $0, calendar: calendar) }
  }

  private static func days(from now: Date, to day: Date, calendar: Calendar) -> Int {
    calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: day).day ?? 0
  }

  /// True from the day after the interview: time to ask how it went.
  public func isOver(now: Date) -> Bool {
    daysLeft(now: now) < 0
  }

  /// True when `question` is one the interview may ask.
  public func covers(_ question: Question) -> Bool {
    (levels.map { question.level.map($0.contains) ?? false } ?? true)
      && question.skills.contains(where: skills.contains)
  }

  /// When a focus card is due before the interview. A card last reviewed before the final
  /// week comes back on a day of that week (spread by its id, so they do not all fall on
  /// one day) or sooner if FSRS says so; it cannot be later, as every review before that
  /// week is capped again; a card reviewed in the final week, a card outside
  /// the focus and every card after the day keep their own due date.
  public func due(of card: DrillCard, question: Question) -> Date {
    guard covers(question), let reviewed = card.card.lastReview else { return card.card.due }
    let reviewDay = -daysLeft(now: reviewed)
    // Days counted back from the interview: the final week is -7 ..< 0.
    guard reviewDay < -Self.finalWeek else { return card.card.due }
    let spread = Int(Self.stableHash(question.id) % UInt64(Self.finalWeek))
    guard let latest = calendar.date(byAdding: .day, value: -1 - spread, to: day) else {
      return card.card.due
    }
    return min(card.card.due, latest)
  }

  /// New questions a day that show every unseen focus question in the first half of the
  /// days left, so each comes back a few times before the interview.
  public func newPerDay(unseen: Int, now: Date) -> Int {
    guard unseen > 0 else { return 0 }
    let days = max(1, (daysLeft(now: now) + 1) / 2)
    return min(Self.maximumNewPerDay, (unseen + days - 1) / days)
  }

  /// FNV-1a over the id's bytes: the same in every run, unlike `hashValue`.
  static func stableHash(_ text: String) -> UInt64 {
    text.utf8.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
  }
}

extension InterviewPrep {
  /// An interview for a saved job: the skills the ad asks for, less those outside the user's
  /// stack, and the questions of the level the ad reads as and the one below it (every level
  /// when the ad says none).
  public init?(
    date: String, job: SavedJob, pack: Pack, leftOut: Set<String>, calendar: Calendar
  ) {
    guard let day = Self.day(date, calendar: calendar) else { return nil }
    let match = JobMatch.match(job.text, pack: pack)
    let skills = Set(match.skills.map(\.skill)).subtracting(leftOut)
    guard !skills.isEmpty else { return nil }
    let levels = match.level.flatMap {
      InterviewPrep(date: date, level: $0, pack: pack, leftOut: leftOut, calendar: calendar)?
        .levels
    }
    self.init(
      day: day, targetName: job.title, skills: skills, levels: levels, calendar: calendar)
  }

  /// The interview the settings describe: for the saved job they name (`job`, when the ad
  /// names skills of the pack), else for the target level they name or the report's; nil
  /// without a valid date or a target.
  public static func make(
    settings: Settings, report: CareerReport?, job: SavedJob? = nil, pack: Pack,
    leftOut: Set<String>, calendar: Calendar
  ) -> InterviewPrep? {
    guard let date = settings.interviewDate else { return nil }
    if let job,
      let prep = InterviewPrep(
        date: date, job: job, pack: pack, leftOut: leftOut, calendar: calendar)
    {
      return prep
    }
    guard let target = settings.targetLevel ?? report?.target else { return nil }
    return InterviewPrep(
      date: date, level: target, pack: pack, leftOut: leftOut, calendar: calendar)
  }
}
