/**
 * A benchmark report from scratch:
 *
 *   npm run bench:report -- --calls 1000000 --phones 1000 --out src/bench/reports/1m
 *
 * Times `db:reset`, generates the data (bench:seed), runs the benchmark and
 * writes OUT.md and OUT.svg. Destroys the local database's contents (db:reset).
 */
import { run, ROOT, fail } from '../tooling/shell.ts';
import { option, runMain } from './harness.ts';

async function npm(script: string, args: string[]): Promise<number> {
  const t0 = performance.now();
  const r = await run('npm', ['run', '--silent', script, '--', ...args], { echo: true, cwd: ROOT });
  if (r.code !== 0) fail(`npm run ${script} failed (exit ${r.code})`);
  return performance.now() - t0;
}

runMain(async (args) => {
  const calls = option(args, 'calls', 1_000_000);
  const phones = option(args, 'phones', 1000);
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1] ?? fail('--out needs a path') : fail('--out PATH is required');
  const resetMs = await npm('db:reset', []);
  await npm('bench:seed', ['--calls', String(calls), '--phones', String(phones)]);
  await npm('bench', ['--report', out, '--reset-ms', String(Math.round(resetMs))]);
});
