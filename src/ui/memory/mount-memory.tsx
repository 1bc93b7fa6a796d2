import { render } from 'preact';
import { localizeDocument } from '../localize-document';
import { entryOf } from '../memory-link';
import { browserMemoryHost } from './browser-memory-host';
import { MemoryPage } from './memory-page';

/** Starts the "Your reading" page in `doc`, opened at the entry `search` names (`?entry=person:jim jeffrey`), if any. */
export function mountMemory(doc: Document, search: string): void {
  const host = browserMemoryHost(doc);
  // The store is read first, while the page renders its first frame (a failure is the page's to show, once it listens).
  const first = host.digests();
  first.catch(() => {});
  localizeDocument(doc, 'memoryTitle');
  doc.documentElement.classList.add('options', 'memory-page');
  render(<MemoryPage host={host} first={first} entry={entryOf(search)} />, doc.getElementById('app')!);
}
