import { describe, expect, it } from 'vitest';
import { type ActiveTabSource, followActiveTab } from '../../../src/ui/follow-tab';

/** Two windows: 1 with tabs 10 (active) and 11, 2 with tab 20; `activate` switches like the reader does. */
function fakeTabs(windowId: number | null = 1, active: Record<number, number | undefined> = { 1: 10, 2: 20 }) {
  const listeners = new Set<(info: { tabId: number; windowId: number }) => void>();
  const source: ActiveTabSource = {
    currentWindowId: async () => windowId ?? undefined,
    activeTabId: async (id) => active[id],
    onActivated(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const activate = (tabId: number, inWindow: number) => listeners.forEach((l) => l({ tabId, windowId: inWindow }));
  return { source, activate, listeners };
}

describe('the side panel follows the active tab of its window', () => {
  it('starts with the active tab, then follows each switch in its own window only', async () => {
    const { source, activate } = fakeTabs();
    const seen: number[] = [];
    const stop = await followActiveTab(source, (id) => seen.push(id));
    activate(11, 1);
    activate(20, 2);
    activate(10, 1);
    expect(seen).toEqual([10, 11, 10]);
    stop();
    activate(11, 1);
    expect(seen).toEqual([10, 11, 10]);
  });

  it.each([
    ['no window', fakeTabs(null), 'No window'],
    ['no active tab', fakeTabs(1, {}), 'No active tab'],
  ])('fails clearly with %s, listening to nothing', async (_what, { source, listeners }, message) => {
    await expect(followActiveTab(source, () => {})).rejects.toThrow(message);
    expect(listeners.size).toBe(0);
  });
});
