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

export function cleanMarkdown(src: SourceText): SourceText {
  const text = src.text;
  const tree = unified().use(remarkParse).parse(text) as unknown as MdNode;
  const cuts: Cut[] = [];
  const walk = (node: MdNode): void => {
    const s = node.position?.start.offset, e = node.position?.end.offset;
    if ((node.type === "strong" || node.type === "emphasis") && s != null && e != null && node.children?.length) {
      const first = node.children[0]!.position?.start.offset, last = node.children[node.children.length - 1]!.position?.end.offset;
      if (first != null && last != null) { cuts.push({ start: s, end: first, replace: "" }); cuts.push({ start: last, end: e, replace: "" }); }
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
  walk(tree);
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
