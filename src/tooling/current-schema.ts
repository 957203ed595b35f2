/**
 * supabase/current-schema/: the schema as it is after every migration, one file
 * per object (a table with its columns, constraints, indexes, triggers,
 * policies, grants and comments; a function; a view), written by the Supabase
 * CLI's own exporter, `supabase db schema declarative generate`. It is for
 * reading: the migrations stay the source of truth, and `db:reset` rewrites
 * this folder, which `npm test` checks like types/.
 *
 * Why not supabase/schemas/, where the CLI writes by default: that folder, and
 * supabase/database/ in newer CLIs, is the CLI's declarative schema. With
 * pg-delta enabled (config.toml), `supabase db diff` on a `supabase start`
 * stack compares the local database with those files instead of with the
 * migrations, and `supabase db schema declarative sync`
 * turns them into a migration. A generated copy there would be read as input.
 * No CLI command reads supabase/current-schema/.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, bin, fail, run } from './shell.ts';
import { databaseUrl } from './stack.ts';

export const CURRENT_SCHEMA_DIR = 'supabase/current-schema';

/**
 * The schemas the migrations own. Listed, not discovered, so that the pgTAP
 * helpers' `tests` schema and Supabase's own schemas stay out; a catalog test
 * fails for a schema that is in none of those lists.
 */
export const PROJECT_SCHEMAS = ['public', 'private'] as const;

/** What supabase/tests installs and leaves installed: its helpers' schema and pgTAP itself. */
export const TEST_ONLY = { schemas: ['tests'], extensions: ['pgtap'] } as const;

/** The exporter's manifest: every file it wrote, and the order to load them in. */
const MANIFEST = '.pgdelta-export.json';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Exports the database at `url` into a new temporary folder and returns it (the caller removes it). */
async function exportSchema(url: string): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'replytics-current-schema-'));
  const res = await run(bin('supabase'), [
    'db', 'schema', 'declarative', 'generate', `--remote=${url}`, '--output-dir', out,
    '--schema', PROJECT_SCHEMAS.join(','), '--overwrite', '--yes',
  ]);
  if (res.code !== 0) {
    rmSync(out, { recursive: true, force: true });
    fail(`supabase db schema declarative generate failed (exit ${res.code}):\n${res.stdout}${res.stderr}`);
  }
  keepProjectObjects(out);
  return out;
}

/**
 * The CLI (3.1) exports every schema whatever `--schema` says, so what is not
 * the project's is removed here: other schemas' folders and the test-only
 * extensions, from the folder and from the manifest.
 */
function keepProjectObjects(out: string): void {
  const foreign = (f: string) => {
    const [top, sub, name] = f.split('/');
    if (top === '_cluster') return sub === 'extensions' && (TEST_ONLY.extensions as readonly string[]).includes(name!.replace(/\.sql$/, ''));
    return !(PROJECT_SCHEMAS as readonly string[]).includes(top!);
  };
  for (const f of filesUnder(out).filter((f) => f !== MANIFEST && foreign(f))) rmSync(path.join(out, f));
  for (const e of readdirSync(out, { withFileTypes: true })) {
    if (e.isDirectory() && filesUnder(path.join(out, e.name)).length === 0) rmSync(path.join(out, e.name), { recursive: true });
  }
  const manifestPath = path.join(out, MANIFEST);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: string[]; loadOrder: string[] };
  manifest.files = manifest.files.filter((f) => !foreign(f));
  manifest.loadOrder = manifest.loadOrder.filter((f) => !foreign(f));
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Rewrites supabase/current-schema/ from the database; returns the number of files. */
export async function generateCurrentSchema(url = databaseUrl()): Promise<number> {
  const out = await exportSchema(url);
  try {
    const target = path.join(ROOT, CURRENT_SCHEMA_DIR);
    rmSync(target, { recursive: true, force: true });
    cpSync(out, target, { recursive: true });
    return filesUnder(target).length;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Files of supabase/current-schema/ that are missing, extra or different from what the database exports. */
export async function currentSchemaDrift(url = databaseUrl()): Promise<string[]> {
  const out = await exportSchema(url);
  try {
    const target = path.join(ROOT, CURRENT_SCHEMA_DIR);
    const want = filesUnder(out);
    const have = filesUnder(target);
    const drifted = [
      ...want.filter((f) => !have.includes(f)).map((f) => `${f} (missing)`),
      ...have.filter((f) => !want.includes(f)).map((f) => `${f} (no longer in the schema)`),
      ...want.filter((f) => have.includes(f) &&
        readFileSync(path.join(out, f), 'utf8') !== readFileSync(path.join(target, f), 'utf8')).map((f) => `${f} (differs)`),
    ];
    return drifted.sort();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
