// Parsing a saved page under Node with happy-dom: scripts never run, nothing is fetched.
import type { Window as HappyWindow } from 'happy-dom';

// happy-dom 21 treats <style> and <script> inside <svg> as raw text that never ends, and drops the rest
// of the page (cnet's icon sprites in ../shared/corpus/pages/cnet). We never read svg, so they go.
const SVG_BLOCK = /<svg\b[\s\S]*?<\/svg\s*>/gi;
const RAW_TEXT_IN_SVG = /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

// happy-dom acts on <link> as it parses it: `rel="preload" as="fetch"` with a protocol-relative href
// ("//cdn.example.com/…") makes it resolve the address against about:blank, which throws from a promise
// nobody awaits, and Node ends the whole run. A link holds no article text, so none reaches the parser.
const LINK = /<link\b[^>]*>/gi;

/**
 * The HTML as the command line parses it: style and script elements removed from inside svg elements,
 * and no <link> elements (stylesheets, preloads, icons); everything else unchanged.
 */
export function inertHtml(html: string): string {
  return html.replace(SVG_BLOCK, (svg) => svg.replace(RAW_TEXT_IN_SVG, '')).replace(LINK, '');
}

let windowPromise: Promise<HappyWindow> | null = null;

// One inert window serves every file of a run; happy-dom is loaded only when an .html file comes.
function inertWindow(): Promise<HappyWindow> {
  windowPromise ??= import('happy-dom').then(
    ({ Window }) =>
      new Window({
        url: 'about:blank',
        settings: {
          disableJavaScriptEvaluation: true,
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          disableIframePageLoading: true,
          disableComputedStyleRendering: true,
          navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
        },
      }),
  );
  return windowPromise;
}

/** Parses HTML into a Document that no script ever ran in. Throws only if happy-dom itself fails. */
export async function parseHtml(html: string): Promise<Document> {
  const win = await inertWindow();
  return new win.DOMParser().parseFromString(inertHtml(html), 'text/html') as unknown as Document;
}

/** Releases the shared window (call once, at the end of a run); safe to call when none was made. */
export async function closeHtmlParser(): Promise<void> {
  if (!windowPromise) return;
  const win = await windowPromise;
  windowPromise = null;
  await win.happyDOM.close();
}
