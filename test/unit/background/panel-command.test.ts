import { describe, expect, it, vi } from 'vitest';
import { PANEL_COMMAND, panelCommandListener } from '../../../src/background/panel-command';

describe('the keyboard command that opens the side panel (Chrome)', () => {
  it('opens the panel in the window of the command’s tab, at once, before anything is awaited', () => {
    const open = vi.fn(async () => {});
    const handled = panelCommandListener({ open })(PANEL_COMMAND, { windowId: 7 });
    // Synchronously: Chrome honours the gesture only while the command is being handled.
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    expect(handled).toBe(true);
  });

  it.each([
    ['another command', 'toggle-annotations', { windowId: 7 }, true],
    ['no tab to take the window from', PANEL_COMMAND, undefined, true],
    ['a browser without a side panel', PANEL_COMMAND, { windowId: 7 }, false],
  ])('does nothing for %s', (_why, command, tab, hasPanel) => {
    const open = vi.fn(async () => {});
    expect(panelCommandListener(hasPanel ? { open } : undefined)(command, tab)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('a panel that fails to open does not throw', async () => {
    const open = vi.fn(() => Promise.reject(new Error('window closed')));
    expect(panelCommandListener({ open })(PANEL_COMMAND, { windowId: 1 })).toBe(true);
    await Promise.resolve();
  });
});
