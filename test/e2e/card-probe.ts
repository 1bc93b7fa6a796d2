/**
 * Reads Sourcelight's hover card from a live page. The card lives in a closed shadow root (page scripts,
 * and Playwright's selectors, cannot reach in), so this goes through the DevTools protocol, which sees
 * closed shadow roots: the card's text, whether it is shown, and its box in the viewport.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface CardState {
  /** The card is in the page and not hidden. */
  open: boolean;
  /** The card's visible text, whitespace collapsed. */
  text: string;
  /** The same text line by line (each of the card's paragraphs: name, kind and role, cue, count). */
  lines: string[];
  /** The live region's text (what screen readers were told). */
  announced: string;
  /** The card's bounding box in viewport pixels (getBoundingClientRect), when open. */
  box: { left: number; top: number; right: number; bottom: number } | null;
}

const attr = (n: DomNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};
const all = (n: DomNode): DomNode[] => [n, ...(n.children ?? []).flatMap(all), ...(n.shadowRoots ?? []).flatMap(all)];
const text = (n: DomNode) => all(n).filter((x) => x.nodeType === 3).map((x) => x.nodeValue ?? '').join('').replace(/\s+/g, ' ').trim();

export async function cardProbe(page: Page): Promise<() => Promise<CardState>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  return async () => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = all(root).find((n) => n.localName === 'sourcelight-card');
    const shadow = host?.shadowRoots?.[0];
    const card = shadow && all(shadow).find((n) => n.localName === 'div' && attr(n, 'class') === 'card');
    const live = shadow && all(shadow).find((n) => n.localName === 'div' && attr(n, 'class') === 'sr');
    const open = !!card && attr(card, 'hidden') === undefined;
    let box: CardState['box'] = null;
    if (card && open) {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId: card.nodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { const r = this.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }',
        returnByValue: true,
      })) as { result: { value: CardState['box'] } };
      box = result.value;
    }
    const lines = card ? (card.children ?? []).filter((n) => n.nodeType === 1).map(text) : [];
    return { open, text: card ? text(card) : '', lines, announced: live ? text(live) : '', box };
  };
}
