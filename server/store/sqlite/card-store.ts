// The card browser on SQLite: the shared query (../card-browse-sql.ts) on the adapter's
// connection, and the learner's actions on their cards in one transaction of the group commit,
// like reviews, so they never interleave with one.
import type Database from 'better-sqlite3';
import { browseIds, browseRowsSql, NOTE_TEXT_LIKE, type BrowseDialect } from '../card-browse-sql';
import type { BrowsedCard, CardStore } from '../ports';
import { STUDYABLE_DECK_SQL } from '../studyable';
import { groupCommit } from './group-commit';
import { parseSqliteDate, sqliteDate } from './connection';
import { INSERT_REVIEW_LOG_SQL, PROGRESS_COLUMNS, progressParams, reviewLogParams, storedProgress, UPSERT_PROGRESS_SQL, type ProgressRow } from './progress-sql';

interface Row extends Omit<BrowsedCard, 'due' | 'lastReview' | 'suspended' | 'leech'> {
  due: string | null; lastReview: string | null; suspended: number; leech: number;
}

function dialect(): { d: BrowseDialect; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  let n = 0;
  const param = (value: unknown) => {
    const name = `p${n++}`;
    params[name] = value;
    return `@${name}`;
  };
  return {
    params,
    d: {
      param, time: sqliteDate, noteTextLike: (pattern) => NOTE_TEXT_LIKE.eachText(param(pattern)), indexedBy: (index) => ` INDEXED BY "${index}"`, int: (expr) => expr, fencesSearch: false,
      inList: (expr, values) => `${expr} IN (SELECT value FROM json_each(${param(JSON.stringify(values))}))`,
    },
  };
}

export function sqliteCardStore(db: Database.Database): CardStore {
  const commits = groupCommit(db);
  const cache = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let st = cache.get(sql);
    if (!st) {
      st = db.prepare(sql);
      if (cache.size > 500) cache.clear();
      cache.set(sql, st);
    }
    return st;
  };
  const st = {
    leeches: db.prepare<[string, string, string], { n: number }>(`SELECT count(*) AS n FROM CardProgress p JOIN Card c ON c.id = p.cardId JOIN Deck d ON d.id = c.deckId
      WHERE p.userId = ? AND p.leech = 1 AND c.deletedAt IS NULL AND ${STUDYABLE_DECK_SQL(() => '?')}`),
    decks: db.prepare<[string, string], { id: string; title: string }>(`SELECT d.id, d.title FROM Deck d WHERE ${STUDYABLE_DECK_SQL(() => '?')} ORDER BY d.createdAt, d.id`),
    settings: db.prepare<[string], { desiredRetention: number; fsrsWeights: string | null; timeZone: string; dayStartHour: number }>(
      'SELECT desiredRetention, fsrsWeights, timeZone, dayStartHour FROM user WHERE id = ?'),
    cards: db.prepare<[{ ids: string; wholeNotes: number; userId: string }], { id: string; deckId: string; noteId: string; type: string }>(
      `SELECT c.id, c.deckId, c.noteId, c.type FROM Card c JOIN Note n ON n.id = c.noteId JOIN Deck d ON d.id = c.deckId
      WHERE (c.id IN (SELECT value FROM json_each(@ids)) OR (@wholeNotes = 1 AND c.noteId IN (SELECT noteId FROM Card WHERE id IN (SELECT value FROM json_each(@ids)))))
        AND c.deletedAt IS NULL AND n.deletedAt IS NULL AND ${STUDYABLE_DECK_SQL(() => '@userId')}
      ORDER BY c.noteId, c.sortOrder, c.id`),
    progress: db.prepare<[string, string], ProgressRow>(
      `SELECT ${PROGRESS_COLUMNS} FROM CardProgress WHERE userId = ? AND cardId = ?`),
    upsert: db.prepare(UPSERT_PROGRESS_SQL),
    log: db.prepare(INSERT_REVIEW_LOG_SQL),
    known: db.prepare(`INSERT INTO StudyDay (userId, day, reviews, knownDelta) VALUES (?, ?, 0, ?)
      ON CONFLICT (userId, day) DO UPDATE SET knownDelta = knownDelta + excluded.knownDelta`),
    dropEmpty: db.prepare('DELETE FROM StudyDay WHERE userId = ? AND day = ? AND reviews <= 0 AND knownDelta = 0'),
  };
  return {
    async browse(userId, q) {
      const statement = () => {
        const { d, params } = dialect();
        return { ...d, all: async <T>(sql: string) => prepared(sql).all(params) as T[] };
      };
      const { total, ids } = await browseIds(userId, st.decks.all(userId, userId).map((x) => x.id), q, statement);
      if (!ids.length) return { total, rows: [] };
      const page = dialect();
      const byId = new Map((prepared(browseRowsSql(userId, ids, page.d)).all(page.params) as Row[]).map((r) => [r.cardId, r]));
      const rows = ids.flatMap((id) => {
        const r = byId.get(id);
        return r ? [{ ...r, due: parseSqliteDate(r.due), lastReview: parseSqliteDate(r.lastReview), suspended: r.suspended === 1, leech: r.leech === 1 }] : [];
      });
      return { total, rows };
    },
    async leeches(userId) {
      return st.leeches.get(userId, userId, userId)?.n ?? 0;
    },
    async decks(userId) {
      return st.decks.all(userId, userId);
    },
    act(userId, target, now, decide) {
      return commits.run(() => {
        const settings = st.settings.get(userId);
        if (!settings) return { found: 0, changed: 0 };
        const cards = st.cards.all({ ids: JSON.stringify(target.cardIds), wholeNotes: target.wholeNotes ? 1 : 0, userId });
        let changed = 0;
        for (const card of cards) {
          const row = st.progress.get(userId, card.id);
          const progress = row ? storedProgress(row) : null;
          const write = decide({ card, settings, progress });
          if (!write) continue;
          const { after, log } = write.decision;
          st.upsert.run(progressParams(userId, card, after, now));
          if (log) {
            st.log.run(reviewLogParams({
              id: write.logId, userId, cardId: card.id, deckId: card.deckId, rating: log.rating, stateBefore: log.stateBefore,
              dueBefore: log.dueBefore, after, leech: after.leech, elapsedDays: log.elapsedDays,
              reviewedAt: now, serverAt: now, durationMs: 0, tzOffsetMin: write.tzOffsetMin, previous: log.previous, day: write.day,
            }));
            if (log.studyDay.knownDelta !== 0) {
              st.known.run(userId, write.day, log.studyDay.knownDelta);
              st.dropEmpty.run(userId, write.day);
            }
          }
          changed += 1;
        }
        return { found: cards.length, changed };
      });
    },
  };
}
