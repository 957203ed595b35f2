/**
 * Classes of malformed values, and of well-formed values at the edges, for
 * tests/malformed-values.test.ts: what a column may be sent, derived from its
 * type and name, never from the rules that guard it (a rule that goes away
 * must leave its values here to be accepted, and fail the suite).
 *
 *   text        over-long, blank (Unicode's White_Space and
 *               Default_Ignorable_Code_Point, the empty string included),
 *               padded, control characters (line breaks too, except in prose)
 *   names       by name: *_url an https URL, timezone an IANA zone (another
 *               case is a spelling: stored canonical), prose (transcript,
 *               summary, message, ...) may span lines, verbatim texts
 *               (transcript, summary, a turn's content) keep their outer
 *               whitespace
 *   times       infinite, before 2020 or from 2100 on (the
 *               project's fixed bounds), earlier than what comes before in a
 *               lifecycle (created < started < answered < ended)
 *   time of day not whole minutes; 24:00 as an opening
 *   integer lists
 *               an element out of range (a weekday over 6), twice, null,
 *               too many, several dimensions; an empty set of weekdays
 *   numbers     negative, huge (durations over a day in seconds, *_ms over a
 *               day in milliseconds, weekdays over 6), NaN
 *   JSON        too large, nested too deep, not an object
 *   tags        too many, too long, twice, null, blank, not lowercase slugs,
 *               several dimensions
 *   enum lists  a label twice, null, several dimensions
 *
 * Limits read from a column's constraints (its length, depth, range) only
 * sharpen the values: the over-long text is also one character over the limit
 * when there is one, and the well-formed values sit exactly on it.
 */
import fc from 'fast-check';

/** What a generated value is sent as, how a failure message shows it, and what must be stored when it is accepted. */
export type Value = { sql: unknown; shown: string; stored?: string };

export type ValueClass = {
  name: string;
  /** Well-formed values must be accepted; the others refused by a rule of the column. */
  wellFormed: boolean;
  arbitrary: fc.Arbitrary<Value>;
  /** Generated values to try after the examples. */
  runs: number;
  examples: Value[];
};

/** What a column's constraints say about its bounds (nothing when a rule is missing). */
export type Limits = {
  maxChars?: number;
  maxOctets?: number;
  maxDepth?: number;
  maxElements?: number;
  maxElementChars?: number;
  /** Inclusive numeric bounds. */
  min?: string;
  max?: string;
  /** Time bounds: from <= value < before. */
  from?: string;
  before?: string;
};

export type ColumnShape = {
  column: string;
  /** pg_type.typname: text, int4, numeric, timestamptz, date, time, jsonb, _text, bool, uuid, an enum's name... */
  typname: string;
  /** pg_type.typtype: 'e' for enums. */
  typtype: string;
  /** pg_attribute.atttypmod (numeric precision and scale). */
  typmod: number;
  /** For an array of an enum, the enum's labels. */
  labels?: string[];
  limits: Limits;
};

/** Where the value goes: what the row already holds or will hold. */
export type WriteContext = {
  /** A value of the column the database accepted (the row's own), to pad and break. */
  sample: string | null;
  /** Columns that come earlier in the row's lifecycle and their values in this row. */
  earlier: Array<{ column: string; value: string }>;
  /** Columns that come later in the row's lifecycle and are set in this row. */
  later: string[];
  /** Time zone names the server knows (pg_timezone_names), in their canonical spelling. */
  zones: readonly string[];
  /**
   * Where the column's constraints order it against other columns of the row
   * (window_end > window_start): the operator and the other column's value in
   * this row. Well-formed values are placed on the right side of each.
   */
  ordered?: Array<{ op: '<' | '<=' | '>' | '>='; value: string }>;
};

// Characters ------------------------------------------------------------------------

/** Code points (no NUL, no surrogates) matching a Unicode property class, as contiguous ranges. */
function ranges(property: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let cp = 1; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (!property.test(String.fromCodePoint(cp))) continue;
    const last = out.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out;
}

/** A character of one of the ranges, each range as likely as any other (a few thousand tag characters would crowd out the spaces). */
function charOf(rs: Array<[number, number]>): fc.Arbitrary<string> {
  return fc
    .constantFrom(...rs)
    .chain(([from, to]) => fc.integer({ min: from, max: to }))
    .map((cp) => String.fromCodePoint(cp));
}

/** What Unicode calls white space or ignores when it draws text: a name of only these is blank. */
export const BLANK = ranges(/^[\p{White_Space}\p{Default_Ignorable_Code_Point}]$/u);
/**
 * Blank characters that pad a name at either end. Variation selectors and tag
 * characters end emoji sequences ("☕️", a subdivision flag), so they may end a
 * name; alone they are still blank.
 */
