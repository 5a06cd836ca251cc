import GRDB

/// The database schema, one migration per release that changed it. Never edit a shipped
/// migration: add a new one.
enum Schema {
  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      // Dates are whole milliseconds since 1970 (UTC), so they survive export and import.
      try db.execute(
        sql: """
          CREATE TABLE assessment (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            mode TEXT NOT NULL CHECK (mode IN ('quick', 'full')),
            startedAt INTEGER NOT NULL,
            finishedAt INTEGER,
            years INTEGER,
            market TEXT,
            languages TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL DEFAULT 0
          );
          CREATE INDEX assessment_startedAt ON assessment(startedAt);
          CREATE INDEX assessment_finishedAt ON assessment(finishedAt);
          CREATE TABLE answer (
            assessmentId INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('skill', 'category')),
            item TEXT NOT NULL,
            rating INTEGER CHECK (rating BETWEEN 0 AND 4),
            note TEXT,
            skipped INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (assessmentId, kind, item)
          ) WITHOUT ROWID;
          CREATE TABLE settings (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            hoursPerWeek REAL NOT NULL,
            targetLevel TEXT,
            objectives TEXT NOT NULL DEFAULT '[]'
          );
          """)
    }
    migrator.registerMigration("v2-drills") { db in
      // One card per question ever reviewed, and every review. Statistics aggregate reviews
      // in SQL through the indexes on time and on question.
      try db.execute(
        sql: """
          CREATE TABLE card (
            questionId TEXT PRIMARY KEY,
            state TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due INTEGER NOT NULL,
            lastReview INTEGER,
            reps INTEGER NOT NULL DEFAULT 0,
            lapses INTEGER NOT NULL DEFAULT 0,
            introducedAt INTEGER NOT NULL
          ) WITHOUT ROWID;
          CREATE INDEX card_due ON card(due);
          CREATE INDEX card_introducedAt ON card(introducedAt);
          CREATE TABLE review (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            questionId TEXT NOT NULL,
            at INTEGER NOT NULL,
            grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
            secondsSpent REAL NOT NULL CHECK (secondsSpent >= 0),
            due INTEGER NOT NULL
          );
          CREATE INDEX review_at ON review(at);
          CREATE INDEX review_question_grade ON review(questionId, grade);
          ALTER TABLE settings ADD COLUMN dailyNewCards INTEGER NOT NULL DEFAULT 10;
          """)
    }
    migrator.registerMigration("mock-interviews") { db in
      try db.execute(
        sql: """
          CREATE TABLE mockInterview (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            startedAt INTEGER NOT NULL,
            finishedAt INTEGER,
            length TEXT NOT NULL,
            focus TEXT NOT NULL,
            questions TEXT NOT NULL DEFAULT '[]',
            score REAL
          );
          CREATE INDEX mockInterview_startedAt ON mockInterview(startedAt);
          CREATE TABLE mockAnswer (
            interviewId INTEGER NOT NULL REFERENCES mockInterview(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            questionId TEXT NOT NULL,
            text TEXT NOT NULL,
            secondsUsed INTEGER NOT NULL CHECK (secondsUsed >= 0),
            timedOut INTEGER NOT NULL,
            ticked TEXT NOT NULL DEFAULT '[]',
            pointCount INTEGER NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (interviewId, position)
          ) WITHOUT ROWID;
          CREATE TABLE starAnswer (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            questionId TEXT NOT NULL,
            situation TEXT NOT NULL,
            task TEXT NOT NULL,
            action TEXT NOT NULL,
            result TEXT NOT NULL,
            savedAt INTEGER NOT NULL
          );
          CREATE INDEX starAnswer_savedAt ON starAnswer(savedAt);
          """)
    }
    migrator.registerMigration("drafts") { db in
      // Typed answers not yet saved, one per place (see `Draft.Place.key`).
      try db.execute(
        sql: """
          CREATE TABLE draft (
            place TEXT PRIMARY KEY,
            texts TEXT NOT NULL DEFAULT '[]',
            secondsUsed INTEGER NOT NULL DEFAULT 0 CHECK (secondsUsed >= 0),
            savedAt INTEGER NOT NULL
          ) WITHOUT ROWID;
          """)
    }
    migrator.registerMigration("stable-ids") { db in
      // Every exported record carries an id of its own that survives export and import, so
      // importing a file twice adds nothing. Rows inserted without one get one at once.
      for table in StableIDs.tables {
        try db.execute(
          sql: """
            ALTER TABLE \(table) ADD COLUMN uid TEXT;
            UPDATE \(table) SET uid = \(StableIDs.newUID);
            CREATE UNIQUE INDEX \(table)_uid ON \(table)(uid);
            CREATE TRIGGER \(table)_uid AFTER INSERT ON \(table) WHEN NEW.uid IS NULL
            BEGIN UPDATE \(table) SET uid = \(StableIDs.newUID) WHERE id = NEW.id; END;
            """)
      }
    }
    migrator.registerMigration("decimal-years") { db in
      // Years of experience may be 4.5: a REAL column beside the old whole-number one, filled
      // from it. The old column stays, unused, so no table has to be rebuilt.
      try db.execute(
        sql: """
          ALTER TABLE assessment ADD COLUMN experienceYears REAL;
          UPDATE assessment SET experienceYears = years;
          """)
    }
    migrator.registerMigration("stack-pick") { db in
      // The databases and cloud platforms the user works with, beside their languages: JSON
      // lists of skill ids, empty for assessments made before the pick.
      try db.execute(
        sql: """
          ALTER TABLE assessment ADD COLUMN databases TEXT NOT NULL DEFAULT '[]';
          ALTER TABLE assessment ADD COLUMN cloud TEXT NOT NULL DEFAULT '[]';
          """)
    }
    migrator.registerMigration("mock-missed-to-drills") { db in
      // When the user sent an interview's missed key points to their drills; null until then.
      try db.execute(sql: "ALTER TABLE mockInterview ADD COLUMN missedToDrillsAt INTEGER")
    }
    migrator.registerMigration("remembered-settings") { db in
      // What the assessment, the drills and the CV check asked again on every run, kept with
      // the plan settings. Stack columns are JSON lists of skill ids, as on the assessment.
      try db.execute(
        sql: """
          ALTER TABLE settings ADD COLUMN years REAL;
          ALTER TABLE settings ADD COLUMN market TEXT;
          ALTER TABLE settings ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
          ALTER TABLE settings ADD COLUMN databases TEXT NOT NULL DEFAULT '[]';
          ALTER TABLE settings ADD COLUMN cloud TEXT NOT NULL DEFAULT '[]';
          ALTER TABLE settings ADD COLUMN drillFocus TEXT;
          ALTER TABLE settings ADD COLUMN cvPath TEXT;
          ALTER TABLE settings ADD COLUMN interviewDate TEXT;
          """)
    }
    migrator.registerMigration("saved-jobs") { db in
      // Job ads the user saved. The id the user types is "job-" and the row id, which
      // AUTOINCREMENT never gives out again, even after a job is removed. `job` on the
      // settings is the id of the saved job the user prepares for.
      try db.execute(
        sql: """
          CREATE TABLE job (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            addedAt INTEGER NOT NULL
          );
          ALTER TABLE settings ADD COLUMN job TEXT;
          """)
    }
    migrator.registerMigration("interview-outcomes") { db in
      // Interviews whose day has passed, with how they went: a JSON list of PastInterview.
      try db.execute(
        sql: "ALTER TABLE settings ADD COLUMN pastInterviews TEXT NOT NULL DEFAULT '[]'")
    }
    migrator.registerMigration("evidence") { db in
      // What the user did that backs a rating. The id the user types is "evidence-" and the
      // row id, never given out again; `day` is YYYY-MM-DD; each entry names its skills in
      // `evidenceSkill`, in the order given.
      try db.execute(
        sql: """
          CREATE TABLE evidence (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL,
            text TEXT NOT NULL,
            outcome TEXT,
            reference TEXT
          );
          CREATE INDEX evidence_day ON evidence(day);
          CREATE TABLE evidenceSkill (
            evidenceId INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            skill TEXT NOT NULL,
            PRIMARY KEY (evidenceId, position)
          ) WITHOUT ROWID;
          CREATE INDEX evidenceSkill_skill ON evidenceSkill(skill);
          """)
    }
    migrator.registerMigration("person-name") { db in
      // The person's name, which an export carries for `career-coach team`.
      try db.execute(sql: "ALTER TABLE settings ADD COLUMN name TEXT")
    }
    migrator.registerMigration("reviews-received") { db in
      // Reviews a mentor or manager filled in and the user imported: the request's id (so a
      // file imported twice is kept once), the reviewer's name when given, and as JSON the
      // skills asked about (a list), the ratings (skill id to a step of the scale) and the
      // comments (skill id to text).
      try db.execute(
        sql: """
          CREATE TABLE receivedReview (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            pack TEXT NOT NULL,
            reviewer TEXT,
            receivedAt INTEGER NOT NULL,
            skills TEXT NOT NULL DEFAULT '[]',
            ratings TEXT NOT NULL DEFAULT '{}',
            comments TEXT NOT NULL DEFAULT '{}'
          );
          """)
    }
    migrator.registerMigration("team-folder") { db in
      // The folder the Team screen read last, as the user typed it.
      try db.execute(sql: "ALTER TABLE settings ADD COLUMN teamFolder TEXT")
    }
    return migrator
  }()

  /// The tables a career-coach database holds; a database with other tables and none of these
  /// belongs to another program.
  static let tables: Set<String> = [
    "assessment", "answer", "settings", "card", "review", "mockInterview", "mockAnswer",
    "starAnswer", "draft", "job", "evidence", "evidenceSkill", "receivedReview",
    "grdb_migrations",
  ]
}
