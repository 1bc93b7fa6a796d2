import { describe, expect, it } from 'vitest';
import { popupTabId } from '../../../src/ui/popup-tab';

const active = (id: number | undefined) => async () => id;

describe('popupTabId', () => {
  it.each([
    ['?tabId=42', 7, 42],
    ['?tabId=0', 7, 0],
    ['', 7, 7],
    ['?other=1', 9, 9],
  ])('%s with active tab %i -> %i', async (search, activeId, expected) => {
    await expect(popupTabId(search, active(activeId))).resolves.toBe(expected);
  });

  it.each([['?tabId=abc'], ['?tabId=-1'], ['?tabId=1.5'], ['?tabId=']])('rejects %s', async (search) => {
    await expect(popupTabId(search, active(1))).rejects.toThrow(/Not a tab id/);
  });

  it('rejects when there is no active tab', async () => {
    await expect(popupTabId('', active(undefined))).rejects.toThrow('No active tab');
  });
});