export const PADDING = ranges(/^(?![\p{Variation_Selector}\u{E0020}-\u{E007F}])[\p{White_Space}\p{Default_Ignorable_Code_Point}]$/u);
/** Control characters and line or paragraph separators: never in a one-line name. */
export const LINE_BREAKING = ranges(/^[\p{Cc}\p{Zl}\p{Zp}]$/u);
/** Control characters other than tab, line feed and carriage return: never in prose either. */
export const CONTROL = ranges(/^(?![\t\n\r])\p{Cc}$/u);

/** Visible characters of several scripts, one outside the Basic Multilingual Plane. */
const VISIBLE = ['a', 'Z', '7', 'é', 'ß', 'Ж', 'ع', '東', 'ü', '😀', '&', '.'];
const visibleChar = fc.constantFrom(...VISIBLE);
const SLUG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-_';

/** n code points cycling through `unit`. */
function fill(unit: readonly string[], n: number): string {
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = unit[i % unit.length] ?? 'a';
  return out.join('');
}

const codePoints = (s: string) => [...s].length;

function abbreviated(s: string): string {
  const escaped = JSON.stringify(s);
  return escaped.length <= 80 ? escaped : `${escaped.slice(0, 60)}…(${codePoints(s)} chars)`;
}

/** A value that fast-check and failure messages show by its short form, not its megabytes. */
export function value(sql: unknown, shown: string, stored?: string): Value {
  const v: Value = stored === undefined ? { sql, shown } : { sql, shown, stored };
  Object.defineProperty(v, fc.toStringMethod, { value: () => shown, enumerable: false });
  return v;
}

const text = (s: string, stored?: string): Value => value(s, abbreviated(s), stored);

// Names ----------------------------------------------------------------------------

export const isUrl = (c: string) => /(^|_)(url|uri|href|link)$/.test(c);
export const isTimezone = (c: string) => /(^|_)(timezone|time_zone|tz)$/.test(c);
/** Free text written by people or the receptionist: may span lines. */
export const isProse = (c: string) => /(^|_)(transcript|summary|message|greeting|description|notes?|body|content|instructions)$/.test(c);
/** Prose stored as it was produced, outer whitespace included. */
export const isVerbatim = (c: string) => /(^|_)(transcript|summary|content)$/.test(c);
/** Free single-line text: any visible characters make a well-formed one. */
export const isName = (c: string) => /(^|_)(name|reason|label|title)$/.test(c);
export const isTags = (c: string) => /(^|_)(tags|labels)$/.test(c);
const isDuration = (c: string) => /(^|_)(duration|seconds|secs)$/.test(c);
/** A span in milliseconds (offset_ms): at most a day, like a duration in seconds. */
const isMilliseconds = (c: string) => /(^|_)(ms|millis|milliseconds)$/.test(c);
const isWeekday = (c: string) => /(^|_)(day_of_week|dow|weekday)$/.test(c);
/** A time of day that may be the end of a day (24:00): closes_at, window_end. */
const isClosing = (c: string) => /(^|_)(closes|ends|end|until)(_|$)/.test(c);
/** A list of weekdays (0 = Sunday ... 6 = Saturday): window_days, open_days. */
const isWeekdays = (c: string) => /(^|_)(days|weekdays|days_of_week)$/.test(c);

/**
 * Where a time column stands in its row's lifecycle, by name: created_at,
 * received_at < starts_on, started_at, claimed_at < answered_at, accepted_at,
 * heartbeat_at, processed_at, last_used_at < ended_at, ends_on, expires_at,
 * revoked_at, finished_at.
 * Columns named otherwise (updated_at) have no place.
 */
export function lifecycleRank(column: string): number | undefined {
  const stem = column.replace(/_(at|on)$/, '');
  if (stem === column) return undefined;
  if (/^(created|received)$/.test(stem)) return 0;
  if (/^(starts?|started|claimed)$/.test(stem)) return 1;
  if (/^(answered|accepted|heartbeat|processed|last_used)$/.test(stem)) return 2;
  if (/^(ends?|ended|expires|revoked|finished)$/.test(stem)) return 3;
  return undefined;
}

// Type families ------------------------------------------------------------------------

const INTEGERS: Record<string, { min: bigint; max: bigint; huge: bigint }> = {
  // "Huge": more than any count, priority or time the product keeps.
  int2: { min: -32768n, max: 32767n, huge: 1000n },
  int4: { min: -2147483648n, max: 2147483647n, huge: 1_000_001n },
  int8: { min: -9223372036854775808n, max: 9223372036854775807n, huge: 1_000_001n },
};
const isTimestamp = (t: string) => t === 'timestamptz' || t === 'timestamp';
const isText = (t: string) => t === 'text' || t === 'varchar' || t === 'bpchar' || t === 'citext';

/** The types whose input function refuses every malformed value: nothing to generate. */
export function typeIsTheRule(shape: Pick<ColumnShape, 'typname' | 'typtype'>): boolean {
  return shape.typtype === 'e' || shape.typname === 'bool' || shape.typname === 'uuid';
}

