-- CreateTable
CREATE TABLE "SchedulerFit" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "reviews" INTEGER NOT NULL,
    "trainItems" INTEGER NOT NULL,
    "testItems" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "logLossBefore" DOUBLE PRECISION,
    "rmseBefore" DOUBLE PRECISION,
    "logLossAfter" DOUBLE PRECISION,
    "rmseAfter" DOUBLE PRECISION,
    "weights" TEXT,
    "weightsBefore" TEXT,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "SchedulerFit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FitJob" (
    "userId" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "leaseOwner" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FitJob_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "SchedulerFit_userId_createdAt_idx" ON "SchedulerFit"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "FitJob_leaseUntil_idx" ON "FitJob"("leaseUntil");

-- AddForeignKey
ALTER TABLE "SchedulerFit" ADD CONSTRAINT "SchedulerFit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FitJob" ADD CONSTRAINT "FitJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
