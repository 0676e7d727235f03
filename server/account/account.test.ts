// Settings → Account's use cases on the store of this pass (SQLite, or PostgreSQL with
// TEST_STORE=postgres): changing the password ends the other sessions and counts wrong current
// passwords per account; "sign out everywhere else" keeps this session only; deleting an account
// takes every row that is only the user's (a teacher's classes and decks with their students'
// progress on them) and nothing of anyone else's; a form naming another user changes nothing of theirs.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { auth } = await import('../auth/auth');
const { changePassword } = await import('./change-password');
const { endOtherSessions } = await import('./end-other-sessions');
const { deleteAccount } = await import('./delete-account');
const { getAccountOverview } = await import('./get-account-overview');
const { passwordCheckKey } = await import('./password-checks');

afterAll(() => testDb.cleanup());

const cookieOf = (res: Response) => new Headers({ cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') });

interface Someone { id: string; email: string; password: string; headers: Headers }

async function signUp(role: 'learner' | 'teacher' = 'learner'): Promise<Someone> {
  const email = `u-${randomUUID().slice(0, 8)}@example.test`;
  const password = `pw-${randomUUID()}`;
  const res = await auth.api.signUpEmail({ body: { name: 'Асель', email, password, role }, asResponse: true });
  expect(res.status).toBe(200);
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return { id: user.id, email, password, headers: cookieOf(res) };
}

/** Another browser signing in: a session of its own. */
async function signIn(email: string, password: string): Promise<Headers | null> {
  const res = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  return res.status === 200 ? cookieOf(res) : null;
}

const signedInAs = async (h: Headers) => (await auth.api.getSession({ headers: h }))?.user.id ?? null;
const counter = (userId: string) => db.attemptCounter.findUnique({ where: { key: passwordCheckKey(userId) } });

describe(`changing the password (${testDb.store})`, () => {
  it('takes the new password, ends the other sessions and refuses the old password', async () => {
    const a = await signUp();
    const other = (await signIn(a.email, a.password))!;
    const third = (await signIn(a.email, a.password))!;
    expect(await signedInAs(other)).toBe(a.id);
    const result = await changePassword(a.headers, { currentPassword: a.password, newPassword: 'a new password 2' });
    expect(result).toEqual({ status: 'changed', ended: 2 });
    expect(await signedInAs(other)).toBeNull();
    expect(await signedInAs(third)).toBeNull();
    // better-auth gave this browser a fresh session (the action's cookie): it is the only one left
    expect(await db.session.count({ where: { userId: a.id } })).toBe(1);
    expect(await signIn(a.email, a.password)).toBeNull();
    expect(await signIn(a.email, 'a new password 2')).not.toBeNull();
  });

  it('refuses a wrong current password and counts it for the account, then waits; the right one clears the count', async () => {
    const a = await signUp();
    const other = (await signIn(a.email, a.password))!;
    const now = new Date();
    for (let i = 1; i <= 5; i++) {
      expect(await changePassword(a.headers, { currentPassword: `wrong ${i}`, newPassword: 'another password' }, now))
        .toEqual({ status: 'refused', error: 'wrongPassword', field: 'currentPassword' });
      expect((await counter(a.id))?.count).toBe(i);
    }
    // the sixth wrong one waits: even the right password is not tried meanwhile
    expect(await changePassword(a.headers, { currentPassword: a.password, newPassword: 'another password' }, now))
      .toMatchObject({ status: 'refused', error: 'tooManyAttempts', retryAfterSeconds: 5 });
    // nothing changed: the old password still signs in and the other session still works
    expect(await signedInAs(other)).toBe(a.id);
    expect(await signIn(a.email, a.password)).not.toBeNull();
    // deleting the account asks for the same password, and is held by the same counter
    expect(await deleteAccount(a.headers, { password: a.password, confirm: 'on' }, now)).toMatchObject({ status: 'refused', error: 'tooManyAttempts' });
    const later = new Date(now.getTime() + 6_000);
    expect(await changePassword(a.headers, { currentPassword: 'wrong 6', newPassword: 'another password' }, later)).toMatchObject({ error: 'wrongPassword' });
    expect(await changePassword(a.headers, { currentPassword: a.password, newPassword: 'another password' }, later))
      .toMatchObject({ error: 'tooManyAttempts', retryAfterSeconds: 10 });
    const muchLater = new Date(now.getTime() + 20_000);
    expect(await changePassword(a.headers, { currentPassword: a.password, newPassword: 'another password' }, muchLater)).toMatchObject({ status: 'changed' });
    expect(await counter(a.id)).toBeNull();
  });

  it('words a short, long or missing password without counting it, and needs a session', async () => {
    const a = await signUp();
    expect(await changePassword(a.headers, { currentPassword: a.password, newPassword: 'short' })).toEqual({ status: 'refused', error: 'passwordTooShort', field: 'newPassword' });
    expect(await changePassword(a.headers, { currentPassword: a.password, newPassword: 'x'.repeat(129) })).toEqual({ status: 'refused', error: 'passwordTooLong', field: 'newPassword' });
    expect(await changePassword(a.headers, { newPassword: 'long enough password' })).toEqual({ status: 'refused', error: 'currentRequired', field: 'currentPassword' });
    expect(await changePassword(a.headers, { currentPassword: [a.password], newPassword: 123 })).toMatchObject({ status: 'refused' });
    expect(await counter(a.id)).toBeNull();
    expect(await changePassword(new Headers(), { currentPassword: a.password, newPassword: 'long enough password' })).toEqual({ status: 'refused', error: 'signedOut' });
    expect(await changePassword(new Headers({ cookie: 'better-auth.session_token=forged.sig' }), { currentPassword: a.password, newPassword: 'long enough password' }))
      .toEqual({ status: 'refused', error: 'signedOut' });
    expect(await signIn(a.email, a.password)).not.toBeNull();
  });

  it('changes only the session’s own user, whatever the form names', async () => {
    const a = await signUp();
    const b = await signUp();
    // a's session with b's password and id: refused as a wrong password of a's
    expect(await changePassword(a.headers, { currentPassword: b.password, newPassword: 'taken over', userId: b.id, email: b.email })).toMatchObject({ error: 'wrongPassword' });
    expect(await changePassword(a.headers, { currentPassword: a.password, newPassword: 'a changed password', userId: b.id })).toMatchObject({ status: 'changed' });
    expect(await signIn(b.email, b.password)).not.toBeNull();
    expect(await signedInAs(b.headers)).toBe(b.id);
    expect(await counter(b.id)).toBeNull();
  });
});

describe(`signing out everywhere else (${testDb.store})`, () => {
  it('ends every other session of the user and keeps this one and everyone else’s', async () => {
    const a = await signUp();
    const b = await signUp();
    const others = [(await signIn(a.email, a.password))!, (await signIn(a.email, a.password))!];
    // an expired session is cleared but not counted as ended
    const expired = await db.session.create({ data: { id: randomUUID(), token: randomUUID(), userId: a.id, expiresAt: new Date(Date.now() - 1000) } });
    expect((await getAccountOverview(a.id))?.activeSessions).toBe(3);
    expect(await endOtherSessions(a.headers)).toEqual({ status: 'ended', ended: 2 });
    for (const h of others) expect(await signedInAs(h)).toBeNull();
    expect(await signedInAs(a.headers)).toBe(a.id);
    expect(await db.session.findUnique({ where: { id: expired.id } })).toBeNull();
    expect(await signedInAs(b.headers)).toBe(b.id);
    expect(await endOtherSessions(a.headers)).toEqual({ status: 'ended', ended: 0 });
    expect(await endOtherSessions(new Headers())).toEqual({ status: 'refused', error: 'signedOut' });
  });
});

/** Rows that refer to a user, in every table that does (the schema's relations and SpeechAudio.createdBy). */
async function rowsOf(userId: string) {
  return {
    user: await db.user.count({ where: { id: userId } }),
    session: await db.session.count({ where: { userId } }),
    account: await db.account.count({ where: { userId } }),
    decks: await db.deck.count({ where: { ownerId: userId } }),
    progress: await db.cardProgress.count({ where: { userId } }),
    reviews: await db.reviewLog.count({ where: { userId } }),
    studyDays: await db.studyDay.count({ where: { userId } }),
    deckLimits: await db.deckStudyLimit.count({ where: { userId } }),
    drafts: await db.deckDraft.count({ where: { ownerId: userId } }),
    classes: await db.class.count({ where: { teacherId: userId } }),
    memberships: await db.classMember.count({ where: { userId } }),
    fits: await db.schedulerFit.count({ where: { userId } }),
    fitJob: await db.fitJob.count({ where: { userId } }),
    speech: await db.speechAudio.count({ where: { createdBy: userId } }),
  };
}

const none = { user: 0, session: 0, account: 0, decks: 0, progress: 0, reviews: 0, studyDays: 0, deckLimits: 0, drafts: 0, classes: 0, memberships: 0, fits: 0, fitJob: 0, speech: 0 };

async function makeDeck(ownerId: string | null, title: string) {
  const deck = await db.deck.create({ data: { id: randomUUID(), ownerId, title } });
  const note = await db.note.create({ data: { id: randomUUID(), deckId: deck.id, kind: 'word', kk: 'мемлекет', ru: 'государство', en: 'state' } });
  const card = await db.card.create({ data: { id: randomUUID(), noteId: note.id, deckId: deck.id, type: 'recognition' } });
  return { deck, note, card };
}

/** A learner's life on a deck: progress, a review, a study day, a deck limit. */
async function study(userId: string, d: Awaited<ReturnType<typeof makeDeck>>) {
  const now = new Date();
  await db.cardProgress.create({ data: { userId, cardId: d.card.id, deckId: d.deck.id, noteId: d.note.id, state: 2, due: now } });
  await db.reviewLog.create({ data: {
    id: randomUUID(), userId, cardId: d.card.id, deckId: d.deck.id, rating: 3, stateBefore: 0, stateAfter: 2, dueAfter: now, stabilityAfter: 3,
    difficultyAfter: 5, elapsedDays: 0, scheduledDays: 3, reviewedAt: now, serverAt: now, durationMs: 1000, tzOffsetMin: 300, day: '2026-12-07',
  } });
  await db.studyDay.upsert({ where: { userId_day: { userId, day: '2026-12-07' } }, create: { userId, day: '2026-12-07', reviews: 1 }, update: { reviews: { increment: 1 } } });
  await db.deckStudyLimit.create({ data: { userId, deckId: d.deck.id, newCardsPerDay: 5 } });
}

describe(`deleting an account (${testDb.store})`, () => {
  it('needs the password and the confirmation, and counts a wrong password', async () => {
    const a = await signUp();
    expect(await deleteAccount(a.headers, { password: a.password })).toEqual({ status: 'refused', error: 'confirmRequired', field: 'confirm' });
    expect(await deleteAccount(a.headers, { password: a.password, confirm: 'yes' })).toMatchObject({ error: 'confirmRequired' });
    expect(await deleteAccount(a.headers, { confirm: 'on' })).toEqual({ status: 'refused', error: 'currentRequired', field: 'password' });
    expect(await deleteAccount(a.headers, { password: 'not mine', confirm: 'on' })).toEqual({ status: 'refused', error: 'wrongPassword', field: 'password' });
    expect((await counter(a.id))?.count).toBe(1);
    expect(await deleteAccount(new Headers(), { password: a.password, confirm: 'on' })).toEqual({ status: 'refused', error: 'signedOut' });
    expect((await rowsOf(a.id)).user).toBe(1);
  });

  it('removes a learner and every row that is only theirs, and nobody else’s', async () => {
    const teacher = await signUp('teacher');
    const learner = await signUp();
    const classmate = await signUp();
    const shared = await makeDeck(null, 'essay');
    const teachers = await makeDeck(teacher.id, 'teacher’s deck');
    const own = await makeDeck(learner.id, 'my words');
    const klass = await db.class.create({ data: { id: randomUUID(), teacherId: teacher.id, name: '7A', joinCode: randomUUID().slice(0, 8) } });
    await db.deckAssignment.create({ data: { classId: klass.id, deckId: teachers.deck.id } });
    for (const u of [learner, classmate]) {
      await db.classMember.create({ data: { classId: klass.id, userId: u.id } });
      await study(u.id, shared);
      await study(u.id, teachers);
    }
    await study(learner.id, own);
    await db.deckDraft.create({ data: { id: randomUUID(), ownerId: learner.id, text: 'Мәтін.' } });
    await db.schedulerFit.create({ data: { id: randomUUID(), userId: learner.id, createdAt: new Date(), reviews: 80, trainItems: 60, testItems: 20, outcome: 'kept', durationMs: 5 } });
    await db.fitJob.create({ data: { userId: learner.id, requestedAt: new Date(), reason: 'auto', leaseUntil: new Date() } });
    await db.speechAudio.create({ data: { key: randomUUID(), voice: 'kk', text: 'мемлекет', mime: 'audio/mpeg', bytes: Buffer.from([1, 2]), createdBy: learner.id } });
    const second = (await signIn(learner.email, learner.password))!;
    const before = { teacher: await rowsOf(teacher.id), classmate: await rowsOf(classmate.id) };
    // a learner teaches no class: every other kind of row they can have is there
    expect(Object.entries(await rowsOf(learner.id)).filter(([kind, n]) => kind !== 'classes' && n === 0)).toEqual([]);

    // the form may name someone else: it is the session's user who goes
    expect(await deleteAccount(learner.headers, { password: learner.password, confirm: 'on', userId: classmate.id })).toEqual({ status: 'deleted', classes: 0, decks: 1 });
    expect(await rowsOf(learner.id)).toEqual(none);
    expect(await signedInAs(learner.headers)).toBeNull();
    expect(await signedInAs(second)).toBeNull();
    expect(await signIn(learner.email, learner.password)).toBeNull();
    expect(await db.deck.count({ where: { id: own.deck.id } })).toBe(0);
    expect(await db.card.count({ where: { deckId: own.deck.id } })).toBe(0);
    // shared content and everyone else's rows stay
    expect(await rowsOf(teacher.id)).toEqual(before.teacher);
    expect(await rowsOf(classmate.id)).toEqual(before.classmate);
    expect(await db.card.count({ where: { id: { in: [shared.card.id, teachers.card.id] } } })).toBe(2);
    expect(await db.classMember.count({ where: { classId: klass.id } })).toBe(1);
    expect(await db.speechAudio.count()).toBe(1);
    expect(await counter(learner.id)).toBeNull();
  });

  it('removes a teacher’s classes and decks, and their students’ progress on those decks only', async () => {
    const teacher = await signUp('teacher');
    const student = await signUp();
    const shared = await makeDeck(null, 'essay');
    const decks = [await makeDeck(teacher.id, 'deck 1'), await makeDeck(teacher.id, 'deck 2')];
    const classes = [];
    for (const name of ['7A', '7B']) {
      const c = await db.class.create({ data: { id: randomUUID(), teacherId: teacher.id, name, joinCode: randomUUID().slice(0, 8) } });
      await db.classMember.create({ data: { classId: c.id, userId: student.id } });
      await db.deckAssignment.create({ data: { classId: c.id, deckId: decks[0]!.deck.id } });
      classes.push(c);
    }
    await study(student.id, shared);
    await study(student.id, decks[0]!);
    expect(await getAccountOverview(teacher.id)).toMatchObject({ classes: 2, students: 1, decks: 2, activeSessions: 1 });

    expect(await deleteAccount(teacher.headers, { password: teacher.password, confirm: 'on' })).toEqual({ status: 'deleted', classes: 2, decks: 2 });
    expect(await rowsOf(teacher.id)).toEqual(none);
    const ids = decks.map((d) => d.deck.id);
    expect(await db.deck.count({ where: { id: { in: ids } } })).toBe(0);
    expect(await db.note.count({ where: { deckId: { in: ids } } })).toBe(0);
    expect(await db.card.count({ where: { deckId: { in: ids } } })).toBe(0);
    expect(await db.class.count({ where: { id: { in: classes.map((c) => c.id) } } })).toBe(0);
    expect(await db.deckAssignment.count({ where: { deckId: { in: ids } } })).toBe(0);
    // the student stays, signed in, with their progress on the shared deck; what was on the teacher's decks is gone
    expect(await signedInAs(student.headers)).toBe(student.id);
    expect(await db.classMember.count({ where: { userId: student.id } })).toBe(0);
    expect(await db.cardProgress.findMany({ where: { userId: student.id }, select: { deckId: true } })).toEqual([{ deckId: shared.deck.id }]);
    expect(await db.reviewLog.findMany({ where: { userId: student.id }, select: { deckId: true } })).toEqual([{ deckId: shared.deck.id }]);
    expect(await db.deckStudyLimit.findMany({ where: { userId: student.id }, select: { deckId: true } })).toEqual([{ deckId: shared.deck.id }]);
    expect(await db.card.count({ where: { id: shared.card.id } })).toBe(1);
  });
});
