-- Study preferences (issue 14). Plain ADD COLUMNs rather than the schema engine's table
-- rebuild, so this migration commutes with other branches' changes to "user".
ALTER TABLE "user" ADD COLUMN "answerTyping" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "user" ADD COLUMN "audioAutoplay" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "user" ADD COLUMN "kazakhScript" TEXT NOT NULL DEFAULT 'cyrl';
