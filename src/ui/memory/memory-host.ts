import type { MemoryEntity } from '../../memory/merge';
import type { MemoryDigest } from '../../memory/store';
import type { MemoryArticle } from '../../memory/types';
import type { MemorySettings } from '../../settings-values';
import type { ExportFormat } from '../download';

/**
 * Everything the "Your reading" page asks of the browser. A prop, so tests pass one over fake-indexeddb and
 * the entry point passes browser-memory-host.ts. Methods reject on failure; the page says so.
 */
export interface MemoryHost {
  /** What the page is drawn from: the sites' and names' digests (src/memory/digest.ts). */
  digests(): Promise<MemoryDigest>;
  /** The articles an entry stands on, latest read first (read when the reader opens the entry). */
  articlesOf(entity: MemoryEntity): Promise<MemoryArticle[]>;
  /** Every article, oldest read first (for export). */
  all(): Promise<MemoryArticle[]>;
  settings(): Promise<MemorySettings>;
  setEnabled(on: boolean): Promise<void>;
  /** Forgets one site's articles; resolves to how many. */
  forgetSite(site: string): Promise<number>;
  forgetAll(): Promise<void>;
  download(text: string, format: ExportFormat, fileName: string): void;
  /** The reader's language, for dates. */
  language: string;
}
