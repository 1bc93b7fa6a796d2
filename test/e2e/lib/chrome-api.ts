/**
 * The few `chrome.*` calls tests evaluate inside the extension's service worker, typed without pulling
 * @types/chrome into the whole project. In a test module: `declare const chrome: ChromeApi;`.
 */
export interface ChromeTab {
  id?: number;
  url?: string;
  title?: string;
  active: boolean;
  windowId: number;
}

export interface ChromeApi {
  runtime: {
    id: string;
    getManifest(): { version: string; name: string; permissions?: string[] };
    getContexts(filter: { contextTypes: string[] }): Promise<Array<{ contextType: string; documentUrl?: string }>>;
  };
  tabs: {
    query(q: { active?: boolean; lastFocusedWindow?: boolean; currentWindow?: boolean; url?: string }): Promise<ChromeTab[]>;
    get(tabId: number): Promise<ChromeTab>;
    reload(tabId: number): Promise<void>;
  };
  action: {
    getBadgeText(d: { tabId?: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId?: number }): Promise<[number, number, number, number]>;
    getTitle(d: { tabId?: number }): Promise<string>;
  };
  i18n: {
    getMessage(name: string, substitutions?: string | string[]): string;
    getUILanguage(): string;
  };
  storage: {
    local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    session: { get(keys?: string | string[] | null): Promise<Record<string, unknown>> };
  };
}
