import { readSettings, setAnnotationsEnabled, setHighlightKinds, setSiteDisabled, watchSettings } from '../settings';
import type { OptionsStore } from './options-store';

/** The options page's store backed by the extension's settings (src/settings.ts). */
export const browserOptionsStore: OptionsStore = {
  read: readSettings,
  setEnabled: setAnnotationsEnabled,
  setSiteDisabled,
  setKinds: setHighlightKinds,
  watch: watchSettings,
};
