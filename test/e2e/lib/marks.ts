/**
 * Reading Sourcelight's marks off a live page, by the page contract of REPORT.md ("On the page"):
 * `<sourcelight-mark data-attribution data-source data-part>`.
 */
import type { Page } from 'playwright-core';

export const MARK_SELECTOR = 'sourcelight-mark';

export interface MarkInfo {
  attribution: string | null;
  source: string | null;
  part: string | null;
  text: string;
}

/** Every mark on the page in document order, with its data attributes and text. */
export function readMarks(page: Page): Promise<MarkInfo[]> {
  return page.$$eval(MARK_SELECTOR, (marks) =>
    marks.map((m) => ({
      attribution: m.getAttribute('data-attribution'),
      source: m.getAttribute('data-source'),
      part: m.getAttribute('data-part'),
      text: m.textContent ?? '',
    })),
  );
}

/** Waits until at least `min` marks are on the page and their count has not changed for `settleMs`; returns them. */
export async function waitForMarks(page: Page, { min = 1, timeout = 20_000, settleMs = 500 } = {}): Promise<MarkInfo[]> {
  await page.waitForFunction((n) => document.querySelectorAll('sourcelight-mark').length >= n, min, { timeout });
  let last = -1;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const count = await page.locator(MARK_SELECTOR).count();
    if (count === last) break;
    last = count;
    await page.waitForTimeout(settleMs);
  }
  return readMarks(page);
}

/** The marks of each attribution and part joined in reading order, whitespace left out (see `expectedMarkText`): `a3:content` -> "Theyhaven’t...". */
export function textByAttributionPart(marks: MarkInfo[]): Map<string, string> {
  const joined = new Map<string, string>();
  for (const m of marks) {
    const key = `${m.attribution}:${m.part}`;
    joined.set(key, (joined.get(key) ?? '') + m.text);
  }
  for (const [key, value] of joined) joined.set(key, value.replace(/\s+/g, ''));
  return joined;
}

/**
 * Where the page's marks disagree with what a report says they should show (see `expectedMarkText`): one
 * line per problem, empty when they agree. Also checks the contract: known ids, parts, and each mark's source.
 */
export function markMismatches(
  marks: MarkInfo[],
  expected: Map<string, string>,
  sourceOf: Map<string, string>,
): string[] {
  const problems: string[] = [];
  for (const m of marks) {
    if (!['content', 'cue', 'mention'].includes(m.part ?? '')) problems.push(`mark with data-part="${m.part}"`);
    if (!sourceOf.has(m.attribution ?? '')) problems.push(`mark for unknown attribution "${m.attribution}"`);
    else if (m.source !== sourceOf.get(m.attribution!)) problems.push(`${m.attribution}: data-source "${m.source}", expected "${sourceOf.get(m.attribution!)}"`);
  }
  const actual = textByAttributionPart(marks);
  for (const key of new Set([...expected.keys(), ...actual.keys()])) {
    if (actual.get(key) !== expected.get(key)) {
      problems.push(`${key}: page shows ${JSON.stringify(actual.get(key) ?? null)}, engine says ${JSON.stringify(expected.get(key) ?? null)}`);
    }
  }
  return problems;
}

/**
 * The page's body as the server sent it, parsed by the browser's own parser: what the DOM was before any
 * script (ours included) touched it. Only meaningful for fixtures without scripts of their own.
 */
export function pristineBodyHtml(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href, { cache: 'no-store' })).text();
    return new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  });
}

/**
 * The page's current document as HTML with Sourcelight's additions taken out (marks unwrapped into their
 * text, the card host removed), computed on a clone so the live page is untouched. What the command line
 * should read to report what the live page shows, scripts' own changes included.
 */
export function htmlWithoutMarks(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('sourcelight-card').forEach((host) => host.remove());
    clone.querySelectorAll('sourcelight-mark').forEach((mark) => mark.replaceWith(...Array.from(mark.childNodes)));
    clone.normalize();
    return `<!DOCTYPE html>\n${clone.outerHTML}`;
  });
}
