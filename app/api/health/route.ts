// Liveness and readiness for operators and load balancers: 503 while the database is away.
import { checkHealth } from '@/server/health/check-health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
