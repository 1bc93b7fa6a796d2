/**
 * Reads a Chromium trace (devtools.timeline + the V8 sampling profiler) and answers one question per
 * main-thread task: how long did it take, and how much of it ran in Sourcelight's own code? A sample
 * counts as ours when any frame of its stack comes from a `chrome-extension://` script (the content
 * script, the annotator bundle); time the browser spends in layout or style called from our JS is
 * charged to the calling JS frame by the profiler, so forced layouts we cause count as ours too.
 */

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, any>;
}

export interface TaskTime {
  /** Milliseconds from the first task on the thread. */
  startMs: number;
  durationMs: number;
  /** Milliseconds of profiler samples inside the task whose stack holds one of our frames. */
  oursMs: number;
  /** Where those samples were: the sampled frame (and our innermost frame above it) -> ms, largest first. */
  where?: Array<[string, number]>;
}

export interface ThreadProfile {
  tasks: TaskTime[];
  /** Every sample of ours, as [ms from the first task, ms long]. */
  ourSamples: Array<[number, number]>;
  /** Sampling interval actually seen (median), in ms. */
  intervalMs: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame?: { url?: string; functionName?: string };
}

const OURS = /^chrome-extension:\/\//;

/** The page's renderer main thread: the CrRendererMain that parsed a document at `pageUrl`. */
function pageThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | null {
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  for (const e of events) {
    if (e.name !== 'ParseHTML' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const url = e.args?.beginData?.url ?? e.args?.data?.url;
    if (typeof url === 'string' && url.startsWith(pageUrl)) return { pid: e.pid, tid: e.tid };
  }
  return null;
}

/** Splits the page thread's time into tasks and charges each profiler sample to the task it fell in; throws when the trace holds no such thread or no profile. */
export function profileTasks(trace: { traceEvents: TraceEvent[] } | TraceEvent[], pageUrl: string): ThreadProfile {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const thread = pageThread(events, pageUrl);
  if (!thread) throw new Error(`No renderer main thread parsed ${pageUrl} in the trace.`);
  const onThread = (e: TraceEvent) => e.pid === thread.pid && e.tid === thread.tid;

  const tasks = events
    .filter((e) => onThread(e) && e.ph === 'X' && e.name === 'RunTask' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts);
  const origin = tasks[0]?.ts ?? 0;

  // The sampling profile of this thread: one Profile event, then chunks of nodes, samples and time deltas.
  const profile = events.find((e) => e.name === 'Profile' && onThread(e));
  if (!profile) throw new Error('The trace holds no CPU profile for the page thread.');
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === thread.pid);
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<{ node: number; ts: number }> = [];
  let ts = profile.args?.data?.startTime ?? profile.ts;
  for (const chunk of chunks) {
    const data = chunk.args?.data ?? {};
    for (const n of (data.cpuProfile?.nodes ?? []) as ProfileNode[]) nodes.set(n.id, n);
    const ids: number[] = data.cpuProfile?.samples ?? [];
    const deltas: number[] = data.timeDeltas ?? [];
    ids.forEach((node, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ node, ts });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);

  const oursCache = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = oursCache.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const result = !!node && (OURS.test(node.callFrame?.url ?? '') || (node.parent !== undefined && isOurs(node.parent)));
    oursCache.set(id, result);
    return result;
  };

  const gaps = samples.slice(1).map((s, i) => s.ts - samples[i]!.ts).filter((g) => g > 0).sort((a, b) => a - b);
  const interval = gaps[Math.floor(gaps.length / 2)] ?? 1000;
  // A sample stands for the time until the next one, capped at a few intervals (the thread may have slept).
  const weight = (i: number) => Math.min((samples[i + 1]?.ts ?? samples[i]!.ts + interval) - samples[i]!.ts, 4 * interval);

  const ourSamples: Array<[number, number]> = [];
  samples.forEach((s, i) => {
    if (isOurs(s.node)) ourSamples.push([(s.ts - origin) / 1000, weight(i) / 1000]);
  });

  const out: TaskTime[] = [];
  let j = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    while (j < samples.length && samples[j]!.ts < task.ts) j++;
    let ours = 0;
    const where = new Map<string, number>();
    // A sample's time ends at the next sample, the task's end, or a few intervals, whichever comes first.
    for (let k = j; k < samples.length && samples[k]!.ts < end; k++) {
      if (!isOurs(samples[k]!.node)) continue;
      const ms = Math.min(weight(k), end - samples[k]!.ts);
      ours += ms;
      const key = frameLabel(nodes, samples[k]!.node);
      where.set(key, (where.get(key) ?? 0) + ms / 1000);
    }
    out.push({
      startMs: (task.ts - origin) / 1000,
      durationMs: task.dur! / 1000,
      oursMs: ours / 1000,
      where: [...where].sort((a, b) => b[1] - a[1]).slice(0, 12),
    });
  }
  return { tasks: out, ourSamples, intervalMs: interval / 1000 };
}

/** "leaf (file:line) < innermost frame of ours (file:line)": what a sample was doing, and for which of our calls. */
function frameLabel(nodes: Map<number, ProfileNode & { callFrame?: { lineNumber?: number } }>, id: number): string {
  const label = (n: ProfileNode & { callFrame?: { lineNumber?: number } }) =>
    `${n.callFrame?.functionName || '(anonymous)'} (${(n.callFrame?.url ?? '').split('/').pop() || '-'}:${(n.callFrame?.lineNumber ?? 0) + 1})`;
  const leaf = nodes.get(id);
  if (!leaf) return '?';
  let n: typeof leaf | undefined = leaf;
  while (n && !OURS.test(n.callFrame?.url ?? '')) n = n.parent !== undefined ? nodes.get(n.parent) : undefined;
  return n && n !== leaf ? `${label(leaf)} < ${label(n)}` : label(leaf);
}
