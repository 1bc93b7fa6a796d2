/**
 * The live watcher on a page that never stops changing in small ways (a ticker on every frame): it stops
 * reading records after a short burst of irrelevant ones and rests, and on waking reports a content change
 * only when a paragraph's worth of text came meanwhile. The clock (timers and performance.now) is the
 * test's, so the ticks, the rest and the settle time keep their order on a machine of any speed; the
 * observer's records still arrive as microtasks, as in a browser.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addsParagraph, watchLive, type Change } from '../../../src/content/live-watch';
import { Scope } from '../../../src/content/scope';

/** Lets `ms` pass on the test's clock, the observer's callbacks (microtasks) included. */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
let scope: Scope;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  scope?.end();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

/** Rewrites the ticker `times` times, one task apart (each change is its own observer callback). */
async function tick(times: number): Promise<void> {
  const ticker = document.getElementById('ticker')!;
  for (let i = 0; i < times; i++) {
    ticker.textContent = `Updated ${i} frames ago`;
    await wait(2);
  }
}

function setUp() {
  document.body.innerHTML = '<article><p id="ticker">Updated 0 frames ago</p><p>Officials said the bridge would reopen on Friday, a week later than planned.</p></article>';
  scope = new Scope();
  let looked = 0;
  const changes: Change[] = [];
  watchLive(document, scope, {
    isRelevant: (records) => {
      looked++;
      return addsParagraph(records);
    },
    onChange: (c) => changes.push(c),
    settleMs: 20,
    restMs: 150,
  });
  return { changes, looked: () => looked };
}

describe('a page that keeps changing in small ways', () => {
  it('stops looking at its records after a burst, and reports nothing while only the ticker changes', async () => {
    const { changes, looked } = setUp();
    await tick(40);
    expect(looked()).toBe(10);
    await wait(200); // the rest ends; the ticker changed nothing worth a re-read
    expect(changes).toEqual([]);
  });

  it('on waking, reports a paragraph that arrived while it rested', async () => {
    const { changes, looked } = setUp();
    await tick(12);
    expect(looked()).toBe(10);
    const p = document.createElement('p');
    p.textContent = '“We will rebuild the bridge before winter,” said Maria Okafor, the mayor of Eastbrook, on Tuesday.';
    document.querySelector('article')!.append(p);
    await wait(250);
    expect(changes).toEqual(['content']);
  });

  it('keeps looking while changes are relevant', async () => {
    const { changes, looked } = setUp();
    const article = document.querySelector('article')!;
    for (let i = 0; i < 15; i++) {
      article.append(Object.assign(document.createElement('p'), { textContent: `Paragraph ${i}: officials said the repairs would cost more than the council had planned.` }));
      await wait(2);
    }
    expect(looked()).toBe(15);
    await wait(60);
    expect(changes).toEqual(['content']); // debounced into one
  });
});
