import { describe, expect, it } from 'vitest';
import { CloneMap } from '../../src/page/clone-map';
import { ARTICLE_FIXTURES, parse } from './page-fixtures';

function textNodesOf(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

// Scripts often leave a paragraph's text in several adjacent Text nodes ("It is " + "where"): split every
// longer live text node in two, at a word boundary, as a rendering framework would.
function splitLikeAScript(doc: Document): number {
  let splits = 0;
  for (const t of textNodesOf(doc.body)) {
    const at = t.data.indexOf(' ', Math.floor(t.data.length / 2));
    if (t.data.trim().length > 40 && at > 0) {
      t.splitText(at);
      splits++;
    }
  }
  return splits;
}

describe('CloneMap', () => {
  it.each(ARTICLE_FIXTURES)('$name: maps every clone Text node to the live node it was cloned from', ({ html }) => {
    const live = parse(html);
    const clone = live.cloneNode(true) as Document;
    const map = new CloneMap(live, clone);
    const liveNodes = textNodesOf(live.body);
    textNodesOf(clone.body).forEach((t, i) => expect(map.resolve(t)).toEqual([liveNodes[i]]));
  });

  it.each(ARTICLE_FIXTURES)('$name: after the clone is re-parsed (Readability retries), finds nodes by content, joined runs included', ({ html }) => {
    const live = parse(html);
    expect(splitLikeAScript(live)).toBeGreaterThan(3);
    const clone = live.cloneNode(true) as Document;
    const map = new CloneMap(live, clone);
    clone.body.innerHTML = clone.body.innerHTML; // what Readability does before each retry
    let joined = 0;
    for (const t of textNodesOf(clone.body)) {
      if (t.data.trim() === '' || t.parentElement!.closest('script, style')) continue;
      const found = map.resolve(t);
      expect(found.map((n) => n.data).join('')).toBe(t.data);
      for (const n of found) expect(live.contains(n)).toBe(true);
      if (found.length > 1) joined++;
    }
    expect(joined).toBeGreaterThan(0);
  });
});
