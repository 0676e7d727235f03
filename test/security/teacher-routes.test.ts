// Finding 8: the class progress page, the student page and students.csv are the class
// teacher's while they are a teacher; in the learner role they are 404 like any other
// teacher page.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { cookieHeader, db, send, servers, signIn, signUp } from './helpers';

it('finding 8: teacher routes refuse a former teacher now in the learner role', async () => {
  const teacher = await signUp({ role: 'teacher', prefix: 'teacher' });
  const student = await signUp({ prefix: 'student' });
  const classId = randomUUID();
  const now = new Date().toISOString().replace('Z', '+00:00');
  db().prepare(`INSERT INTO Class (id, teacherId, name, joinCode, createdAt, updatedAt) VALUES (?, ?, 'Класс', ?, ?, ?)`).run(classId, teacher.id, randomUUID().slice(0, 10).toUpperCase(), now, now);
  db().prepare(`INSERT INTO ClassMember (classId, userId, joinedAt) VALUES (?, ?, ?)`).run(classId, student.id, now);
  const routes = [`/en/teach/classes/${classId}/progress`, `/en/teach/classes/${classId}/students/${student.id}`, `/en/teach/classes/${classId}/progress/students.csv`];

  for (const route of routes) {
    const res = await send(servers.a, route, { headers: { cookie: teacher.cookie } });
    expect(res.status, route).toBe(200);
  }
  expect((await send(servers.a, routes[2]!, { headers: { cookie: teacher.cookie } })).text).toContain(student.email);

  db().prepare(`UPDATE user SET role = 'learner' WHERE id = ?`).run(teacher.id);
  // A fresh session, so that only the role check is under test here (finding 7 covers old ones).
  const again = await signIn(servers.b, teacher.email, teacher.password, { 'x-forwarded-for': '10.200.0.8' });
  expect(again.status).toBe(200);
  const cookie = cookieHeader(again.cookies);
  for (const route of routes) {
    const res = await send(servers.a, route, { headers: { cookie } });
    expect(res.status, route).toBe(404);
    expect(res.text).not.toContain(student.email);
  }
});
