/**
 * What keeping daily_call_stats and the caller directory current, and every
 * other trigger, costs the webhook flow (see webhook-flow.ts), and what a hot
 * caller costs: 16 writers on one phone, every call from one number or each
 * writer's from its own.
 *
 *   npm run bench:ingest -- [--flows 1800] [--rounds 6] [--chunks 20] [--workers 16] [--hot-flows 60] [--async-commit]
 *
 * Each commit waits for its WAL flush, which on a shared disk is most of a
 * statement's time and most of its noise; --async-commit sets
 * synchronous_commit = off for the benchmark's sessions, leaving the CPU cost
 * the triggers add. The server-side run leaves out round trips as well (a
 * procedure runs the flow, committing each statement). Also times a recomputation of the statistics from
 * scratch: what a periodic job would pay instead of the triggers.
 */
import pg from 'pg';
import { benchUrl, connectBench, option, runMain } from './harness.ts';
import {
  callerContentionTable, ingestionTable, measureCallerContention, measureIngestion, measureServerSide, serverSideTable,
} from './webhook-flow.ts';

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
    const server = await measureServerSide(db, { callsPerChunk: 100, chunks: option(args, 'chunks', 20) });
    console.log('');
    for (const line of serverSideTable(server)) console.log(line);
    const hot = await measureCallerContention(db, {
      workers: option(args, 'workers', 16),
      flowsPerWorker: option(args, 'hot-flows', 60),
      connect: async () => {
        const c = new pg.Client({ connectionString: benchUrl() });
        await c.connect();
        if (asyncCommit) await c.query('set synchronous_commit = off');
        return c;
      },
    });
    console.log('');
    for (const line of callerContentionTable(hot)) console.log(line);
  } finally {
    await db.end();
  }
});
