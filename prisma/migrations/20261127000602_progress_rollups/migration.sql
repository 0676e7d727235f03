-- CreateTable
CREATE TABLE "StudyDay" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "newCards" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "youngTotal" INTEGER NOT NULL DEFAULT 0,
    "youngPassed" INTEGER NOT NULL DEFAULT 0,
    "matureTotal" INTEGER NOT NULL DEFAULT 0,
    "maturePassed" INTEGER NOT NULL DEFAULT 0,
    "knownDelta" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("userId", "day"),
    CONSTRAINT "StudyDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
