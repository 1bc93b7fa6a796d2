/**
 * What makes a marked page worth reading again (src/content/live-watch.ts, addsParagraph): a paragraph's
 * worth of new text in one change, never a ticker or a counter rewriting a few words on every frame.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addsParagraph } from '../../../src/content/live-watch';

/** The records `change` queues on a fresh article. */
async function recordsOf(change: (article: HTMLElement) => void): Promise<MutationRecord[]> {
  document.body.innerHTML = '<article><p id="ticker">Updated 0 frames ago</p><p id="p1">Officials said the bridge would reopen.</p></article>';
  const article = document.querySelector('article')!;
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(article, { childList: true, subtree: true, characterData: true });
  change(article);
  await new Promise((r) => setTimeout(r, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const PARAGRAPH = '“We will rebuild the bridge before winter,” said Maria Okafor, the mayor of Eastbrook, on Tuesday.';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('addsParagraph', () => {
  it('is true for an added paragraph, an added container holding one, and a Text node rewritten to paragraph length', async () => {
    expect(addsParagraph(await recordsOf((a) => a.append(Object.assign(document.createElement('p'), { textContent: PARAGRAPH }))))).toBe(true);
    expect(
      addsParagraph(
        await recordsOf((a) => {
          const div = document.createElement('div');
          div.innerHTML = `<p>${PARAGRAPH}</p>`;
          a.append(div);
        }),
      ),
    ).toBe(true);
    expect(addsParagraph(await recordsOf((a) => ((a.querySelector('#p1')!.firstChild as Text).data = PARAGRAPH)))).toBe(true);
  });

  it('is false for a ticker, a counter and many small edits that only add up to a paragraph', async () => {
    expect(addsParagraph(await recordsOf((a) => (a.querySelector('#ticker')!.textContent = 'Updated 12 frames ago')))).toBe(false);
    expect(addsParagraph(await recordsOf((a) => ((a.querySelector('#ticker')!.firstChild as Text).data = 'Updated 13 frames ago')))).toBe(false);
    expect(
      addsParagraph(
        await recordsOf((a) => {
          for (let i = 0; i < 20; i++) a.append(Object.assign(document.createElement('span'), { textContent: `word ${i} ` }));
        }),
      ),
    ).toBe(false);
    expect(addsParagraph(await recordsOf((a) => a.querySelector('#p1')!.remove()))).toBe(false);
  });

  it('takes the threshold it is given', async () => {
    const records = await recordsOf((a) => (a.querySelector('#ticker')!.textContent = 'Updated 12 frames ago'));
    expect(addsParagraph(records, 10)).toBe(true);
  });
});
