import ArgumentParser

/// How a command prints what it finds: aligned text for a person, or JSON for a program.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
