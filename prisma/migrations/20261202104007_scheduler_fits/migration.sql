-- CreateTable
CREATE TABLE "SchedulerFit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "reviews" INTEGER NOT NULL,
    "trainItems" INTEGER NOT NULL,
    "testItems" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "logLossBefore" REAL,
    "rmseBefore" REAL,
    "logLossAfter" REAL,
    "rmseAfter" REAL,
    "weights" TEXT,
    "weightsBefore" TEXT,
    "durationMs" INTEGER NOT NULL,
    CONSTRAINT "SchedulerFit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FitJob" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "requestedAt" DATETIME NOT NULL,
    "reason" TEXT NOT NULL,
    "leaseUntil" DATETIME NOT NULL,
    "leaseOwner" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "FitJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SchedulerFit_userId_createdAt_idx" ON "SchedulerFit"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "FitJob_leaseUntil_idx" ON "FitJob"("leaseUntil");
