// Ratings the study page has made but the server has not yet acknowledged, kept in IndexedDB
// so that a reload, a closed tab, a lost connection or a server restart loses none. Each keeps
// its client id: sending one again is counted once by the server. Entries are sent in the order
// they were made, by one tab at a time (Web Locks), whichever tab of the app is open.
export interface PendingRating {
  id: string;
  deckId: string;
  cardId: string;
  rating: 1 | 2 | 3 | 4;
  reviewedAt: string;
  durationMs: number;
  /** reviews the card had when it was shown (see POST /api/reviews) */
  baseReps: number;
  /** when the page made it (ms), for the order */
  madeAt: number;
  /** the tab that made it, to tell that tab how it went when another tab sent it */
  tab: string;
  /** the learner it was made for: only their page sends it (absent in ratings stored before it was kept) */
  learnerId?: string;
}

export interface Outbox {
  /** Every pending rating, oldest first. */
  all(): Promise<PendingRating[]>;
  put(rating: PendingRating): Promise<void>;
  remove(id: string): Promise<void>;
  /** Runs `work` while no other tab sends (falls back to running at once without Web Locks). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  durable: boolean;
}

const DB_NAME = 'jatta';
const STORE = 'pending-ratings';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function openDatabase(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
  };
  return request(open);
}

function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  return locks ? (locks.request('jatta-pending-ratings', work) as Promise<T>) : work();
}

function memoryOutbox(): Outbox {
  const entries = new Map<string, PendingRating>();
  return {
    durable: false,
    async all() {
      return [...entries.values()].sort((a, b) => a.madeAt - b.madeAt);
    },
    async put(r) {
      entries.set(r.id, r);
    },
    async remove(id) {
      entries.delete(id);
    },
    exclusive,
  };
}

/** The browser's durable outbox, or one in memory where IndexedDB is not available (private windows of some browsers). */
export async function openOutbox(): Promise<Outbox> {
  if (typeof indexedDB === 'undefined') return memoryOutbox();
  let db: IDBDatabase;
  try {
    db = await openDatabase();
  } catch {
    return memoryOutbox();
  }
  const tx = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    durable: true,
    async all() {
      const rows = (await request(tx('readonly').getAll())) as PendingRating[];
      return rows.sort((a, b) => a.madeAt - b.madeAt);
    },
    async put(r) {
      await request(tx('readwrite').put(r));
    },
    async remove(id) {
      await request(tx('readwrite').delete(id));
    },
    exclusive,
  };
}
