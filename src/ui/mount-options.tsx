import { render } from 'preact';
import { browserOptionsStore } from './browser-options-store';
import { localizeDocument } from './localize-document';
import { OptionsPage } from './options-page';

/** Starts the options page in `doc`. */
export function mountOptions(doc: Document): void {
  localizeDocument(doc, 'optionsTitle');
  doc.documentElement.classList.add('options');
  render(<OptionsPage store={browserOptionsStore} />, doc.getElementById('app')!);
}
