import Foundation

/// Dates as whole milliseconds since 1970 (UTC): how the store keeps them, so that a date read
/// back, exported and imported is always equal to the one saved.
enum TimeStamp {
  static func millis(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded())
  }

  static func date(_ millis: Int64) -> Date {
    Date(timeIntervalSince1970: Double(millis) / 1000)
  }

  /// The date rounded to the millisecond, as the store returns it.
  static func normalized(_ date: Date) -> Date { self.date(millis(date)) }

  /// "2024-05-01T10:00:00.123Z".
  static func iso(_ date: Date) -> String {
    let ms = millis(date)
    let seconds = ms.floorDivided(by: 1000)
    let fraction = ms - seconds * 1000
    let days = seconds.floorDivided(by: 86_400)
    let inDay = seconds - days * 86_400
    let (year, month, day) = civil(fromDays: days)
    return String(
      format: "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ", year, month, day, inDay / 3600,
      inDay / 60 % 60, inDay % 60, fraction)
  }

  /// Parses "YYYY-MM-DDTHH:MM:SS[.fff]Z"; nil for anything else.
  static func parse(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
    func number(_ range: Range<Int>) -> Int64? {
      guard range.upperBound <= bytes.count, !range.isEmpty else { return nil }
      var value: Int64 = 0
      for byte in bytes[range] {
        guard (48...57).contains(byte) else { return nil }
        value = value * 10 + Int64(byte - 48)
      }
      return value
    }
    let separators: [(Int, Character)] = [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":")]
    for (index, character) in separators where bytes[index] != character.asciiValue {
      return nil
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
    else { return nil }
    var fraction: Int64 = 0
    if bytes.count > 20 {
      guard bytes[19] == UInt8(ascii: "."), bytes.count <= 24,
        let digits = number(20..<(bytes.count - 1))
      else { return nil }
      var scaled = digits
      for _ in 0..<(3 - (bytes.count - 21)) { scaled *= 10 }
      fraction = scaled
    } else if bytes.count != 20 {
      return nil
    }
    let days = self.days(fromCivil: year, month, day)
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second
    return date(seconds * 1000 + fraction)
  }

  /// Howard Hinnant's days_from_civil.
  static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = y.floorDivided(by: 400)
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// Howard Hinnant's civil_from_days.
  static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = z.floorDivided(by: 146_097)
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

extension Int64 {
  fileprivate func floorDivided(by divisor: Int64) -> Int64 {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }
}