// Times --------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A timestamp or date as Postgres reads it, years before 1 as BC and past 9999 too. */
function timeText(t: { year: number; month: number; day: number; h: number; m: number; s: number; ms: number }, date: boolean): string {
  const bc = t.year <= 0;
  const year = bc ? 1 - t.year : t.year;
  const d = `${pad(year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  const stamp = date ? d : `${d} ${pad(t.h)}:${pad(t.m)}:${pad(t.s)}.${pad(t.ms, 3)}+00`;
  return bc ? `${stamp} BC` : stamp;
}

function timeIn(years: { min: number; max: number }, date: boolean): fc.Arbitrary<Value> {
  return fc
    .record({
      year: fc.integer(years),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      h: fc.integer({ min: 0, max: 23 }),
      m: fc.integer({ min: 0, max: 59 }),
      s: fc.integer({ min: 0, max: 59 }),
      ms: fc.integer({ min: 0, max: 999 }),
    })
    .map((t) => text(timeText(t, date)));
}

/** Milliseconds since the epoch of a timestamp or date text the database returned (ISO-like, +00). */
function epochMs(value: string): number {
  const iso = value.includes(' ') || value.includes('T') ? value.replace(' ', 'T').replace(/\+00(:00)?$/, 'Z') : `${value}T00:00:00Z`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`cannot read the time ${value}`);
  return ms;
}

const isoMs = (ms: number) => new Date(ms).toISOString();
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// The classes ---------------------------------------------------------------------------

function malformed(name: string, arbitrary: fc.Arbitrary<Value>, examples: Value[], runs = 3): ValueClass {
  return { name, wellFormed: false, arbitrary, examples, runs };
}
function wellFormed(name: string, arbitrary: fc.Arbitrary<Value>, examples: Value[], runs = 3): ValueClass {
  return { name, wellFormed: true, arbitrary, examples, runs };
}

function textClasses(shape: ColumnShape, ctx: WriteContext): ValueClass[] {
  const { column, limits } = shape;
  const prose = isProse(column);
  const core = ctx.sample !== null && ctx.sample.trim() !== '' ? ctx.sample : 'Acme';
  const prefix = isUrl(column) ? 'https://example.com/' : '';
  const classes: ValueClass[] = [];

  // Over-long: a limit's own edge when there is a limit, and far beyond any.
  const lengths = [
    ...(limits.maxChars !== undefined ? [fc.integer({ min: limits.maxChars + 1, max: limits.maxChars + 64 })] : []),
    fc.integer({ min: 100_001, max: 300_000 }),
  ];
  const overLong = (unit: string[], n: number) => text(prefix + fill(unit, Math.max(1, n - codePoints(prefix))));
  // A URL's characters in a URL, so that only its length is wrong.
  const unitChar = isUrl(column) ? fc.constantFrom('a', 'Z', '9', '-', '_', '~', '.') : visibleChar;
  classes.push(
    malformed(
      'over-long text',
      fc.tuple(fc.array(unitChar, { minLength: 1, maxLength: 6 }), fc.oneof(...lengths)).map(([unit, n]) => overLong(unit, n)),
      [
        ...(limits.maxChars !== undefined ? [overLong(['a'], limits.maxChars + 1)] : []),
        // Within any limit but for its trailing spaces: lengths measure what is stored.
        ...(limits.maxChars !== undefined ? [text(prefix + fill(['b'], Math.max(1, limits.maxChars - codePoints(prefix))) + ' '.repeat(100))] : []),
        overLong(['a', 'b'], 100_001),
        overLong(['w', 'o', 'r', 'd', ' '], 100_005),
      ],
    ),
  );

  classes.push(
    malformed(
      'blank text',
      fc.array(charOf(BLANK), { minLength: 0, maxLength: 16 }).map((cs) => text(cs.join(''))),
      ['', ' ', '\t\n', '\u00A0\u2003', '\u3000', '\u200B\uFEFF', '\u3164', '\u200E\u200F', '\u00AD\uFE0F\u{E0020}']
        .map((s) => text(s)),
    ),
  );

  if (!isVerbatim(column)) {
    const padding = fc.array(charOf(PADDING), { minLength: 0, maxLength: 4 }).map((cs) => cs.join(''));
    classes.push(
      malformed(
        'padded text',
        fc
          .tuple(padding, padding)
          .filter(([before, after]) => before !== '' || after !== '')
          .map(([before, after]) => text(before + core + after)),
        [text(' ' + core), text(core + ' '), text('\t' + core), text(core + '\n'), text('\u00A0' + core), text(core + '\u3000'),
          text('\uFEFF' + core), text(core + '\u200B'), text('\u200E' + core + '\u2060')],
      ),
    );
  }

  const breaking = prose ? CONTROL : LINE_BREAKING;
  const at = Math.max(1, Math.floor(codePoints(core) / 2));
  const split = (cs: string) => {
    const chars = [...core];
    return text([...chars.slice(0, at), cs, ...chars.slice(at)].join(''));
  };
  classes.push(
    malformed(
      prose ? 'control characters' : 'control characters or line breaks',
      fc.array(charOf(breaking), { minLength: 1, maxLength: 3 }).map((cs) => split(cs.join(''))),
      (prose ? ['\u0007', '\u001B[31m', '\u007F', '\u0085', '\u000B', '\u000C'] : ['\n', '\r\n', '\t', '\u0007', '\u2028', '\u0085', '\u001B']).map(split),
    ),
  );

  if (isUrl(column)) {
    const host = fc.constantFrom('recordings.example.com', 'example.com', 'a.b');
    const bad = fc.constantFrom(' ', '"', '<', '>', '\\', '^', '`', '{', '|', '}', '\n', '\t', '\u00A0', 'é', '%zz', '%2');
    classes.push(
      malformed(
        'not an https URL',
        fc.oneof(
          fc.tuple(fc.constantFrom('http://', 'ftp://', 'javascript:', 'data:text/html,', '//', 'https:/', 'https:', 'file:///', 'https//'), host)
            .map(([scheme, h]) => text(`${scheme}${h}/r.mp3`)),
          fc.tuple(host, bad, fc.constantFrom('', 'x', '<script>alert(1)</script>')).map(([h, b, tail]) => text(`https://${h}/r${b}${tail}.mp3`)),
          fc.tuple(fc.constantFrom('', '-a.com', 'a-.com', 'a..com', '.com', 'a_b.com', 'exa mple.com', ':443'), fc.constantFrom('', '/r.mp3'))
            .map(([h, path]) => text(`https://${h}${path}`)),
        ),
        [
          text('https://\n<script>alert(1)</script>'),
          text('javascript:alert(1)'),
          text('http://recordings.example.com/r.mp3'),
          text('https://recordings.example.com/a b.mp3'),
          text('https://recordings.example.com/"onmouseover="alert(1)'),
          text('https://'),
        ],
      ),
    );
    if (limits.maxChars !== undefined) {
      const max = limits.maxChars;
      const base = 'https://recordings.example.com:8443/r/';
      const tail = '?sig=a%20b&t=1#frag';
      classes.push(
        wellFormed(
          'https URL up to its length limit',
          fc.integer({ min: base.length + tail.length + 1, max }).map((n) => text(base + fill(['a', 'Z', '9', '-', '.', '_', '~'], n - base.length - tail.length) + tail)),
          [text(base + fill(['a'], max - base.length - tail.length) + tail), text('https://a.b'), text('https://recordings.example.com/r/CA1.mp3?x=(1)&y=it\'s;z=$*+,!@:')],
        ),
      );
    }
  }

  if (isTimezone(column)) {
    const known = new Set(ctx.zones.map((z) => z.toLowerCase()));
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz_'), minLength: 2, maxLength: 12 }).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
    classes.push(
      malformed(
        'not a time zone',
        fc.oneof(
          fc.tuple(word, word).map(([a, b]) => `${a}/${b}`),
          fc.constantFrom('EST', 'PST', 'CEST', 'IST', 'EST5EDT', 'CST6CDT', 'UTC+3', 'GMT+2', '+05:00', '-0800', 'Z', 'localtime', 'posixrules'),
          fc.constantFrom('America//New_York', 'America/New_York/', '/America/New_York', '../../etc/passwd', 'America/New York', 'America\\New_York', 'America/New_York.', 'Mars/Olympus_Mons'),
        )
          .filter((z) => !known.has(z.toLowerCase()))
          .map((z) => text(z)),
        [text('Mars/Olympus_Mons'), text('EST'), text('+05:00'), text('America/New York'), text('America/Atlantis'), text('UTC+3')],
      ),
    );
    // Area/Location names and UTC: the names the project stores.
    const stored = ctx.zones.filter((z) => z === 'UTC' || /^[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2}$/.test(z));
    if (stored.length > 0) {
      classes.push(
        wellFormed(
          'time zone, stored in its canonical spelling',
          fc.tuple(fc.constantFrom(...stored), fc.array(fc.boolean(), { minLength: 64, maxLength: 64 })).map(([zone, flips]) => {
            const spelled = [...zone].map((ch, i) => (flips[i] ? (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase()) : ch)).join('');
            return text(spelled, zone);
          }),
          [text('America/Chicago', 'America/Chicago'), text('america/new_york', 'America/New_York'), text('EUROPE/LONDON', 'Europe/London'), text('utc', 'UTC')],
        ),
      );
    }
  }

  if ((isName(column) || prose) && limits.maxChars !== undefined) {
    const max = limits.maxChars;
    const inner = prose ? ['\n', '\r', '\t', ' ', '\u00A0', '\u3000'] : [' ', '\u00A0', '\u3000', '\u2009'];
    const shaped = (n: number, unit: readonly string[]) => {
      const chars = [...fill(unit, n)];
      // Spaces and line breaks inside, never at either end.
      for (let i = 3; i < n - 1; i += 7) chars[i] = inner[i % inner.length] ?? ' ';
      return chars.join('');
    };
    classes.push(
      wellFormed(
        'text up to its length limit',
        fc.tuple(fc.integer({ min: 1, max }), fc.array(visibleChar, { minLength: 1, maxLength: 6 })).map(([n, unit]) => text(shaped(n, unit))),
        [text('x'), text(shaped(max, VISIBLE)), text(shaped(max, ['😀']))],
      ),
    );
  }
  return classes;
}

