import assert from "node:assert/strict";
import { test } from "node:test";
import { lessonHtml } from "../../../extension/lessons/lesson-html";
import { equationComments, lineOfEquation } from "../../../extension/lessons/equation-links";
import { laterChunksElement, splitLessonBody } from "../../../extension/lessons/lesson-chunks";
import { contentSecurityPolicy, makeNonce, webviewHtml } from "../../../extension/webview-html";
import { katexCssWithFonts, lessonStylesheet } from "../../../extension/lessons/lesson-assets";
import type { LessonPage } from "../../../protocol/webview";
import { lessonAssets } from "./browser";

const page: LessonPage = {
  id: "6.2", title: "Logistic <b>", minutes: 30, html: "<p>body</p>", css: '[data-ks="k0"]{height:1em!important}',
  exercises: [{ name: "softmax", title: 'Softmax "quoted" </main><script>x()</script>' }], equations: [],
};

void test("the CSP starts from default-src 'none', scripts only by nonce, no wasm outside demos", () => {
  const csp = contentSecurityPolicy({ cspSource: "vscode-resource:", nonce: "N1" });
  assert.match(csp, /^default-src 'none'/);
  assert.match(csp, /script-src 'nonce-N1'(;|$)/);
  assert.match(csp, /style-src vscode-resource: 'nonce-N1'/);
  assert.match(csp, /font-src vscode-resource:/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|wasm-unsafe-eval/);
  assert.match(contentSecurityPolicy({ cspSource: "s", nonce: "n", wasm: true }), /script-src 'nonce-n' 'wasm-unsafe-eval'/);
});

void test("nonces are fresh and long enough", () => {
  const a = makeNonce(), b = makeNonce();
  assert.notEqual(a, b);
  assert.ok(a.length >= 20 && /^[A-Za-z0-9]+$/.test(a));
});

void test("the lesson page escapes its state and titles, and loads only nonce'd script", () => {
  const html = lessonHtml({ page, cspSource: "https://x", nonce: "NONCE", webviewsBase: "https://x/webviews", assets: lessonAssets() });
  // Scripts: the page module and the inline boot script, both by nonce; besides them only inert JSON.
  const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
  assert.deepEqual(scripts.filter((a) => !a.includes('type="application/json"')).map((a) => a.replace(/ src="[^"]*"/, "")),
    [' type="module" nonce="NONCE"', ' nonce="NONCE"']);
  assert.match(html, /<script type="module" nonce="NONCE" src="https:\/\/x\/webviews\/lesson.js"><\/script>/);
  assert.ok(html.indexOf(lessonAssets().boot) < html.indexOf("<body>"), "the boot script runs from <head>");
  // One nonce'd <style>: KaTeX's CSS, lesson.css, then the lesson's math classes; no stylesheet links.
  assert.doesNotMatch(html, /<link rel="stylesheet"/);
  assert.equal([...html.matchAll(/<style/g)].length, 1);
  const style = /<style nonce="NONCE">([^]*?)<\/style>/.exec(html)![1]!;
  const at = (needle: string): number => { const i = style.indexOf(needle); assert.ok(i >= 0, needle); return i; };
  assert.ok(at(".katex{") < at(".lesson-header {") && at(".lesson-header {") < at('[data-ks="k0"]'));
  assert.match(style, /src:url\("https:\/\/x\/webviews\/katex\/fonts\/KaTeX_Main-Regular.woff2"\) format\("woff2"\)[;}]/);
  assert.match(html, /data-exercise="softmax"/);
  assert.doesNotMatch(html, /<b>/);
  const state = /data-state="([^"]*)"/.exec(html)![1]!;
  assert.doesNotMatch(state, /[<>"]/);
  const decoded = state.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  assert.equal(JSON.parse(decoded).exercises[0].title, page.exercises[0]!.title);
});

void test("inline css cannot close its style element", () => {
  const html = webviewHtml({ title: "t", cspSource: "s", nonce: "n", scriptUri: "s.js", styleUris: [], inlineCss: "a{}</style><script>bad()</script>", state: {}, body: "" });
  assert.equal(html.indexOf("</style>"), html.lastIndexOf("</style>"));
});

