import CoachCore
import Foundation

/// Folders of the tests' own under the temporary directory, one name per test, so tests that
/// run side by side never share data.
public enum TestFolders {
  /// A fresh path whose name starts with `prefix` (not created).
  public static func fresh(_ prefix: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)", isDirectory: true)
  }
}

/// One fixed moment and the calendar to read it in, so what tests see of dates is the same on
/// every run and under any `TZ`.
public enum FixedTime {
  /// 2026-11-18 11:06:40 UTC.
  public static let now = Date(timeIntervalSince1970: 1_795_000_000)
  public static let utc = Calendar.gregorian(in: TimeZone(identifier: "UTC")!)
}
