// Turns the figures into the one table the bench prints (Markdown, so RESULTS.md can take it as is).
import type { BuilderResult, KeystrokeResult } from './browser';
import type { HostileResult } from './hostile';
import type { IndexMapResult, Timing } from './indexMap';
import type { ParseResult } from './parse';
import type { SizeResult } from './size';

/** One line of the table. */
export interface Row {
  measure: string;
  ours: string;
  against: string;
  ratio: string;
  goal: string;
  met: string;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const sizeCell = (s: SizeResult) => `${kb(s.gzip)} kB gz (${kb(s.min)} min, ${kb(s.brotli)} br${s.lazyGzip > 0 ? `; + ${kb(s.lazyGzip)} kB gz on first use` : ''})`;
const x = (ratio: number) => (Number.isNaN(ratio) ? '—' : `${ratio.toFixed(2)}×`);
const yes = (ok: boolean) => (ok ? 'yes' : 'NO');

function sizeRows(sizes: SizeResult[]): Row[] {
  const get = (prefix: string) => sizes.find((s) => s.name.startsWith(prefix));
  const rqb = get('react-querybuilder QueryBuilder');
  const dnd = get('react-querybuilder + dnd (react-dnd)');
  const against = rqb && dnd ? `RQB ${kb(rqb.gzip)} kB, RQB+DnD ${kb(dnd.gzip)} kB` : '';
  const rows: Row[] = [];
  for (const s of sizes.filter((s) => !s.name.startsWith('react-querybuilder'))) {
    const isIndex = s.name.startsWith("'.' (whole");
    const isCore = s.name.startsWith("'./core' (whole");
    const vsRqb = rqb ? s.gzip / rqb.gzip : Number.NaN;
    const row: Row = { measure: `size ${s.name}`, ours: sizeCell(s), against: '', ratio: '', goal: '', met: '' };
    if (s.name.startsWith("'.'") && rqb && dnd) {
      row.against = against;
      row.ratio = `${x(vsRqb)} (${x(s.gzip / dnd.gzip)} DnD)`;
    }
    if (isIndex) Object.assign(row, { goal: '≤ 35 kB, ≤ 0.8× RQB', met: yes(s.gzip <= 35_000 && vsRqb <= 0.8) });
    if (isCore) Object.assign(row, { goal: '≤ 12 kB', met: yes(s.gzip <= 12_000) });
    rows.push(row);
  }
  for (const s of sizes.filter((s) => s.name.startsWith('react-querybuilder'))) {
    rows.push({ measure: `size ${s.name}`, ours: '', against: sizeCell(s), ratio: '', goal: '', met: '' });
  }
  return rows;
}

const OUTSIDE_ALLOWED = new Set(['CohortQueryBuilder', 'QuerySummary']);

function browserRows(builders: BuilderResult[]): Row[] {
  const ours = builders.find((b) => b.name === 'ours');
  const rqb = builders.find((b) => b.name === 'rqb');
  const dnd = builders.find((b) => b.name === 'rqb-dnd');
  if (!ours) return [];
  const against = (pick: (b: BuilderResult) => number | undefined, unit: string) =>
    [rqb && `RQB ${pick(rqb)}${unit}`, dnd && `RQB+DnD ${pick(dnd)}${unit}`].filter(Boolean).join(', ');
  // Ratios against react-querybuilder without DnD; NaN (shown as "—") when it did not run.
  const vs = (mine: number, pick: (b: BuilderResult) => number) => (rqb ? mine / pick(rqb) : Number.NaN);
  const keys = (label: string, mine: KeystrokeResult, goal: boolean): Row[] => [
    {
      measure: `keystroke → paint, median (${label})`,
      ours: `${mine.medianMs} ms`,
      against: against((b) => b.value.medianMs, ' ms'),
      ratio: x(vs(mine.medianMs, (b) => b.value.medianMs)),
      goal: goal ? '≤ 16 ms, ≤ 0.5× RQB' : '',
      met: goal ? yes(mine.medianMs <= 16 && vs(mine.medianMs, (b) => b.value.medianMs) <= 0.5) : '',
    },
    { measure: `keystroke → paint, p95 (${label})`, ours: `${mine.p95Ms} ms`, against: against((b) => b.value.p95Ms, ' ms'), ratio: x(vs(mine.p95Ms, (b) => b.value.p95Ms)), goal: '', met: '' },
    {
      measure: `keystroke → main thread free, median (${label}; incl. the browser's autofill and deferred renders)`,
      ours: `${mine.settledMedianMs} ms`,
      against: against((b) => b.value.settledMedianMs, ' ms'),
      ratio: x(vs(mine.settledMedianMs, (b) => b.value.settledMedianMs)),
      goal: '',
      met: '',
    },
    {
      measure: `components rendered outside the edited clause per keystroke (${label})`,
      ours: `${mine.outsidePerKey} (${Object.keys(mine.outsideByName).join(', ') || 'none'}; inside: ${mine.insidePerKey})`,
      against: against((b) => b.value.outsidePerKey, ''),
      ratio: '',
      // The controlled root renders for the host's echo (cheaply: its body is memoized) and the
      // summary follows in a transition after the paint; nothing else outside the clause may.
      goal: 'root and summary only',
      met: yes(Object.keys(mine.outsideByName).every((name) => OUTSIDE_ALLOWED.has(name)) && mine.outsidePerKey <= OUTSIDE_ALLOWED.size),
    },
  ];
  return [
    {
      measure: 'mount 500 clauses × 5 conditions → first paint (median)',
      ours: `${ours.mountMs} ms`,
      against: against((b) => b.mountMs, ' ms'),
      ratio: x(vs(ours.mountMs, (b) => b.mountMs)),
      goal: '≤ 1× RQB',
      met: yes(vs(ours.mountMs, (b) => b.mountMs) <= 1),
    },
    ...keys('value input', ours.value, true),
    ...(ours.query ? keys('property input: edits the query', ours.query, true) : []),
    { measure: 'JS heap after mount (after GC)', ours: `${ours.heapMb} MB`, against: against((b) => b.heapMb, ' MB'), ratio: x(vs(ours.heapMb, (b) => b.heapMb)), goal: '', met: '' },
    { measure: 'DOM elements after mount', ours: `${ours.domNodes}`, against: against((b) => b.domNodes, ''), ratio: x(vs(ours.domNodes, (b) => b.domNodes)), goal: '', met: '' },
  ];
}

function parseRows(results: ParseResult[]): Row[] {
  return results.flatMap((r) => [
    {
      measure: `parse + validate + serialize, ${r.document}`,
      ours: `${r.totalMs} ms (${r.parseMs} + ${r.validateMs} + ${r.serializeMs})`,
      against: `JSON.parse + stringify ${r.floorMs} ms`,
      ratio: x(r.totalRatio),
      goal: '≤ 5×',
      met: yes(r.totalRatio <= 5),
    },
    { measure: `validate after a one-clause edit (the store's path), ${r.document}`, ours: `${r.revalidateMs} ms`, against: `floor ${r.floorMs} ms`, ratio: x(r.revalidateMs / r.floorMs), goal: '', met: '' },
    { measure: `zod WireQuery.safeParse, ${r.document}`, ours: `${r.zodMs} ms`, against: `floor ${r.floorMs} ms`, ratio: x(r.zodMs / r.floorMs), goal: '', met: '' },
  ]);
}

function hostileRows(results: HostileResult[]): Row[] {
  return results.map((r) => ({
    measure: `parseQuery refuses ${r.document}`,
    ours: `${r.code}: ${r.medianMs} ms median, ${r.maxMs} ms max`,
    against: '',
    ratio: '',
    goal: 'an error issue, ≤ 1 s',
    met: yes(r.code !== 'none' && r.maxMs <= 1000),
  }));
}

// The map src/query/nodeIndex.ts uses (PersistentMap, a hash trie) against a Map copied per edit, in Node.
function indexMapRows(results: IndexMapResult[]): Row[] {
  const trie = results.find((r) => r.variant === 'PersistentMap');
  const copied = results.find((r) => r.variant === 'copied Map');
  if (!copied || !trie) return [];
  const ms = (t: Timing) => `${t.medianMs} ms (p95 ${t.p95Ms})`;
  const timed = (label: string, pick: (r: IndexMapResult) => Timing): Row => ({
    measure: `index map: store ${label}, 500 clauses × 5 conditions, Node, median`,
    ours: `PersistentMap ${ms(pick(trie))}`,
    against: `copied Map ${ms(pick(copied))}`,
    ratio: x(pick(trie).medianMs / pick(copied).medianMs),
    goal: '',
    met: '',
  });
  const heap = (label: string, pick: (r: IndexMapResult) => number): Row => ({
    measure: `index map: ${label}, Node`,
    ours: `PersistentMap ${pick(trie)} MB`,
    against: `copied Map ${pick(copied)} MB`,
    ratio: x(pick(trie) / pick(copied)),
    goal: '',
    met: '',
  });
  return [
    timed('setField (a keystroke)', (r) => r.keystroke),
    timed('moveTo (a clause to another group)', (r) => r.move),
    timed('undo', (r) => r.undo),
    timed('index of a new query (mount)', (r) => r.build),
    heap('heap of a new store', (r) => r.storeHeapMb),
    heap('heap a 100-step history adds', (r) => r.historyHeapMb),
  ];
}

/** All rows of the sections that ran. */
export function rowsOf(figures: { sizes?: SizeResult[]; builders?: BuilderResult[]; parsing?: ParseResult[]; hostile?: HostileResult[]; indexMap?: IndexMapResult[] }): Row[] {
  return [
    ...sizeRows(figures.sizes ?? []),
    ...browserRows(figures.builders ?? []),
    ...parseRows(figures.parsing ?? []),
    ...hostileRows(figures.hostile ?? []),
    ...indexMapRows(figures.indexMap ?? []),
  ];
}

/** The rows as a Markdown table. */
export function markdownTable(rows: Row[]): string {
  const head: Row = { measure: 'Measure', ours: 'permutive-cohort-builder', against: 'Compared with', ratio: 'Ratio', goal: 'Goal', met: 'Met' };
  const line = (r: Row) => `| ${[r.measure, r.ours, r.against, r.ratio, r.goal, r.met].join(' | ')} |`;
  return [line(head), '| --- | --- | --- | --- | --- | --- |', ...rows.map(line)].join('\n');
}
