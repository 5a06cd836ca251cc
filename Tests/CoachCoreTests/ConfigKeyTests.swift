import CoachCore
import XCTest

/// Each config key takes what it says it accepts, refuses the rest and leaves the value alone.
final class ConfigKeyTests: XCTestCase {
  /// The test pack with a market and its technical area picked from as languages.
  let pack: Pack = {
    var pack = TestPack.pack
    pack.markets = [Market(id: "dk", name: "Denmark", currency: "DKK")]
    pack.categories[0].pick = .languages
    pack.levels[0].typicalYears = [SourcedText(text: "0-2", source: "s")]
    return pack
  }()

  func set(_ key: ConfigKey, _ text: String?, in config: UserConfig = UserConfig()) throws
    -> UserConfig
  {
    var result = config
    try key.set(text, in: &result, pack: pack)
    return result
  }

  func testGoodValuesAreStoredAndReadBack() throws {
    let market = try XCTUnwrap(pack.markets.first?.id)
    let level = try XCTUnwrap(pack.levels.last?.id)
    let language = try XCTUnwrap(StackPick.choices(.languages, in: pack).first?.id)
    let cases: [(ConfigKey, String, String)] = [
      (.years, "4,5", "4.5"), (.market, market, market), (.languages, " \(language) ", language),
      (.focus, "gaps", "gaps"), (.newCardsPerDay, "25", "25"), (.cv, "~/cv.md", "~/cv.md"),
      (.target, level, level), (.hoursPerWeek, "7.5", "7.5"),
      (.interviewDate, "2028-02-29", "2028-02-29"),
    ]
    for (key, typed, shown) in cases {
      XCTAssertEqual(key.value(in: try set(key, typed)), shown, key.rawValue)
    }
  }

  func testBadValuesNameTheKeyAndKeepTheOldValue() throws {
    let before = try set(.years, "3")
    let cases: [(ConfigKey, String)] = [
      (.years, "-1"), (.years, "81"), (.years, "three"), (.market, "atlantis"),
      (.languages, "cobol"), (.focus, "skill:nothing"), (.newCardsPerDay, "501"),
      (.newCardsPerDay, "2.5"), (.target, "emperor"), (.hoursPerWeek, "169"),
      (.interviewDate, "2027-02-29"), (.interviewDate, "15/01/2027"),
    ]
    for (key, typed) in cases {
      var config = before
      XCTAssertThrowsError(try key.set(typed, in: &config, pack: pack), key.rawValue) {
        let text = "\($0)"
        XCTAssertTrue(text.hasPrefix("\(key.rawValue) does not take"), text)
        XCTAssertTrue(text.contains(key.accepts(in: pack)), text)
        XCTAssertFalse(text.contains("\n"), text)
      }
      XCTAssertEqual(config, before, key.rawValue)
    }
  }

  func testClearingGoesBackToNothingOrTheDefault() throws {
    var config = try set(.years, "3")
    config = try set(.hoursPerWeek, "12", in: config)
    config = try set(.newCardsPerDay, "30", in: config)
    for key in [ConfigKey.years, .hoursPerWeek, .newCardsPerDay] {
      config = try set(key, nil, in: config)
    }
    XCTAssertEqual(config, UserConfig())
    XCTAssertNil(ConfigKey.years.value(in: config))
    XCTAssertEqual(ConfigKey.newCardsPerDay.value(in: config), "\(DrillQueue.defaultNewPerDay)")
  }

  func testEveryFocusChoiceReadsBackAsItsFilter() {
    for filter in DrillFilter.choices(pack: pack, hasGaps: true) {
      XCTAssertEqual(DrillFilter(code: filter.code, in: pack), filter, filter.code)
    }
    XCTAssertNil(DrillFilter(code: "all:x", in: pack))
    XCTAssertNil(DrillFilter(code: "category:", in: pack))
  }

  func testTheJobTakesOnlyASavedJobsId() throws {
    let saved = UserConfig(savedJobs: ["job-1", "job-3"])
    XCTAssertEqual(ConfigKey.job.value(in: try set(.job, " job-3 ", in: saved)), "job-3")
    XCTAssertThrowsError(try set(.job, "job-2", in: saved)) {
      XCTAssertEqual(
        "\($0)", "job does not take \"job-2\": it takes an id from `career-coach job list`.")
    }
    XCTAssertThrowsError(try set(.job, "job-1"))
    XCTAssertNil(ConfigKey.job.value(in: try set(.job, nil, in: try set(.job, "job-1", in: saved))))
  }
}
