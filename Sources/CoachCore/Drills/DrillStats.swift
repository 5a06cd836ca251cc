#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reviews on one day.
public struct DayCount: Sendable, Equatable, Codable {
  /// The start of the day (local midnight).
  public var day: Date
  public var reviews: Int
  public init(day: Date, reviews: Int) {
    self.day = day
    self.reviews = reviews
  }
}

/// How many reviews of a question there were and how many were remembered (graded 2 or more).
public struct ReviewTally: Sendable, Equatable, Codable {
  public var reviews: Int
  public var remembered: Int
  public init(reviews: Int, remembered: Int) {
    self.reviews = reviews
    self.remembered = remembered
  }

  public static func + (a: ReviewTally, b: ReviewTally) -> ReviewTally {
    ReviewTally(reviews: a.reviews + b.reviews, remembered: a.remembered + b.remembered)
  }

  /// The share remembered; nil without reviews.
  public var retention: Double? { reviews == 0 ? nil : Double(remembered) / Double(reviews) }
}

/// The share of reviews remembered in one category.
public struct CategoryRetention: Sendable, Equatable, Codable {
  public var category: String
  public var tally: ReviewTally
  public init(category: String, tally: ReviewTally) {
    self.category = category
    self.tally = tally
  }
}

/// What the statistics screen and `stats` show.
public struct DrillStats: Sendable, Equatable {
  /// One entry per day, oldest first, today last.
  public var days: [DayCount]
  /// Categories with reviews, in the pack's order.
  public var retention: [CategoryRetention]
  /// Every review ever stored.
  public var total: ReviewTally
  /// Questions reviewed at least once.
  public var cards: Int
  /// Cards due by the end of today.
  public var dueToday: Int
  /// Cards due by the end of the sixth day after today (a week, today included).
  public var dueThisWeek: Int

  public init(
    days: [DayCount], retention: [CategoryRetention], total: ReviewTally, cards: Int,
    dueToday: Int, dueThisWeek: Int
  ) {
    self.days = days
    self.retention = retention
    self.total = total
    self.cards = cards
    self.dueToday = dueToday
    self.dueThisWeek = dueThisWeek
  }

  /// Reviews in `days`.
  public var recentReviews: Int { days.reduce(0) { $0 + $1.reviews } }

  /// - Parameters:
  ///   - days: reviews per day, as `DrillCalendar.days` buckets them.
  ///   - tallies: reviews per question id, of all time.
  ///   - dueDates: the due date of every card.
  public static func make(
    pack: Pack, days: [DayCount], tallies: [String: ReviewTally], dueDates: [Date], now: Date,
    calendar: Calendar
  ) -> DrillStats {
    var byCategory: [String: ReviewTally] = [:]
    var total = ReviewTally(reviews: 0, remembered: 0)
    let questions = Dictionary(
      pack.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (id, tally) in tallies {
      total = total + tally
      guard let question = questions[id] else { continue }
      let categories = Set(question.skills.compactMap { pack.skill($0)?.category })
      for category in categories {
        byCategory[category] =
          (byCategory[category] ?? ReviewTally(reviews: 0, remembered: 0))
          + tally
      }
    }
    let retention = pack.categories.compactMap { category in
      byCategory[category.id].map { CategoryRetention(category: category.id, tally: $0) }
    }
    let today = calendar.startOfDay(for: now)
    let endOfToday = calendar.date(byAdding: .day, value: 1, to: today) ?? now
    let endOfWeek = calendar.date(byAdding: .day, value: 7, to: today) ?? now
    return DrillStats(
      days: days, retention: retention, total: total, cards: dueDates.count,
      dueToday: dueDates.filter { $0 < endOfToday }.count,
      dueThisWeek: dueDates.filter { $0 < endOfWeek }.count)
  }
}

/// Local days for the statistics.
public enum DrillCalendar {
  /// The starts of the last `count` local days, oldest first, today last.
  public static func dayStarts(count: Int, now: Date, calendar: Calendar) -> [Date] {
    let today = calendar.startOfDay(for: now)
    return (0..<max(0, count)).reversed().compactMap {
      calendar.date(byAdding: .day, value: -$0, to: today)
    }
  }

  /// Sums counts at instants (such as one per hour) into the local days that hold them.
  public static func days(
    _ starts: [Date], counts: [(at: Date, reviews: Int)]
  ) -> [DayCount] {
    var result = starts.map { DayCount(day: $0, reviews: 0) }
    for entry in counts {
      // The last day starting at or before the instant.
      guard let index = starts.lastIndex(where: { $0 <= entry.at }) else { continue }
      result[index].reviews += entry.reviews
    }
    return result
  }
}
