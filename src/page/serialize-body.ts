/**
 * A page's <body> as HTML, without the code in its scripts and the rules in its style sheets: on news pages,
 * inline scripts are most of the body's bytes (900 KB of Yahoo's 1.4 MB, 650 KB of the New York Times' 820 KB
 * in ../shared/corpus/pages), and once their scripts have run, <style> elements can be too (530 KB of
 * Breitbart's 850 KB live body, 330 KB of a Yahoo page's); serializing, and the browser copying the message,
 * cost the page's main thread by the byte. Every subtree that holds neither is serialized by the browser
 * (`outerHTML`); only the elements on the way to one are written here, by the HTML serialization rules. A
 * script or style keeps its attributes; its text is left out, but for JSON-LD (metadata, which the reader may
 * take a title from). No reader looks at style rules: the document the page is read in elsewhere is never
 * rendered, and no article text is there.
 */

const VOID = new Set('area base br col embed hr img input link meta source track wbr basefont bgsound frame keygen param'.split(' '));
// Elements whose text the serializer writes as it is (no escaping).
const RAW_TEXT = new Set('style script xmp iframe noembed noframes plaintext noscript'.split(' '));
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const ELEMENT_NODE = 1;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;');

function startTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const a of el.attributes) tag += ` ${a.name}="${escapeAttribute(a.value)}"`;
  return `${tag}>`;
}

function keepsCode(script: Element): boolean {
  return (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

/** The elements whose text is left out (see above); remote-read.ts counts no Text node under them either. */
export const CODE_ELEMENTS = ['script', 'style'] as const;

/** Whether `el` holds a script or a style: the first one answers (`.length` would count them all, for every element on the way). */
function holdsCode(el: Element): boolean {
  return CODE_ELEMENTS.some((tag) => el.getElementsByTagName(tag).item(0) !== null);
}

/** `body.outerHTML`, but for the code of its scripts and the rules of its styles (see above). */
export function bodyHtml(body: HTMLElement): string {
  if (!holdsCode(body)) return body.outerHTML;
  const out: string[] = [];
  const write = (el: Element): void => {
    const name = el.localName;
    if (name === 'script') {
      out.push(startTag(el), keepsCode(el) ? (el.textContent ?? '') : '', '</script>');
      return;
    }
    if (name === 'style') {
      out.push(startTag(el), '</style>');
      return;
    }
    // A subtree without scripts or styles (or a <template>, whose content is no child) is the browser's to write.
    if (name === 'template' || !holdsCode(el)) {
      out.push(el.outerHTML);
      return;
    }
    out.push(startTag(el));
    // No extra newline after <pre>: browsers no longer write one (and the parser drops one), as outerHTML does.
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE) write(c as Element);
      else if (c.nodeType === TEXT_NODE) out.push(RAW_TEXT.has(name) ? (c as Text).data : escapeText((c as Text).data));
      else if (c.nodeType === COMMENT_NODE) out.push(`<!--${(c as Comment).data}-->`);
    }
    if (!VOID.has(name)) out.push(`</${name}>`);
  };
  write(body);
  return out.join('');
}
