import { browser } from 'wxt/browser';
import {
  readMemorySettings,
  readSettings,
  setAnnotationsEnabled,
  setHighlightKinds,
  setMemoryEnabled,
  setSiteDisabled,
  watchMemorySettings,
  watchSettings,
} from '../settings';
import { memoryPagePath } from './memory-link';
import type { OptionsStore } from './options-store';

/** The options page's store backed by the extension's settings (src/settings.ts). */
export const browserOptionsStore: OptionsStore = {
  read: readSettings,
  setEnabled: setAnnotationsEnabled,
  setSiteDisabled,
  setKinds: setHighlightKinds,
  watch: watchSettings,
  readMemory: readMemorySettings,
  setMemoryEnabled,
  watchMemory: watchMemorySettings,
  get memoryUrl() {
    return browser.runtime.getURL(`/${memoryPagePath()}`);
  },
};
