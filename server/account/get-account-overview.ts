// What Settings → Account shows before anything is done: the sessions the user has open and,
// for a teacher, what deleting the account would take with it (their classes, the students in
// them, their decks), so the confirmation says it in numbers.
import 'server-only';
import { db } from '../db';
import { emailVerificationAvailable } from './email-verification';

export interface AccountOverview {
  email: string;
  emailVerified: boolean;
  /** whether this server can mail the link that confirms the address */
  canConfirmEmail: boolean;
  /** still-valid sessions, this one included */
  activeSessions: number;
  classes: number;
  /** distinct students in those classes */
  students: number;
  decks: number;
}

export async function getAccountOverview(userId: string, now = new Date()): Promise<AccountOverview | null> {
  const [user, activeSessions, classes, students, decks] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true } }),
    db.session.count({ where: { userId, expiresAt: { gt: now } } }),
    db.class.count({ where: { teacherId: userId } }),
    db.classMember.findMany({ where: { class: { teacherId: userId }, userId: { not: userId } }, distinct: ['userId'], select: { userId: true } }),
    db.deck.count({ where: { ownerId: userId } }),
  ]);
  if (!user) return null;
  return { email: user.email, emailVerified: user.emailVerified, canConfirmEmail: emailVerificationAvailable(), activeSessions, classes, students: students.length, decks };
}