function integerClasses(shape: ColumnShape): ValueClass[] {
  const t = INTEGERS[shape.typname];
  if (!t) return [];
  const huge = isDuration(shape.column) ? 86_401n : isMilliseconds(shape.column) ? 86_400_001n : isWeekday(shape.column) ? 7n : t.huge;
  const n = (v: bigint): Value => value(v.toString(), v.toString());
  const classes = [
    malformed('negative number', fc.bigInt({ min: t.min, max: -1n }).map(n), [n(-1n), n(t.min)]),
    malformed(isDuration(shape.column) ? 'huge duration' : 'huge number', fc.bigInt({ min: huge, max: t.max }).map(n), [n(huge), n(t.max)]),
  ];
  if (shape.limits.min !== undefined && shape.limits.max !== undefined) {
    const min = BigInt(shape.limits.min);
    const max = BigInt(shape.limits.max);
    classes.push(wellFormed('number within its range', fc.bigInt({ min, max }).map(n), [n(min), n(max)]));
  }
  return classes;
}

function numericClasses(shape: ColumnShape): ValueClass[] {
  // numeric(p, s): typmod is ((p << 16) | s) + 4. With one, values are whole
  // units of 10^-s below 10^(p-s) (beyond, the type itself refuses them);
  // without one, any size.
  const constrained = shape.typmod >= 4;
  const scale = constrained ? (shape.typmod - 4) & 0xffff : 0;
  const precision = constrained ? (shape.typmod - 4) >> 16 : 0;
  const units = (k: number) => value((k / 10 ** scale).toFixed(scale), (k / 10 ** scale).toFixed(scale));
  const plain = (s: string) => value(s, s);
  const classes: ValueClass[] = [];
  if (constrained) {
    const top = 10 ** precision - 1;
    classes.push(
      malformed('negative number', fc.integer({ min: -top, max: -1 }).map(units), [units(-1), units(-top)]),
      malformed('huge number', fc.integer({ min: Math.ceil(top / 2), max: top }).map(units), [units(top)]),
    );
  } else {
    classes.push(
      malformed('negative number', fc.double({ min: -1e300, max: -1e-6, noNaN: true }).map((v) => plain(String(v))), [plain('-1'), plain('-Infinity')]),
      malformed('huge number', fc.double({ min: 1e6, max: 1e300, noNaN: true }).map((v) => plain(String(v))), [plain('1000001'), plain('Infinity')]),
    );
  }
  classes.push(malformed('NaN', fc.constant(plain('NaN')), [plain('NaN')], 0));
  if (shape.limits.min !== undefined && shape.limits.max !== undefined) {
    const lo = Math.round(Number(shape.limits.min) * 10 ** scale);
    const hi = Math.round(Number(shape.limits.max) * 10 ** scale);
    classes.push(wellFormed('number within its range', fc.integer({ min: lo, max: hi }).map(units), [units(lo), units(hi)]));
  }
  return classes;
}

