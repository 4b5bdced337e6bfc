/**
 * The shape of an XML text read as it streams in: element depth and element count, in one pass
 * over the bytes with constant memory, so that a part nested 100,000 deep or holding millions of
 * elements is refused before any DOM is built from it (mammoth's XML parser holds ~150 bytes per
 * byte of XML and walks the tree recursively). Markup is ASCII, so bytes are read, not text.
 *
 * Not a validating parser: it only has to know where tags start and end — start tags (with quoted
 * attribute values that may hold ">"), end tags, empty-element tags, comments, CDATA sections and
 * processing instructions. A document type declaration is refused outright: Word never writes one,
 * and its entities are how an XML text expands a billion-fold ("billion laughs").
 */

export type XmlShapeLimits = { depth: number; elements: number };
export type XmlShapeViolation = { kind: "depth" | "elements"; found: number } | { kind: "doctype" };

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const RBRACKET = 0x5d;
const LBRACKET = 0x5b;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

const enum State {
  Text,
  Lt,
  StartTag,
  EndTag,
  Pi,
  Bang,
  Comment,
  Cdata,
  Declaration,
}

export class XmlShape {
  depth = 0;
  maxDepth = 0;
  elements = 0;
  private state = State.Text;
  private quote = 0;
  private previous = 0;
  /** Dashes or right brackets in a row, to find "-->" and "]]>". */
  private run = 0;

  constructor(private readonly limits: XmlShapeLimits) {}

  /** Reads the next bytes; returns the first limit they break, or null. */
  write(chunk: Uint8Array): XmlShapeViolation | null {
    const { limits } = this;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      switch (this.state) {
        case State.Text:
          if (c === LT) this.state = State.Lt;
          break;
        case State.Lt:
          if (c === SLASH) this.state = State.EndTag;
          else if (c === QUESTION) {
            this.state = State.Pi;
            this.previous = 0;
          } else if (c === BANG) this.state = State.Bang;
          else {
            this.elements++;
            this.depth++;
            if (this.depth > this.maxDepth) this.maxDepth = this.depth;
            if (this.depth > limits.depth) return { kind: "depth", found: this.depth };
            if (this.elements > limits.elements) return { kind: "elements", found: this.elements };
            this.state = State.StartTag;
            this.quote = 0;
            this.previous = c;
          }
          break;
        case State.StartTag:
          if (this.quote !== 0) {
            if (c === this.quote) this.quote = 0;
          } else if (c === DQUOTE || c === SQUOTE) this.quote = c;
          else if (c === GT) {
            if (this.previous === SLASH) this.depth--; // <w:br/>
            this.state = State.Text;
          }
          this.previous = c;
          break;
        case State.EndTag:
          if (c === GT) {
            this.depth = Math.max(0, this.depth - 1);
            this.state = State.Text;
          }
          break;
        case State.Pi:
          if (c === GT && this.previous === QUESTION) this.state = State.Text;
          this.previous = c;
          break;
        case State.Bang:
          if (c === DASH) {
            this.state = State.Comment;
            this.run = -1; // the second dash of "<!--" is not part of the closing "-->"
          } else if (c === LBRACKET) {
            this.state = State.Cdata;
            this.run = 0;
          } else {
            this.state = State.Declaration;
            return { kind: "doctype" };
          }
          break;
        case State.Comment:
          if (c === DASH) this.run++;
          else if (c === GT && this.run >= 2) this.state = State.Text;
          else this.run = 0;
          break;
        case State.Cdata:
          if (c === RBRACKET) this.run++;
          else if (c === GT && this.run >= 2) this.state = State.Text;
          else this.run = 0;
          break;
        case State.Declaration:
          return { kind: "doctype" };
      }
    }
    return null;
  }
}

/**
 * Elements in an HTML text: every "<" followed by a letter. HTML's end tags are optional, so only
 * the count is bounded here; the depth is bounded by the lineariser's own recursion.
 */
export function countHtmlElements(html: string, limit: number): number {
  let count = 0;
  for (let at = html.indexOf("<"); at !== -1; at = html.indexOf("<", at + 1)) {
    const next = html.charCodeAt(at + 1);
    if ((next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a)) {
      count++;
      if (count > limit) return count;
    }
  }
  return count;
}
