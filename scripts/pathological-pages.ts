/**
 * Pathological pages for the hostile-web measurements (issue 6), built in memory so tests and the
 * `fixtures:pathological` command share one definition. Each is a full article page that reads like news
 * (invented text: names, "said", quotes) so the content script really works on it, then pushed to an
 * extreme. Deterministic: the same bytes on every run.
 */

export interface PathologicalPage {
  /** File name, kebab-case: "one-megabyte-paragraph.html". */
  name: string;
  /** What is extreme about it, one line. */
  about: string;
  html: string;
}

// Invented sentences in the shapes the engine looks for: direct, indirect, "according to", unnamed, pronoun.
const SENTENCES = [
  '“We will rebuild the bridge before winter,” said Maria Okafor, the mayor of Eastbrook.',
  'Officials said the repairs would cost more than the council had planned.',
  'The plan is already behind schedule, according to the Eastbrook Gazette.',
  '“Nobody told us the road would close,” a shop owner said.',
  'Daniel Reyes, a spokesman for the transport agency, said crews were working around the clock.',
  'He added that the agency expected to reopen one lane by Friday.',
  'Experts say the original design underestimated the river’s spring floods.',
  'The agency said in a statement that it would publish the inspection report.',
] as const;

function sentence(i: number): string {
  return SENTENCES[i % SENTENCES.length]!;
}

