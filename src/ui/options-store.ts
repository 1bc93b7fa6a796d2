import type { KindToggles, MemorySettings, Settings } from '../settings';

/**
 * What the options page asks of storage. The page takes it as a prop so tests pass an in-memory one and
 * the entry point passes browser-options-store.ts. Setters reject with an Error for a bad value.
 */
export interface OptionsStore {
  read(): Promise<Settings>;
  setEnabled(on: boolean): Promise<void>;
  /** Adds (true) or removes (false) a site on the off list; resolves to the new list. */
  setSiteDisabled(site: string, disabled: boolean): Promise<string[]>;
  setKinds(kinds: KindToggles): Promise<void>;
  /** Calls back with all settings whenever they change elsewhere (the popup, another window). */
  watch(listener: (settings: Settings) => void): () => void;
  readMemory(): Promise<MemorySettings>;
  setMemoryEnabled(on: boolean): Promise<void>;
  watchMemory(listener: (settings: MemorySettings) => void): () => void;
  /** The address of the "Your reading" page. */
  memoryUrl: string;
}
