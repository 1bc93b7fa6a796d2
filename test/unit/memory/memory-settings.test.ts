import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { memoryAsked, memoryEnabled, readMemorySettings, setMemoryEnabled } from '../../../src/settings';

beforeEach(() => fakeBrowser.reset());

describe('the memory settings', () => {
  it('are off and not yet asked by default', async () => {
    expect(await readMemorySettings()).toEqual({ enabled: false, asked: false });
  });

  it.each([true, false])('answering %s turns it so and counts as asked', async (on) => {
    await setMemoryEnabled(on);
    expect(await readMemorySettings()).toEqual({ enabled: on, asked: true });
  });

  it('a malformed stored value gives the default', async () => {
    await fakeBrowser.storage.local.set({ memoryEnabled: 'yes', memoryAsked: 1 });
    expect(await readMemorySettings()).toEqual({ enabled: false, asked: false });
  });

  it('refuses a value that is not a boolean', async () => {
    await expect(setMemoryEnabled('on' as unknown as boolean)).rejects.toThrow('memoryEnabled must be true or false');
    expect(await memoryEnabled.getValue()).toBe(false);
    expect(await memoryAsked.getValue()).toBe(false);
  });
});
