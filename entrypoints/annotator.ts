import { createAnnotator } from '../src/content/annotator';
import { ANNOTATOR_KEY, type AnnotatorModule } from '../src/content/load-annotator';
import { readArticleInSlices } from '../src/page';
import { readElsewhere } from '../src/content/read-elsewhere';

// The heavy half of the content script, imported by it only on pages that look like articles
// (src/content/load-annotator.ts). Listed in web_accessible_resources for that import.
export default defineUnlistedScript(() => {
  const api: AnnotatorModule = { createAnnotator, readArticleInSlices, readElsewhere };
  (globalThis as { [ANNOTATOR_KEY]?: AnnotatorModule })[ANNOTATOR_KEY] = api;
});