function timeClasses(shape: ColumnShape, ctx: WriteContext): ValueClass[] {
  const date = shape.typname === 'date';
  const maxYear = date ? 5_874_896 : 294_275;
  const classes = [
    malformed('infinite time', fc.constantFrom(text('infinity'), text('-infinity')), [text('infinity'), text('-infinity')], 2),
    malformed('time before 2020', timeIn({ min: -4711, max: 2019 }, date), [
      text(date ? '2019-12-31' : '2019-12-31 23:59:59.999+00'),
      text(date ? '1970-01-01' : '1970-01-01 00:00:00+00'),
      text(date ? '4713-01-01 BC' : '4712-01-01 00:00:00+00 BC'),
    ]),
    malformed('time from 2100 on', timeIn({ min: 2100, max: maxYear }, date), [
      text(date ? '2100-01-01' : '2100-01-01 00:00:00+00'),
      text(date ? '9999-12-31' : '9999-12-31 23:59:59.999+00'),
      text(date ? '5874897-12-31' : '294276-12-31 23:59:59+00'),
    ]),
  ];
  // Before what comes earlier in the row: by at least a millisecond (or a
  // day), never before 2020, so only the order is wrong.
  for (const { column, value } of ctx.earlier) {
    const ref = epochMs(value);
    const floor = Date.UTC(2020, 0, 1);
    const step = date ? 86_400_000 : 1;
    if (ref - step < floor) continue;
    const at = (ms: number) => text(date ? isoDate(ms) : isoMs(ms));
    classes.push(
      malformed(
        `before ${column}`,
        fc.integer({ min: 1, max: Math.floor((ref - floor) / step) }).map((k) => at(ref - k * step)),
        [at(ref - step), at(floor)],
      ),
    );
  }
  // The bounds themselves, where the row cannot tell against them: a time
  // later in a lifecycle depends on the row's state (a ringing call has no
  // answer), and one with other times of its lifecycle set may be bound to
  // them (an invitation expires within 30 days of its creation), so only the
  // first times of a lifecycle and times outside one, in rows where nothing
  // else of their lifecycle is set.
  const { from, before } = shape.limits;
  if ((lifecycleRank(shape.column) ?? 0) <= 1 && ctx.earlier.length === 0 && ctx.later.length === 0) {
    const at = (ms: number) => text(date ? isoDate(ms) : isoMs(ms));
    const lo = from !== undefined ? epochMs(from) : undefined;
    const hi = before !== undefined ? epochMs(before) - (date ? 86_400_000 : 1) : undefined;
    const edges = [lo, hi].filter((ms): ms is number => ms !== undefined).map(at);
    if (lo !== undefined && hi !== undefined) classes.push(wellFormed('time within its bounds', fc.integer({ min: lo, max: hi }).map(at), edges));
    else if (edges.length > 0) classes.push(wellFormed('time within its bounds', fc.constantFrom(...edges), edges, 0));
  }
  return classes;
}

