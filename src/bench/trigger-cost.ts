/**
 * What keeping daily_call_stats current, and every other trigger, costs the
 * webhook flow (see webhook-flow.ts).
 *
 *   npm run bench:ingest -- [--flows 1800] [--rounds 6] [--async-commit]
 *
 * Each commit waits for its WAL flush, which on a shared disk is most of a
 * statement's time and most of its noise; --async-commit sets
 * synchronous_commit = off for the benchmark's session, leaving the CPU cost
 * the triggers add. Also times a recomputation of the statistics from
 * scratch: what a periodic job would pay instead of the triggers.
 */
import { connectBench, option, runMain } from './harness.ts';
import { ingestionTable, measureIngestion } from './webhook-flow.ts';

runMain(async (args) => {
  const flows = option(args, 'flows', 1800);
  const rounds = option(args, 'rounds', 6);
  const asyncCommit = args.includes('--async-commit');
  const db = await connectBench();
  try {
    if (asyncCommit) await db.query('set synchronous_commit = off');
    const r = await measureIngestion(db, { flows, rounds, onRound: (n) => process.stdout.write(`\r  round ${n}/${rounds}`) });
    process.stdout.write('\n');
    console.log(`\n${r.flowsPerRound} call flows per round (4 statements each), median of ${r.rounds} rounds,` +
      ` synchronous_commit ${asyncCommit ? 'off' : 'on'}:\n`);
    for (const line of ingestionTable(r)) console.log(line);
    console.log(`\nrecomputing the statistics from scratch: ${r.rebuildUsPerCall.toFixed(1)} µs per call`);
  } finally {
    await db.end();
  }
});
