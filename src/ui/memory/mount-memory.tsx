import { render } from 'preact';
import { localizeDocument } from '../localize-document';
import { entryOf } from '../memory-link';
import { browserMemoryHost } from './browser-memory-host';
import { MemoryPage } from './memory-page';

/** Starts the "Your reading" page in `doc`, opened at the entry `search` names (`?entry=person:jim jeffrey`), if any. */
export function mountMemory(doc: Document, search: string): void {
  localizeDocument(doc, 'memoryTitle');
  doc.documentElement.classList.add('options', 'memory-page');
  render(<MemoryPage host={browserMemoryHost(doc)} entry={entryOf(search)} />, doc.getElementById('app')!);
}