void test("equation comments are found with their lines and columns", () => {
  const src = "export function f() {\n  const p = exp(z); // eq:softmax\n  return p; // uses eq:ce-grad and eq:x\n}\n";
  assert.deepEqual(equationComments(src).map((c) => [c.line, c.label]), [[1, "eq:softmax"], [2, "eq:ce-grad"], [2, "eq:x"]]);
  assert.equal(lineOfEquation(src, "eq:ce-grad"), 2);
  assert.equal(lineOfEquation(src, "eq:none"), undefined);
  assert.equal(lineOfEquation('const s = "eq:softmax";', "eq:softmax"), undefined);
});

void test("a lesson body splits after its first screens; the rest is inert data that cannot close its element", () => {
  const chunk = (h: number, text: string): string => `<div class="lesson-chunk" data-h="${h}">\n<p>${text}</p>\n</div>\n`;
  const chunks = [chunk(900, "a"), chunk(900, "b"), chunk(900, "c </script><script>x()</script> <!--"), chunk(300, "d")];
  const html = chunks.join("");
  const split = splitLessonBody(html, 2000);
  assert.equal(split.first, chunks.slice(0, 3).join(""));
  assert.deepEqual(split.later, chunks.slice(3));
  assert.equal(split.first + split.later.join(""), html);
  // Always at least one chunk, even a tall one; a body without chunks stays whole.
  assert.deepEqual(splitLessonBody(html, 100), { first: chunks[0], later: chunks.slice(1) });
  assert.deepEqual(splitLessonBody("<p>x</p>", 100), { first: "<p>x</p>", later: [] });
  const element = laterChunksElement(splitLessonBody(html, 500).later);
  assert.equal([...element.matchAll(/<\/script/gi)].length, 1);
  assert.doesNotMatch(element.slice(0, -"</script>".length), /<!--|<\//);
  const data = /^<script type="application\/json" id="later-chunks">([\s\S]*)<\/script>$/.exec(element)![1]!;
  assert.deepEqual(JSON.parse(data), chunks.slice(1));
  assert.equal(laterChunksElement([]), "");
  // The page carries the first part in its body and the rest in the data block.
  const long = lessonHtml({ page: { ...page, html }, cspSource: "https://x", nonce: "NONCE", webviewsBase: "https://x/webviews", assets: lessonAssets() });
  assert.match(long, /<article class="lesson-body">[^]*<p>b<\/p>[^]*<\/article><script type="application\/json" id="later-chunks">/);
  assert.doesNotMatch(/<article[^]*<\/article>/.exec(long)![0], /<p>d<\/p>/);
});

void test("KaTeX's @font-face sources become the shipped woff2 files at the webview base", () => {
  const css = '@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff"),url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")}'
    + "@font-face{font-family:Old;src:url(fonts/Old.ttf) format(\"truetype\")}.a{color:red}";
  assert.equal(katexCssWithFonts(css, 'https://h/a "b"').css,
    '@font-face{font-family:KaTeX_AMS;src:url("https://h/a \\"b\\"/katex/fonts/KaTeX_AMS-Regular.woff2") format("woff2")}'
    + '@font-face{font-family:Old;src:url("https://h/a \\"b\\"/katex/fonts/Old.ttf") format("truetype")}.a{color:red}');
  // The real stylesheet: every face is left with exactly one source, its woff2 file.
  const real = katexCssWithFonts(lessonAssets().katex, "https://x/webviews").css;
  const faces = [...real.matchAll(/@font-face\{[^}]*\}/g)].map((m) => m[0]);
  assert.ok(faces.length >= 15, `${faces.length} faces`);
  for (const face of faces) assert.match(face, /src:url\("https:\/\/x\/webviews\/katex\/fonts\/KaTeX_[\w-]+\.woff2"\) format\("woff2"\)[;}]/);
  assert.doesNotMatch(real, /url\(fonts\/|\.woff\)|\.ttf\)/);
  // Computed once per base: the same string back, a different one for another base.
  const styles = lessonAssets();
  assert.equal(lessonStylesheet(styles, "https://x/webviews").css, lessonStylesheet(styles, "https://x/webviews").css);
  assert.equal(lessonStylesheet(styles, "https://x/webviews", ["b", "a"]), lessonStylesheet(styles, "https://x/webviews", ["a", "b"]));
  assert.match(lessonStylesheet(styles, "https://y/w").css, /https:\/\/y\/w\/katex\/fonts\//);
});

