import CoachCore

/// A seeded random number generator, so property tests repeat exactly: the app's own
/// SplitMix64, which the mock interview shuffles with.
public typealias SeededGenerator = SplitMix64