/** Seconds since midnight of a time of day ('09:00', '17:30:00', '24:00'). */
function secondsOfDay(t: string): number {
  const [h = 0, m = 0, sec = 0] = t.split(':').map(Number);
  return h * 3600 + m * 60 + sec;
}

/** Whether a time of day lies on the right side of every ordering the row imposes on its column. */
function inOrder(t: string, ordered: WriteContext['ordered']): boolean {
  const v = secondsOfDay(t);
  return (ordered ?? []).every(({ op, value }) => {
    const o = secondsOfDay(value);
    return op === '<' ? v < o : op === '<=' ? v <= o : op === '>' ? v > o : v >= o;
  });
}

function timeOfDayClasses(shape: ColumnShape, ctx: WriteContext): ValueClass[] {
  const hm = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) });
  // The first and last minutes of the day, where the row's ordering lets them
  // stand (a window's end after its start): the edge on the wrong side of the
  // other column is a value of the other column's rule, not this one's.
  const edges = ['00:00', '23:59'].filter((t) => inOrder(t, ctx.ordered)).map((t) => text(t));
  const classes = [
    malformed(
      'time of day not in whole minutes',
      fc.tuple(hm, fc.integer({ min: 1, max: 59_999_999 })).map(([{ h, m }, us]) => text(`${pad(h)}:${pad(m)}:${pad(Math.floor(us / 1e6))}.${pad(us % 1e6, 6)}`)),
      [text('09:00:30'), text('23:59:59.999999'), text('00:00:00.000001')],
    ),
  ];
  if (edges.length > 0) classes.push(wellFormed('whole minutes of the day', fc.constantFrom(...edges), edges, 0));
  if (!isClosing(shape.column)) classes.push(malformed('24:00 as an opening', fc.constant(text('24:00')), [text('24:00'), text('24:00:00')], 0));
  return classes;
}

function jsonClasses(shape: ColumnShape): ValueClass[] {
  const { maxOctets, maxDepth } = shape.limits;
  const json = (s: string): Value => value(s, abbreviated(s));
  // {"blob": "xx…"} is 12 octets of text around its string.
  const blob = (octets: number) => json(`{"blob": "${'x'.repeat(Math.max(0, octets - 12))}"}`);
  // Many small keys, just past `octets` of text.
  const keys = (octets: number) => {
    const entries: string[] = [];
    for (let i = 0, length = 2; length <= octets; i++) {
      const entry = `"k${i}": ${i}`;
      entries.push(entry);
      length += entry.length + 2;
    }
    return json(`{${entries.join(', ')}}`);
  };
  const nested = (depth: number, shape: boolean[]) => {
    // Objects and arrays, the outermost an object.
    let open = '{"a": ';
    let close = '}';
    for (let i = 1; i < depth; i++) {
      if (shape[i % shape.length]) {
        open += '{"a": ';
        close = '}' + close;
      } else {
        open += '[';
        close = ']' + close;
      }
    }
    return json(`${open}1${close}`);
  };
  const classes = [
    malformed(
      'JSON too large',
      fc.tuple(fc.integer({ min: (maxOctets ?? 65_536) + 1, max: Math.max(2 * (maxOctets ?? 65_536), 1_000_000) }), fc.boolean())
        .map(([octets, small]) => (small ? keys(octets) : blob(octets))),
      [...(maxOctets !== undefined ? [blob(maxOctets + 1)] : []), blob(10_000_000)],
      3,
    ),
    malformed(
      'JSON nested too deep',
      fc.tuple(fc.integer({ min: (maxDepth ?? 10) + 1, max: 10_000 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 })).map(([d, s]) => nested(d, s)),
      [nested((maxDepth ?? 10) + 1, [true]), nested(10_000, [false])],
    ),
    malformed(
      'JSON that is not an object',
      fc.constantFrom('[]', '[{}]', '[1, 2]', '"text"', '42', '-0.5', 'true', 'false', 'null').map(json),
      ['[]', '"text"', 'null'].map(json),
      4,
    ),
  ];
  if (maxOctets !== undefined && maxDepth !== undefined) {
    classes.push(wellFormed('JSON up to its size and depth', fc.integer({ min: 12, max: maxOctets }).map(blob), [blob(maxOctets), nested(maxDepth, [true]), nested(maxDepth, [false, true]), json('{"note": "caf\\u00e9 \\"quoted\\"", "n": [1, 2.5, null]}')]));
  }
  return classes;
}

