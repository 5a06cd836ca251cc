import CoachCore

/// Checks the regular expressions of `cv-checks.yaml` with the compiler the CV check itself
/// uses (ICU's), so a pattern that passes lint is one the check can match.
enum RegexCheck {
  static func isValid(_ pattern: String) -> Bool {
    CVAnalysis.compile(pattern) != nil
  }
}
