/**
 * The repository explains itself: no file sends the reader to a document it
 * does not contain, a migration that replaces a function says again what the
 * function is (so the comment a reader finds matches the body), and what is
 * generated for reading is never read back by the Supabase CLI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_DIR } from '../src/tooling/current-schema.ts';
import { migrationFiles } from '../src/tooling/reset.ts';
import { ROOT } from '../src/tooling/shell.ts';

/**
 * Migrations are never edited once they have landed, and these few still name
 * the documents the project started from in their SQL comments. What those
 * comments point at is said in the README's design section and in the
 * objects' own comments (supabase/current-schema/).
 */
const LANDED_WITH_OUTSIDE_REFERENCES = [
  '20261122000600_calls.sql',
  '20261122000700_call_metadata.sql',
  '20261122000800_voice_settings.sql',
  '20261122001000_business_hours.sql',
  '20261122001100_calls_archive.sql',
  '20261122001200_daily_call_stats.sql',
  '20261122001400_phone_performance_summary.sql',
  '20261122001500_calls_ai_confidence.sql',
];

/** Replaced functions whose comment a later migration restated (the replacing one had landed without). */
const COMMENT_RESTATED_LATER = ['20261122001700_policy_helpers_plpgsql.sql'];

/** The project's founding documents and its issue tracker, as they were cited before. */
const OUTSIDE_REFERENCE = /\bseed 0\d\d\b|DESIGN\.md|\bnotes? of the [a-z ]*issue\b|\bissue #?\d+\b/i;

function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\0').filter((f) => f && existsSync(path.join(ROOT, f)) && /\.(ts|sql|md|toml|json|svg)$|^\.ci\//.test(f) && f !== 'package-lock.json');
}

describe('the repository', () => {
  it('cites no document it does not contain', () => {
    const offenders = repositoryFiles()
      .filter((f) => !LANDED_WITH_OUTSIDE_REFERENCES.includes(path.basename(f)) && f !== 'tests/repository.test.ts')
      .flatMap((f) => readFileSync(path.join(ROOT, f), 'utf8').split('\n')
        .map((line, i) => (OUTSIDE_REFERENCE.test(line) ? `${f}:${i + 1}: ${line.trim()}` : null))
        .filter((x): x is string => x !== null));
    expect(offenders).toEqual([]);
  });

  it('gives the Supabase CLI no generated file as input', () => {
    // `supabase db diff` and `db schema declarative sync` read supabase/schemas (or the configured
    // declarative path); `db reset` and `start` apply [db.migrations] schema_paths. The generated
    // supabase/current-schema/ must be none of those, or a CLI command would take it as the schema.
    const toml = readFileSync(path.join(ROOT, 'supabase/config.toml'), 'utf8');
    expect(/^\s*schema_paths\s*=\s*\[\s*\]/m.test(toml)).toBe(true);
    expect(/^\s*declarative_schema_path\s*=/m.test(toml)).toBe(false);
    expect(CURRENT_SCHEMA_DIR).not.toMatch(/^supabase\/(schemas|database)$/);
    expect(existsSync(path.join(ROOT, 'supabase/schemas')) || existsSync(path.join(ROOT, 'supabase/database'))).toBe(false);
  });

  it('restates the comment of a function in the migration that replaces it', () => {
    const created = new Set<string>();
    const offenders: string[] = [];
    for (const f of migrationFiles()) {
      const sql = readFileSync(path.join(ROOT, 'supabase/migrations', f), 'utf8').replace(/--.*$/gm, '');
      for (const m of sql.matchAll(/create\s+(?:or\s+replace\s+)?function\s+([\w.]+)\s*\(/gi)) {
        const name = m[1]!.toLowerCase();
        const commented = new RegExp(`comment\\s+on\\s+function\\s+${name.replace('.', '\\.')}\\s*\\(`, 'i').test(sql);
        if (created.has(name) && !commented && !COMMENT_RESTATED_LATER.includes(f)) offenders.push(`${f}: ${name}`);
        created.add(name);
      }
    }
    expect(offenders).toEqual([]);
  });
});