function page(title: string, body: string, extraHead = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
${extraHead}</head>
<body>
<main>
<article>
<h1>${title}</h1>
${body}
</article>
</main>
</body>
</html>
`;
}

/** Ordinary paragraphs around the extreme part, so the page still reads as an article. */
function lead(n: number): string {
  return Array.from({ length: n }, (_, i) => `<p>${sentence(i)} ${sentence(i + 3)}</p>`).join('\n');
}

function oneMegabyteParagraph(): PathologicalPage {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const s = sentence(i) + ' ';
    parts.push(s);
    size += s.length;
  }
  return {
    name: 'one-megabyte-paragraph.html',
    about: 'one paragraph of 1 MB of text, full of attributions',
    html: page('A one-megabyte paragraph', `${lead(3)}\n<p>${parts.join('')}</p>`),
  };
}

function fiftyThousandParagraphs(): PathologicalPage {
  const ps = Array.from({ length: 50_000 }, (_, i) => `<p>${sentence(i)}</p>`);
  return {
    name: 'fifty-thousand-paragraphs.html',
    about: '50,000 paragraphs, one attribution each',
    html: page('Fifty thousand paragraphs', ps.join('\n')),
  };
}

function unmatchedQuotes(): PathologicalPage {
  // Opening marks that never close, straight and curly, scattered through ordinary sentences: a quote
  // matcher that backtracks or scans to the end for each one goes quadratic here.
  const marks = ['“', '"', '«', '„', '‘'];
  const ps: string[] = [];
  for (let p = 0; p < 500; p++) {
    const words: string[] = [];
    for (let q = 0; q < 20; q++) words.push(`${marks[(p + q) % marks.length]}officials said the plan was late`);
    ps.push(`<p>${words.join(' ')} ${sentence(p)}</p>`);
  }
  return {
    name: 'unmatched-quotes.html',
    about: '10,000 opening quotation marks that never close',
    html: page('Ten thousand unmatched quotation marks', `${lead(2)}\n${ps.join('\n')}`),
  };
}

function deepNesting(): PathologicalPage {
  // The HTML parser flattens nesting past 512 levels, so the depth is built with DOM calls, during parsing
  // (before document idle, when the content script runs). Inline elements: Chromium 156's renderer itself
  // crashes on 5,000 nested <div>s (no extension loaded; checked), and a page that kills the browser
  // measures nothing of ours.
  const script = `<script>
(function () {
  var host = document.getElementById('deep');
  var node = host;
  for (var i = 0; i < 5000; i++) { var d = document.createElement(i % 2 ? 'em' : 'span'); node.appendChild(d); node = d; }
  var p = document.createElement('p');
  p.textContent = ${JSON.stringify(sentence(0) + ' ' + sentence(4))};
  node.appendChild(p);
})();
</script>`;
  return {
    name: 'deep-nesting.html',
    about: 'an article paragraph 5,000 elements deep',
    html: page('Nesting five thousand deep', `${lead(4)}\n<div id="deep"></div>\n${script}\n<p>${sentence(2)}</p>`),
  };
}

function hundredThousandNodes(): PathologicalPage {
  // Every word in its own <span>: 100,000+ nodes inside the article, and every quote crosses element boundaries.
  const ps: string[] = [];
  let spans = 0; // each span and its text node: two nodes, so 50,000 spans are 100,000 nodes before the rest
  for (let i = 0; spans < 50_000; i++) {
    const words = sentence(i).split(' ');
    ps.push(`<p>${words.map((w) => `<span>${w}</span>`).join(' ')}</p>`);
    spans += words.length;
  }
  return {
    name: 'hundred-thousand-nodes.html',
    about: '100,000 DOM nodes in the article, one <span> per word',
    html: page('One hundred thousand nodes', ps.join('\n')),
  };
}

function mutatesEveryFrame(): PathologicalPage {
  // A live ticker and a paragraph rewritten on every animation frame, plus one paragraph added and removed:
  // the content script must settle (debounce) rather than rescan 60 times a second.
  const script = `<script>
(function () {
  var ticker = document.getElementById('ticker');
  var live = document.getElementById('live');
  var article = document.querySelector('article');
  var extra = null;
  var n = 0;
  function frame() {
    n++;
    ticker.textContent = 'Updated ' + n + ' frames ago';
    live.textContent = '“The count is ' + n + ',” the clerk said.';
    if (extra) { extra.remove(); extra = null; } else { extra = document.createElement('p'); extra.textContent = 'Officials said frame ' + n + ' was fine.'; article.appendChild(extra); }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
</script>`;
  return {
    name: 'mutates-every-frame.html',
    about: 'rewrites a paragraph and adds or removes another on every animation frame',
    html: page('A page that never stops changing', `<p id="ticker">Updated 0 frames ago</p>\n${lead(8)}\n<p id="live">“The count is 0,” the clerk said.</p>\n${script}`),
  };
}

function framesAndShadowRoots(): PathologicalPage {
  const inner = `<p>${sentence(0)}</p><p>${sentence(1)}</p>`;
  const srcdoc = `<!DOCTYPE html><html><body><article>${inner}</article></body></html>`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const script = `<script>
(function () {
  var open = document.getElementById('open-shadow').attachShadow({ mode: 'open' });
  var p = document.createElement('p'); p.textContent = ${JSON.stringify(sentence(4))}; open.appendChild(p);
  var closed = document.getElementById('closed-shadow').attachShadow({ mode: 'closed' });
  var q = document.createElement('p'); q.textContent = ${JSON.stringify(sentence(5))}; closed.appendChild(q);
})();
</script>`;
  const body = `${lead(4)}
<iframe title="same-origin frame" srcdoc="${srcdoc}" width="600" height="120"></iframe>
<iframe title="blank frame" src="about:blank" width="600" height="40"></iframe>
<div id="declarative-shadow"><template shadowrootmode="open"><p>${sentence(2)}</p><slot></slot></template><p>${sentence(3)}</p></div>
<div id="open-shadow"></div>
<div id="closed-shadow"></div>
${script}
${lead(2)}`;
  return {
    name: 'frames-and-shadow-roots.html',
    about: 'article text inside iframes (srcdoc, about:blank), declarative, open and closed shadow roots',
    html: page('Frames and shadow roots', body),
  };
}

/** Every pathological page, built fresh. The largest (50,000 paragraphs) is about 4 MB. */
export function makePathologicalPages(): PathologicalPage[] {
  return [
    oneMegabyteParagraph(),
    fiftyThousandParagraphs(),
    unmatchedQuotes(),
    deepNesting(),
    hundredThousandNodes(),
    mutatesEveryFrame(),
    framesAndShadowRoots(),
  ];
}
