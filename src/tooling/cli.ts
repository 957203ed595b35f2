/**
 * Entry point of the project's npm scripts:
 *   start | stop | status   the local Supabase-compatible Postgres
 *   reset                   recreate the database, migrate, seed, regenerate types
 *   types                   regenerate types/ from the current database
 *   backup | restore        a backup of the database that restores every guarantee
 *   privileges              the API roles' privileges against the migrations
 *   rollback --to <version> run the downs of the migrations newer than <version>
 *   test                    every check the project has, with a summary
 *   inspect                 Supabase's `inspect db` reports, then the health check
 *   health                  the health check's thresholds; exit 1 on a breach
 */
import { ToolError } from './shell.ts';
import * as stack from './stack.ts';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start': {
      await stack.start();
      const s = await stack.status();
      console.log(`database running at ${stack.redact(s.url)}${s.pid ? ` (pid ${s.pid})` : ''}`);
      return 0;
    }
    case 'stop': {
      const stopped = await stack.stop();
      console.log(stopped ? 'local database stopped' : 'local database was not running');
      return 0;
    }
    case 'status': {
      const s = await stack.status();
      console.log(`${s.running ? 'running' : 'stopped'}: ${stack.redact(s.url)}${s.pid ? ` (pid ${s.pid})` : ''}${s.external ? ' [SUPABASE_DB_URL]' : ''}`);
      if (s.dataDir) console.log(`data directory: ${s.dataDir}`);
      return s.running ? 0 : 1;
    }
    case 'reset': {
      const { reset } = await import('./reset.ts');
      await reset();
      return 0;
    }
    case 'types': {
      const { generateTypes } = await import('./types.ts');
      await generateTypes();
      return 0;
    }
    case 'backup': {
      const { backupCli } = await import('./backup.ts');
      return backupCli(rest);
    }
    case 'restore': {
      const { restoreCli } = await import('./backup.ts');
      return restoreCli(rest);
    }
    case 'privileges': {
      const { privilegesCli } = await import('./privileges.ts');
      return privilegesCli();
    }
    case 'inspect': {
      const { runInspect } = await import('./inspect.ts');
      return runInspect(rest);
    }
    case 'health': {
      const { runHealth } = await import('./health.ts');
      return runHealth(rest);
    }
    case 'rollback': {
      const { parseRollbackArgs, rollback } = await import('./rollback.ts');
      const opts = parseRollbackArgs(rest);
      await stack.start();
      await rollback(opts);
      return 0;
    }
    case 'test': {
      const { runTests } = await import('./checks.ts');
      return runTests(rest);
    }
    default:
      console.error(`unknown command: ${command ?? '(none)'}\nusage: cli.ts start|stop|status|reset|types|backup|restore|privileges|rollback|test|inspect|health`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof ToolError) {
      console.error(`error: ${e.message}`);
    } else {
      console.error(e);
    }
    process.exit(1);
  },
);
