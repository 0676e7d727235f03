// GET a teacher's deck as CSV. Others' decks and learners get 404.
import { getCurrentUser } from '@/server/auth/current-user';
import { exportCsv } from '@/server/teach/export-csv';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ deckId: string }> }) {
  const user = await getCurrentUser(request.headers);
  const { deckId } = await params;
  const r = await exportCsv(user ? { id: user.id, role: user.role } : null, deckId);
  if (!r.ok) return new Response('Not found', { status: 404 });
  const name = `${r.value.title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim() || 'deck'}.csv`;
  return new Response(r.value.csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="deck.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'no-store',
    },
  });
}
