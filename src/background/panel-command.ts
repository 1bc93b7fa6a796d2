/**
 * Chrome's keyboard command for the side panel (Firefox opens its sidebar itself on the reserved
 * `_execute_sidebar_action`). Chrome lets `sidePanel.open` run only while the command is being handled, the
 * reader's key press being the gesture it asks for: the panel is opened at once, before anything is awaited,
 * in the window of the tab the command came from.
 */

/** The command's name in the manifest (wxt.config.ts). */
export const PANEL_COMMAND = 'open-side-panel';

export interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}

/** The onCommand listener; true when it opened (or tried to open) the panel. */
export function panelCommandListener(sidePanel: SidePanelApi | undefined) {
  return (command: string, tab?: { windowId?: number }): boolean => {
    if (command !== PANEL_COMMAND || !sidePanel || tab?.windowId === undefined) return false;
    sidePanel.open({ windowId: tab.windowId }).catch(() => {
      // The window closed meanwhile.
    });
    return true;
  };
}
