// Liveness for operators and load balancers.
export function GET() {
  return Response.json({ ok: true });
}
