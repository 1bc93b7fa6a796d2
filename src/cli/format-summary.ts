import type { Attribution, Report, Source } from '../engine/types';

const QUOTE_PREVIEW = 160;
const SPACES = /\s+/g;

function preview(a: Attribution): string {
  const text = a.content.map((c) => c.text).join(' … ').replace(SPACES, ' ').trim();
  const cut = text.length > QUOTE_PREVIEW ? `${text.slice(0, QUOTE_PREVIEW - 1)}…` : text;
  return a.type === 'direct' ? `“${cut}”` : cut;
}

function sourceLine(s: Source, count: number): string {
  const role = s.role ? `, ${s.role}` : '';
  const aliases = s.aliases.length > 0 ? `; also “${s.aliases.join('”, “')}”` : '';
  return `  ${s.name} (${s.kind}${role}): ${count} ${count === 1 ? 'attribution' : 'attributions'}${aliases}`;
}

function attributionLine(a: Attribution): string {
  const mention = a.mention ? `${a.mention.text} ` : '';
  return `    - ${a.type}, ${mention}${a.cue.text} [¶${a.paragraph + 1}]: ${preview(a)}`;
}

/**
 * The readable summary of one report: the file and title, then each source with its kind, role and
 * count followed by its quotes, then attributions with no source. Ends with a newline.
 */
export function formatSummary(report: Report): string {
  const lines: string[] = [];
  lines.push(`${report.file ?? '(input)'}`);
  lines.push(`  title: ${report.title ?? '(none)'}`);
  const n = report.attributions.length;
  lines.push(`  ${report.sources.length} sources, ${n} ${n === 1 ? 'attribution' : 'attributions'}, ${report.textLength} characters of text`);
  const bySource = new Map<string | null, Attribution[]>();
  for (const a of report.attributions) {
    const list = bySource.get(a.sourceId);
    if (list) list.push(a);
    else bySource.set(a.sourceId, [a]);
  }
  for (const s of report.sources) {
    const list = bySource.get(s.id) ?? [];
    lines.push(sourceLine(s, list.length));
    for (const a of list) lines.push(attributionLine(a));
  }
  const orphans = bySource.get(null) ?? [];
  if (orphans.length > 0) {
    lines.push(`  (no source): ${orphans.length}`);
    for (const a of orphans) lines.push(attributionLine(a));
  }
  if (report.text !== undefined) {
    lines.push('  text:');
    for (const para of report.text.split('\n\n')) lines.push(`    ${para}`);
  }
  return `${lines.join('\n')}\n\n`;
}
