// Reads a V8 CPU profile (from CDP or node --cpu-prof) into the functions that took the most time.

/** The parts of a `.cpuprofile` the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** One function's self time and total (inclusive) time over the profile. */
export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  totalMs: number;
}

const r1 = (ms: number) => Math.round(ms * 10) / 10;

/** The `top` functions by `order` (self or total time), and the sampled busy time. */
export function hotFunctions(profile: CpuProfile, top = 15, order: 'selfMs' | 'totalMs' = 'selfMs'): { busyMs: number; functions: HotFunction[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stats = new Map<string, HotFunction>();
  const keyOf = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.split('/').pop() ?? '';
    const key = `${functionName}@${file}:${lineNumber}`;
    if (!stats.has(key)) stats.set(key, { name: functionName || '(anonymous)', where: file ? `${file}:${lineNumber + 1}` : '', selfMs: 0, totalMs: 0 });
    return key;
  };
  const samples = profile.samples ?? [];
  let busy = 0;
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    const name = byId.get(id)?.callFrame.functionName;
    if (name === undefined || name === '(idle)' || name === '(program)') continue;
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    busy += ms;
    stats.get(keyOf(id))!.selfMs += ms;
    // A recursive function is on the stack many times but counts once per sample.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(at);
      if (!seen.has(key)) stats.get(key)!.totalMs += ms;
      seen.add(key);
    }
  }
  const functions = [...stats.values()]
    .filter((f) => f.name !== '(root)')
    .sort((a, b) => b[order] - a[order])
    .slice(0, top)
    .map((f) => ({ ...f, selfMs: r1(f.selfMs), totalMs: r1(f.totalMs) }));
  return { busyMs: r1(busy), functions };
}