void test("faces the page carries itself leave KaTeX's stylesheet with their descriptors", () => {
  const { katex } = lessonAssets();
  const all = katexCssWithFonts(katex, "https://x/w");
  const some = katexCssWithFonts(katex, "https://x/w", new Set(["KaTeX_Main-Regular.woff2", "KaTeX_Math-Italic.woff2", "KaTeX_Main-Bold.woff2"]));
  assert.deepEqual(all.faces, []);
  assert.deepEqual(some.faces.map((f) => [f.file, f.family, f.style, f.weight]).sort(), [
    ["KaTeX_Main-Bold.woff2", "KaTeX_Main", "normal", "700"],
    ["KaTeX_Main-Regular.woff2", "KaTeX_Main", "normal", "400"],
    ["KaTeX_Math-Italic.woff2", "KaTeX_Math", "italic", "400"],
  ]);
  const faceCount = (css: string): number => (css.match(/@font-face/g) ?? []).length;
  assert.equal(faceCount(some.css), faceCount(all.css) - 3);
  assert.doesNotMatch(some.css, /KaTeX_Main-Regular|KaTeX_Math-Italic|KaTeX_Main-Bold\./);
  // The other faces of the same families stay: Main's italic, Math's bold italic.
  assert.match(some.css, /KaTeX_Main-Italic\.woff2/);
  assert.match(some.css, /KaTeX_Math-BoldItalic\.woff2/);
});

void test("a lesson page carries the faces its first screen draws with, and only those", () => {
  const html = "<div class=\"lesson-chunk\" data-h=\"100\">" + '<span class="katex"><span class="mord mathnormal">x</span><span class="mord mathbb">R</span></span></div>';
  const out = lessonHtml({ page: { ...page, html }, cspSource: "https://x", nonce: "NONCE", webviewsBase: "https://x/webviews", assets: lessonAssets() });
  const block = /<script type="application\/json" id="first-fonts">([^<]*)<\/script>/.exec(out)![1]!;
  const faces = JSON.parse(block) as { family: string; style: string; weight: string; data: string }[];
  assert.deepEqual(faces.map((f) => `${f.family} ${f.style} ${f.weight}`).sort(), ["KaTeX_AMS normal 400", "KaTeX_Main normal 400", "KaTeX_Math italic 400"]);
  assert.equal(faces.find((f) => f.family === "KaTeX_Main")!.data, lessonAssets().fonts["KaTeX_Main-Regular.woff2"]);
  for (const f of faces) assert.equal(Buffer.from(f.data, "base64").subarray(0, 4).toString("latin1"), "wOF2");
  const style = /<style nonce="NONCE">([^]*?)<\/style>/.exec(out)![1]!;
  assert.doesNotMatch(style, /KaTeX_AMS-Regular/);
  assert.match(style, /KaTeX_Size1-Regular\.woff2/);
  // Without the font files (not read), nothing is carried and every face stays a rule.
  const bare = lessonHtml({ page: { ...page, html }, cspSource: "https://x", nonce: "NONCE", webviewsBase: "https://x/webviews", assets: { ...lessonAssets(), fonts: {} } });
  assert.match(bare, /<script type="application\/json" id="first-fonts">\[\]<\/script>/);
  assert.match(bare, /KaTeX_AMS-Regular\.woff2/);
});

void test("the boot block cannot end early and a boot script that could is refused", () => {
  const shell = (script: string, value: unknown): string =>
    webviewHtml({ title: "t", cspSource: "s", nonce: "n", scriptUri: "s.js", styleUris: [], state: {}, body: "", boot: { script, data: { id: "d", value } } });
  const html = shell("1", ["</script><script>bad()</script><!--"]);
  const block = /<script type="application\/json" id="d">([^]*?)<\/script>/.exec(html)![1]!;
  assert.deepEqual(JSON.parse(block), ["</script><script>bad()</script><!--"]);
  // Three elements end: the module script, the data block, the boot script; the data opened none.
  assert.equal([...html.matchAll(/<\/script/gi)].length, 3);
  assert.doesNotMatch(html, /<!--/);
  assert.throws(() => shell("x = '</script>'", []), /boot script/);
});