function arrayClasses(shape: ColumnShape): ValueClass[] {
  const { column, limits } = shape;
  const tags = isTags(column);
  const list = (xs: unknown[]): Value => {
    const shown = JSON.stringify(xs);
    return value(xs, shown.length <= 80 ? shown : `${shown.slice(0, 60)}…(${xs.length} elements)`);
  };
  const slug = fc.string({ unit: fc.constantFrom(...SLUG_CHARS), minLength: 1, maxLength: 20 }).map((s) => (/^[a-z0-9]/.test(s) ? s : `a${s}`));
  const slugs = fc.uniqueArray(slug, { minLength: 1, maxLength: 8 });
  const many = (n: number) => Array.from({ length: n }, (_, i) => `tag-${i}`);
  const classes = [
    malformed(
      'too many elements',
      fc.integer({ min: limits.maxElements !== undefined ? limits.maxElements + 1 : 1001, max: 5000 }).map((n) => list(many(n))),
      [...(limits.maxElements !== undefined ? [list(many(limits.maxElements + 1))] : []), list(many(1001))],
      3,
    ),
    malformed(
      'element too long',
      fc.tuple(slugs, fc.integer({ min: limits.maxElementChars !== undefined ? limits.maxElementChars + 1 : 100_001, max: 300_000 })).map(([xs, n]) => list([...xs, 'a'.repeat(n)])),
      [...(limits.maxElementChars !== undefined ? [list(['a'.repeat(limits.maxElementChars + 1)])] : []), list(['vip', 'x'.repeat(5000)]), list(['y'.repeat(100_001)])],
      3,
    ),
    malformed('element given twice', slugs.chain((xs) => fc.integer({ min: 0, max: xs.length - 1 }).map((i) => list([...xs, xs[i]]))), [list(['vip', 'vip']), list(['a', 'b', 'a'])]),
    malformed('null element', slugs.map((xs) => list([...xs, null])), [list([null]), list(['vip', null])], 3),
    malformed('blank element', fc.tuple(slugs, fc.array(charOf(BLANK), { maxLength: 4 })).map(([xs, b]) => list([...xs, b.join('')])), [list(['']), list([' ']), list(['vip', '\u3000'])]),
    malformed(
      'several dimensions',
      fc.constantFrom(list([['a', 'b'], ['c', 'd']]), list([['vip']]), list([[['a']]])),
      [list([['a', 'b'], ['c', 'd']])],
      2,
    ),
  ];
  if (tags) {
    classes.push(
      malformed(
        'not a lowercase slug',
        fc.tuple(slugs, fc.oneof(
          fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/^[a-z0-9][a-z0-9_-]*$/.test(s) && !s.includes('\u0000')),
          slug.map((s) => s.toUpperCase()).filter((s) => /[A-Z]/.test(s)),
          slug.map((s) => `-${s}`),
          slug.map((s) => `${s} ${s}`),
          slug.map((s) => `${s}é`),
        )).map(([xs, bad]) => list([...xs, bad])),
        [list(['New Patient']), list(['VIP']), list(['-lead']), list(['_x']), list(['follow.up']), list(['café'])],
      ),
    );
    if (limits.maxElements !== undefined && limits.maxElementChars !== undefined) {
      const n = limits.maxElements;
      const w = limits.maxElementChars;
      const longest = Array.from({ length: n }, (_, i) => `${'t'.repeat(w - 6)}-${String(i).padStart(3, '0')}_z`.slice(-w));
      classes.push(wellFormed('distinct slugs up to the limits', slugs.map(list), [list(longest), list(['vip', 'follow-up', 'new_patient', '0day']), list([])]));
    }
  }
  return classes;
}

