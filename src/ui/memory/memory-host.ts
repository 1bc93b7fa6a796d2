import type { MemoryArticle } from '../../memory/types';
import type { MemorySettings } from '../../settings-values';
import type { ExportFormat } from '../download';

/**
 * Everything the "Your reading" page asks of the browser. A prop, so tests pass one over fake-indexeddb and
 * the entry point passes browser-memory-host.ts. Methods reject on failure; the page says so.
 */
export interface MemoryHost {
  /** Every remembered article, oldest read first. */
  load(): Promise<MemoryArticle[]>;
  settings(): Promise<MemorySettings>;
  setEnabled(on: boolean): Promise<void>;
  /** Forgets one site's articles; resolves to how many. */
  forgetSite(site: string): Promise<number>;
  forgetAll(): Promise<void>;
  download(text: string, format: ExportFormat, fileName: string): void;
  /** The reader's language, for dates. */
  language: string;
}
