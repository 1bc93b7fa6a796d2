import { createAnnotator } from '../src/content/annotator';
import { ANNOTATOR_KEY, type AnnotatorModule } from '../src/content/load-annotator';
import { readElsewhere } from '../src/content/read-elsewhere';
import { backgroundRequests } from '../src/content/requests';

// The heavy half of the content script, imported by it only on pages that look like articles
// (src/content/load-annotator.ts). Listed in web_accessible_resources for that import. The page reader that
// works in the page is a bundle of its own (entrypoints/reader.ts): most articles are read elsewhere.
export default defineUnlistedScript(() => {
  const api: AnnotatorModule = { createAnnotator, readElsewhere, backgroundRequests };
  (globalThis as { [ANNOTATOR_KEY]?: AnnotatorModule })[ANNOTATOR_KEY] = api;
});
