-- CreateIndex
CREATE INDEX "Note_lemma_idx" ON "Note"("lemma");

-- The card browser's search (LIKE/ILIKE '%…%' on a note's texts joined, server/store/card-browse-sql.ts
-- NOTE_TEXT_LIKE.joined) through a trigram index on that same expression (docs/decisions/025).
-- pg_trgm ships with PostgreSQL and is a trusted extension (the database's owner may create it);
-- where it is missing or may not be created, the search reads every note as before.
-- fastupdate = off: a new note goes into the index itself, not a pending list that every search
-- reads through until a vacuum and that makes the planner pass the index by (a 13,000-note import
-- left the search at 44 ms on a sequential scan, against 0.5 ms through the index vacuumed).
-- Notes are written seldom (a teacher's edit or import) and searched often.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX "Note_text_trgm_idx" ON "Note" USING gin (("kk" || ' ' || coalesce("headword", '') || ' ' || "ru" || ' ' || "en") gin_trgm_ops)
    WITH (fastupdate = off);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): the card browser searches without a trigram index', SQLERRM;
END $$;
