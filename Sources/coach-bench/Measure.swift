import Foundation

/// Repeated timings of one piece of work, in milliseconds.
struct Timings {
  var samples: [Double]

  static func of(runs: Int, warmUp: Int = 1, _ work: () throws -> Void) rethrows -> Timings {
    for _ in 0..<warmUp { try work() }
    var samples: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      try work()
      samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return Timings(samples: samples)
  }

  var median: Double {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  var minimum: Double { samples.min() ?? 0 }
  var maximum: Double { samples.max() ?? 0 }
}

/// One row of the results table.
struct BenchRow {
  var measure: String
  var result: String
  var budget: String
  var met: Bool?

  static func milliseconds(_ value: Double) -> String { String(format: "%.2f ms", value) }
}
