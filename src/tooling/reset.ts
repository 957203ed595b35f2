/**
 * `npm run db:reset` — the main job: a database exactly as `supabase db push`
 * leaves a new Supabase project, plus the seed, freshly generated types and
 * the current schema, one file per object, and its documentation.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, bin, fail, info, run, seconds, step } from './shell.ts';
import * as stack from './stack.ts';
import { generateTypes } from './types.ts';
import { CURRENT_SCHEMA_DIR, generateCurrentSchema } from './current-schema.ts';
import { DOCS_DIR, generateSchemaDocs } from './schema-docs.ts';

export function migrationFiles(): string[] {
  return readdirSync(path.join(ROOT, 'supabase/migrations'))
    .filter((f) => f.endsWith('.sql'))
    .sort();
}

/** `supabase db push` against our database; on failure, the CLI's own error (with the statement) is the message. */
export async function push(opts: { seed: boolean; url?: string; workdir?: string }): Promise<string[]> {
  const args = ['db', 'push', `--remote=${opts.url ?? stack.databaseUrl()}`, '--yes'];
  if (opts.seed) args.push('--include-seed');
  if (opts.workdir) args.push('--workdir', opts.workdir);
  const res = await run(bin('supabase'), args);
  const out = `${res.stdout}${res.stderr}`;
  if (res.code !== 0) {
    fail(`supabase db push failed (exit ${res.code}):\n${indent(out.replace(/^.*nodedir.*\n/gm, ''))}`);
  }
  return [...out.matchAll(/Applying migration (\S+)\.\.\./g)].map((m) => m[1]!);
}

/**
 * `supabase db push` of `files` (names in supabase/migrations) and no others:
 * a workdir with config.toml and those files only, so the CLI applies exactly
 * the pending ones among them and records them.
 */
export async function pushFiles(url: string, files: readonly string[]): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'replytics-push-'));
  try {
    mkdirSync(path.join(dir, 'supabase/migrations'), { recursive: true });
    copyFileSync(path.join(ROOT, 'supabase/config.toml'), path.join(dir, 'supabase/config.toml'));
    for (const f of files) {
      symlinkSync(path.join(ROOT, 'supabase/migrations', f), path.join(dir, 'supabase/migrations', f));
    }
    return await push({ seed: false, url, workdir: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `supabase db push` of the migrations up to and including `version` (14 digits). */
export function pushThrough(url: string, version: string): Promise<string[]> {
  return pushFiles(url, migrationFiles().filter((f) => f.slice(0, 14) <= version));
}

function indent(text: string): string {
  return text.trim().split('\n').map((l) => `    ${l}`).join('\n');
}

export type Summary = { migrations: number; tables: Record<string, number>; policies: number; users: number };

export async function summarize(): Promise<Summary> {
  return stack.withClient(stack.databaseUrl(), async (c) => {
    const m = await c.query<{ n: number }>(
      `select count(*)::int as n from supabase_migrations.schema_migrations`,
    );
    const t = await c.query<{ schema: string; n: number }>(
      `select n.nspname as schema, count(*)::int as n
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'm') and n.nspname in ('public', 'private')
        group by n.nspname order by n.nspname`,
    );
    const p = await c.query<{ n: number }>(
      `select count(*)::int as n from pg_policies where schemaname in ('public', 'private')`,
    );
    const u = await c.query<{ n: number }>(`select count(*)::int as n from auth.users`);
    return {
      migrations: m.rows[0]!.n,
      tables: Object.fromEntries(t.rows.map((r) => [r.schema, r.n])),
      policies: p.rows[0]!.n,
      users: u.rows[0]!.n,
    };
  });
}

export async function reset(): Promise<Summary> {
  const t0 = performance.now();
  await step('local stack', () => stack.start(), () => stack.redact(stack.databaseUrl()));
  if (stack.isExternal()) {
    info('SUPABASE_DB_URL is set: nothing is dropped; pending migrations and the seed are pushed.');
    info('For a clean slate on a `supabase start` stack, run `npx supabase db reset` first.');
  } else {
    await step('recreate database', () => stack.recreateDatabase(), () => 'Supabase baseline applied');
  }
  await step('migrations (supabase db push)', () => push({ seed: false }), (applied) => {
    return `${applied.length} applied, ${migrationFiles().length} in supabase/migrations`;
  });
  await step('seed (supabase/seed.sql)', () => push({ seed: true }));
  await step('types', () => generateTypes(), (files) => files.join(', '));
  await step(`current schema (${CURRENT_SCHEMA_DIR})`, () => generateCurrentSchema(), (n) => `${n} files`);
  await step(`schema docs (${DOCS_DIR})`, () => generateSchemaDocs(), (files) => files.join(', '));
  const s = await summarize();
  const tables = Object.entries(s.tables).map(([k, v]) => `${v} ${k}`).join(', ') || 'none';
  console.log(
    `\ndb:reset done in ${seconds(performance.now() - t0)}: ${s.migrations} migrations, tables ${tables}, ` +
      `${s.policies} policies, ${s.users} seeded users`,
  );
  return s;
}
