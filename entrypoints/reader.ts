import { READER_KEY, type ReaderModule } from '../src/content/load-annotator';
import { readArticleInSlices } from '../src/page/read-article';

// The page reader that works in the page itself (Readability and all), imported by the content script only
// when an article must be read here: a large page, or no answer from the extension (src/content/boot.ts).
// Listed in web_accessible_resources for that import.
export default defineUnlistedScript(() => {
  const api: ReaderModule = { readArticleInSlices };
  (globalThis as { [READER_KEY]?: ReaderModule })[READER_KEY] = api;
});
