/**
 * Markdown input: drop the markers (emphasis, headings, escapes, <br>) so that they never leak
 * into names, dates or actions, keeping a map back to the input. remark-parse finds the emphasis
 * and heading markers (it is good at that); the notice's own numbering is recognised line by line
 * later, so nothing else of the Markdown tree is used.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import { MappedTextBuilder, remap, type SourceText } from "../text/source.js";

/** Cheap sniff for a .txt that is really Markdown (**bold**, # headings, <br>, tables). */
export function looksLikeMarkdown(text: string): boolean {
  return /\*\*[^*\n]+\*\*|^#{1,6}\s|<br\s*\/?>|^\|.*\|\s*$/m.test(text);
}

interface Cut { start: number; end: number; replace: string }

type MdNode = { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: MdNode[]; value?: string; depth?: number };

/**
 * Markdown is parsed chunk by chunk (runs of paragraphs cut at blank lines, ~16 KB each): emphasis
 * never spans a blank line, and micromark's cost grows faster than linearly on one huge document.
 */
function chunksOf(text: string, size = 16_384): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const cut = text.indexOf("\n\n", end);
      end = cut < 0 ? text.length : cut + 2;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

export function cleanMarkdown(src: SourceText): SourceText {
  const text = src.text;
  const cuts: Cut[] = [];
  const processor = unified().use(remarkParse);
  for (const chunk of chunksOf(text)) {
    const tree = processor.parse(text.slice(chunk.start, chunk.end)) as unknown as MdNode;
    walkTree(tree, text, chunk.start, cuts);
  }
  return applyCuts(src, cuts);
}

function walkTree(root: MdNode, text: string, base: number, cuts: Cut[]): void {
  const walk = (node: MdNode): void => {
    const s0 = node.position?.start.offset, e0 = node.position?.end.offset;
    const s = s0 == null ? undefined : s0 + base, e = e0 == null ? undefined : e0 + base;
    if ((node.type === "strong" || node.type === "emphasis") && s != null && e != null && node.children?.length) {
      const f0 = node.children[0]!.position?.start.offset, l0 = node.children[node.children.length - 1]!.position?.end.offset;
      if (f0 != null && l0 != null) { cuts.push({ start: s, end: f0 + base, replace: "" }); cuts.push({ start: l0 + base, end: e, replace: "" }); }
    } else if (node.type === "heading" && s != null) {
      const m = /^ {0,3}#{1,6}[ \t]*/.exec(text.slice(s));
      if (m && m[0].length) cuts.push({ start: s, end: s + m[0].length, replace: "" });
    } else if (node.type === "html" && s != null && e != null && /^<br\s*\/?>$/i.test(node.value ?? "")) {
      cuts.push({ start: s, end: e, replace: "\n" });
    } else if (node.type === "break" && s != null && e != null) {
      // hard line break: keep the newline, drop trailing spaces/backslash
    } else if (node.type === "thematicBreak" && s != null && e != null) {
      cuts.push({ start: s, end: e, replace: "" });
    }
    for (const c of node.children ?? []) walk(c);
  };
  walk(root);
}

function applyCuts(src: SourceText, cuts: Cut[]): SourceText {
  const text = src.text;
  // <br> inside table cells or text that remark left as raw text.
  for (const m of text.matchAll(/<br\s*\/?>/gi)) if (!cuts.some((c) => c.start === m.index)) cuts.push({ start: m.index!, end: m.index! + m[0].length, replace: "\n" });
  // Backslash escapes (\*, \_, \.).
  for (const m of text.matchAll(/\\([\\`*_{}[\]()#+\-.!|])/g)) cuts.push({ start: m.index!, end: m.index! + 1, replace: "" });
  if (!cuts.length) return src;
  cuts.sort((a, b) => a.start - b.start || a.end - b.end);
  const b = new MappedTextBuilder();
  let pos = 0;
  for (const c of cuts) {
    if (c.start < pos) continue;
    b.push(text.slice(pos, c.start), pos);
    if (c.replace) b.push(c.replace, c.start, c.end);
    pos = c.end;
  }
  b.push(text.slice(pos), pos);
  const built = b.build(text.length);
  return remap(src, built.text, built.map, "Markdown markers removed");
}
