// Which decks a user may study: public ones, their own, and those assigned to a class
// they belong to. Every deck or card read goes through this filter.
import 'server-only';
import type { Prisma } from '../generated/prisma/client';

export function studyableDeckWhere(userId: string): Prisma.DeckWhereInput {
  return {
    OR: [
      { visibility: 'public' },
      { ownerId: userId },
      { assignments: { some: { class: { members: { some: { userId } } } } } },
    ],
  };
}
