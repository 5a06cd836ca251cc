import Foundation

/// Checks the regular expressions of `cv-checks.yaml` the way the CV check compiles them: as
/// ICU regular expressions (`NSRegularExpression`), matched case-insensitively.
enum RegexCheck {
  static func isValid(_ pattern: String) -> Bool {
    (try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])) != nil
  }
}
