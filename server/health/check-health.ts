import 'server-only';
import { store } from '../store';

export async function checkHealth(): Promise<{ ok: boolean; database: 'up' | 'down' }> {
  try {
    await store().ping();
    return { ok: true, database: 'up' };
  } catch {
    return { ok: false, database: 'down' };
  }
}