/** Lists of integers (smallint[], integer[], bigint[]); a list of weekdays holds 1 to 7 distinct ones of 0-6. */
function integerArrayClasses(shape: ColumnShape): ValueClass[] {
  const t = INTEGERS[shape.typname.slice(1)];
  if (!t) return [];
  const weekdays = isWeekdays(shape.column);
  const { maxElements } = shape.limits;
  const list = (xs: unknown[]): Value => {
    const shown = JSON.stringify(xs, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
    return value(xs.map((x) => (typeof x === 'bigint' ? x.toString() : x)), shown.length <= 80 ? shown : `${shown.slice(0, 60)}…(${xs.length} elements)`);
  };
  const hi = weekdays ? 6n : t.huge - 1n;
  const within = fc.bigInt({ min: 0n, max: hi });
  const some = fc.uniqueArray(within, { minLength: 1, maxLength: weekdays ? 7 : 8 });
  const outside = fc.oneof(fc.bigInt({ min: t.min, max: -1n }), fc.bigInt({ min: hi + 1n, max: t.max }));
  const most = maxElements ?? (weekdays ? 7 : 1000);
  const many = (n: number) => Array.from({ length: n }, (_, i) => BigInt(i));
  const classes = [
    malformed('element out of range', fc.tuple(some, outside).map(([xs, x]) => list([...xs, x])), [
      list([-1n]), list([hi + 1n]), list([1n, t.max]), list([t.min]),
    ]),
    malformed('element given twice', some.chain((xs) => fc.integer({ min: 0, max: xs.length - 1 }).map((i) => list([...xs, xs[i]]))), [
      list([1n, 1n]), list([0n, 2n, 0n]),
    ]),
    malformed('null element', some.map((xs) => list([...xs, null])), [list([null]), list([1n, null])], 3),
    malformed(
      'too many elements',
      fc.integer({ min: most + 1, max: Math.max(most + 1, 5000) }).map((n) => list(many(n))),
      [list(many(most + 1)), list(many(1001))],
      3,
    ),
    malformed('several dimensions', some.map((xs) => list([xs])), [list([[1n, 2n], [3n, 4n]]), list([[1n]])], 2),
  ];
  if (weekdays) {
    classes.push(
      malformed('no weekday', fc.constant(list([])), [list([])], 0),
      wellFormed('distinct weekdays', some.map(list), [list(many(7)), list([6n]), list([5n, 1n, 3n])]),
    );
  }
  return classes;
}

/** Lists of an enum's labels: each label is well-formed, so only the list can be wrong. */
function enumArrayClasses(labels: string[]): ValueClass[] {
  const list = (xs: unknown[]): Value => value(xs, JSON.stringify(xs));
  const some = fc.uniqueArray(fc.constantFrom(...labels), { minLength: 1, maxLength: labels.length });
  return [
    malformed('null element', some.map((xs) => list([...xs, null])), [list([null]), list([labels[0], null])], 3),
    malformed('element given twice', some.chain((xs) => fc.integer({ min: 0, max: xs.length - 1 }).map((i) => list([...xs, xs[i]]))), [
      list([labels[0], labels[0]]),
    ]),
    malformed('several dimensions', some.map((xs) => list([xs])), [list([[labels[0]]]), list(labels.slice(0, 2).map((l) => [l]))], 2),
    wellFormed('distinct labels', some.map(list), [list(labels), list([labels.at(-1)])]),
  ];
}

/** Every class of value for a column written in `ctx`; empty for the types that are their own rule. */
export function valueClasses(shape: ColumnShape, ctx: WriteContext): ValueClass[] {
  const t = shape.typname;
  if (isText(t)) return textClasses(shape, ctx);
  if (t in INTEGERS) return integerClasses(shape);
  if (t === 'numeric') return numericClasses(shape);
  if (isTimestamp(t) || t === 'date') return timeClasses(shape, ctx);
  if (t === 'time') return timeOfDayClasses(shape, ctx);
  if (t === 'jsonb' || t === 'json') return jsonClasses(shape);
  if (t === '_text' || t === '_varchar') return arrayClasses(shape);
  if (t.startsWith('_') && t.slice(1) in INTEGERS) return integerArrayClasses(shape);
  if (shape.labels !== undefined && shape.labels.length > 0) return enumArrayClasses(shape.labels);
  return [];
}

/** Whether the generator knows the type at all (or the type is its own rule). */
export function knownType(shape: Pick<ColumnShape, 'typname' | 'typtype' | 'labels'>): boolean {
  const t = shape.typname;
  return (
    typeIsTheRule(shape) || isText(t) || t in INTEGERS || t === 'numeric' || isTimestamp(t) || t === 'date' || t === 'time' ||
    t === 'jsonb' || t === 'json' || t === '_text' || t === '_varchar' || (t.startsWith('_') && t.slice(1) in INTEGERS) ||
    (shape.labels?.length ?? 0) > 0
  );
}
