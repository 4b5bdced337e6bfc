import { HTMLElement, NodeType, parse, type Node } from "node-html-parser";
import { overLimit } from "../errors";
import { IMPORT_LIMITS } from "../limits";
import { countHtmlElements } from "./xml-shape";

/**
 * A web page (an INFOdoradca+ profile page, a Word document converted by mammoth) as text lines:
 * each heading, paragraph and table row on its own line with a blank line between blocks, list
 * items as " • item" lines one under another, page furniture (scripts, styles, navigation,
 * header, footer) dropped. The parsers read this like the plain-text documents; note the order of
 * an INFOdoradca+ task then is "WIEDZA" heading, knowledge items, "UMIEJĘTNOŚCI" heading, skills.
 */

/**
 * Page furniture, skipped with everything inside it while the page is walked. Skipped, not removed
 * first: removing an element from the tree filters its parent's list of children, so a menu of
 * many empty elements took time growing with the square of their number (330 KB: 23 s).
 */
const DROPPED = new Set(["script", "style", "noscript", "template", "svg", "head", "nav", "header", "footer", "iframe", "object", "button", "select"]);

const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hgroup",
  "hr",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "ul",
  "body",
  "html",
]);

type Block = { kind: "paragraph" | "item"; text: string };

/** linearizeHtml of a document's HTML, refused when it holds more elements than the limit (before a DOM is built). */
export function linearizeHtmlWithin(html: string, fileName: string): string {
  const elements = countHtmlElements(html, IMPORT_LIMITS.htmlElements);
  if (elements > IMPORT_LIMITS.htmlElements) {
    throw overLimit("htmlElements", IMPORT_LIMITS.htmlElements, "its HTML holds more", fileName);
  }
  return linearizeHtml(html);
}

/**
 * HTML comments removed in one pass, before the DOM parser sees them: its own pattern searched the
 * rest of the page again from each "<!--" (a page of unclosed comments took quadratic time). As in a
 * browser, a comment that is never closed runs to the end of the page.
 */
function withoutComments(html: string): string {
  const kept: string[] = [];
  let from = 0;
  for (let open = html.indexOf("<!--"); open !== -1; open = html.indexOf("<!--", from)) {
    kept.push(html.slice(from, open));
    const close = html.indexOf("-->", open + 4);
    if (close === -1) return kept.join("");
    from = close + 3;
  }
  kept.push(html.slice(from));
  return kept.join("");
}

export function linearizeHtml(html: string): string {
  const root = parse(withoutComments(html).replace(/<!doctype[^>]*>/giu, ""), {
    comment: false,
    blockTextElements: { script: false, noscript: false, style: false, pre: true },
  });

  const blocks: Block[] = [];
  let buffer = "";
  let kind: Block["kind"] = "paragraph";

  const flush = () => {
    const text = buffer.replace(/\s+/gu, " ").trim();
    if (text !== "") blocks.push({ kind, text });
    buffer = "";
  };

  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      buffer += node.text;
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.rawTagName?.toLowerCase() ?? "";
    if (DROPPED.has(tag)) return;
    if (tag === "br") {
      flush();
      return;
    }
    if (tag === "sup" && /[^\s\d]/u.test(buffer.at(-1) ?? " ")) {
      // A superscript after a word is a glossary reference ("(SMTP)<sup>9</sup>"): a space keeps it
      // off the word, so the parser sees "(SMTP) 9" as in a page's text and removes it by the one rule.
      // After a digit it is a flattened time's minutes ("8<sup>00</sup>" → "800") and joins.
      buffer += " ";
    }
    if (tag === "li") {
      flush();
      const outer = kind;
      kind = "item";
      node.childNodes.forEach(walk);
      flush();
      kind = outer;
      return;
    }
    if (tag === "tr") {
      // One table row, one line: "4 | Zakres obowiązków | …" reads like the PDF form's line.
      flush();
      node.childNodes.forEach((cell) => {
        walk(cell);
        buffer += " ";
      });
      flush();
      return;
    }
    const isBlock = BLOCKS.has(tag);
    if (isBlock) flush();
    node.childNodes.forEach(walk);
    if (isBlock) flush();
  };

  walk(root);
  flush();

  return blocks
    .map((block, i) => {
      const line = block.kind === "item" ? ` • ${block.text}` : block.text;
      const previous = blocks[i - 1];
      if (!previous) return line;
      return previous.kind === "item" && block.kind === "item" ? `\n${line}` : `\n\n${line}`;
    })
    .join("");
}
