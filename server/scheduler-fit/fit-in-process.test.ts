// The optimiser on a realistic review log: a learner whose memory follows FSRS with
// parameters unlike the defaults (lib/srs simulateReviewLog, seeded), scheduled by the app
// with the defaults for a few thousand reviews. Fitted in a process of its own as the app does,
// the parameters must predict the held-back (latest) reviews better than the defaults.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { shouldAdopt, simulateReviewLog } from '@/lib/srs';
import { fitInProcess, fitLauncher, fitLauncherPid } from './fit-in-process';

// the fields of /proc/PID/stat after the command's name: [0] state, [1] parent pid, … [38] policy
const stat = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');

describe('fitting a learner whose memory is not the default', () => {
  it('lowers the log loss on held-back reviews', async () => {
    const log = simulateReviewLog({ reviews: 4000, seed: 16, start: new Date('2026-01-05T00:00:00Z') });
    const policies: number[] = [];
    // Linux's scheduling policy of the fit's process (field 41 of /proc/PID/stat; 5 is SCHED_IDLE),
    // read as soon as chrt has handed over to node (chrt sets the policy, then execs node in the
    // same process): a short fit may be over in less than 300 ms
    const policy = (pid: number) => Number(stat(pid)[38]);
    let watch: ReturnType<typeof setInterval> | undefined;
    let parent = 0;
    const result = await fitInProcess({ log, timeZone: 'UTC', dayStartHour: 0, compare: [[...default_w]] }, {
      onStart: (pid) => {
        parent = Number(stat(pid)[1]);
        watch = setInterval(() => {
          try {
            if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'node') return;
            policies.push(policy(pid));
          } catch {
            // the process is gone: nothing was read
          }
          clearInterval(watch);
        }, 2);
      },
    });
    clearInterval(watch);
    expect(policies).toEqual([5]);
    // started by the launcher, not by this process: a fork here would copy this process's page tables on its event loop
    expect(parent).toBe(fitLauncherPid());
    expect(parent).not.toBe(process.pid);
    expect(result.peakRssMb).toBeGreaterThan(20);
    expect(result.trainItems).toBeGreaterThan(1000);
    const fit = result.fit!;
    const defaults = fit.compared[0]!;
    expect(fit.weights).toHaveLength(21);
    expect(fit.fitted.logLoss).toBeLessThan(defaults.logLoss);
    expect(shouldAdopt({ before: defaults, defaults, after: fit.fitted })).toBe(true);
    console.log(`held-back log loss ${defaults.logLoss.toFixed(4)} → ${fit.fitted.logLoss.toFixed(4)}, RMSE ${defaults.rmse.toFixed(4)} → ${fit.fitted.rmse.toFixed(4)}`);
  }, 60_000);

  it('starts the fit in the idle class, else at the lowest nice value, else as is', () => {
    expect(fitLauncher(() => true).args.slice(0, 2)).toEqual(['--idle', '0']);
    expect(fitLauncher((f) => f === '/usr/bin/nice')).toEqual({ command: '/usr/bin/nice', args: ['-n', '19', process.execPath] });
    expect(fitLauncher(() => false)).toEqual({ command: process.execPath, args: [] });
  });

  it('fits nothing on a log too short to judge', async () => {
    const log = simulateReviewLog({ reviews: 60, seed: 3, start: new Date('2026-01-05T00:00:00Z') });
    const result = await fitInProcess({ log, timeZone: 'UTC', dayStartHour: 0, compare: [] });
    expect(result.fit).toBeNull();
  }, 60_000);

  it('fails the fit under way when the launcher dies, ends its process, and starts a new launcher for the next fit', async () => {
    const log = simulateReviewLog({ reviews: 20_000, seed: 5, start: new Date('2026-01-05T00:00:00Z') });
    const killed = fitLauncherPid();
    let fitPid = 0;
    const failed = fitInProcess({ log, timeZone: 'UTC', dayStartHour: 0, compare: [] }, {
      onStart: (pid) => {
        fitPid = pid;
        process.kill(fitLauncherPid()!, 'SIGKILL');
      },
    });
    await expect(failed).rejects.toThrow(/fit launcher exited \(SIGKILL\)/);
    expect(fitLauncherPid()).toBeUndefined();
    // the fit's process sees its channel close and exits
    const until = Date.now() + 10_000;
    while (existsSync(`/proc/${fitPid}`) && stat(fitPid)[0] !== 'Z' && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(`/proc/${fitPid}`) && stat(fitPid)[0] !== 'Z').toBe(false);
    const next = await fitInProcess({ log: simulateReviewLog({ reviews: 60, seed: 3, start: new Date('2026-01-05T00:00:00Z') }), timeZone: 'UTC', dayStartHour: 0, compare: [] });
    expect(next.fit).toBeNull();
    expect(fitLauncherPid()).toBeGreaterThan(0);
    expect(fitLauncherPid()).not.toBe(killed);
  }, 60_000);
});
