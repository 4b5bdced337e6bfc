import { isBlank, isBulletLine, joinWrapped, stripBullet } from "./lines";

/**
 * A run of lines read as paragraphs and list items. A paragraph is a run of non-blank lines
 * (a blank line ends it); a list item starts at a bullet and takes the non-bullet lines right
 * after it (a wrapped bullet). Pieces are joined with joinWrapped, so hyphenation is undone.
 */
export type Block = { type: "paragraph" | "item"; text: string; line: number };

export function readBlocks(lines: readonly string[], from = 0, to = lines.length): Block[] {
  const blocks: Block[] = [];
  let pieces: string[] = [];
  let type: Block["type"] = "paragraph";
  let start = from;

  const flush = () => {
    const text = joinWrapped(pieces);
    if (text !== "") blocks.push({ type, text, line: start });
    pieces = [];
  };

  for (let i = from; i < to; i++) {
    const line = lines[i] ?? "";
    if (isBlank(line)) {
      flush();
      type = "paragraph";
      continue;
    }
    if (isBulletLine(line)) {
      flush();
      type = "item";
      start = i;
      pieces.push(stripBullet(line));
      continue;
    }
    if (pieces.length === 0) {
      type = "paragraph";
      start = i;
    }
    pieces.push(line);
  }
  flush();
  return blocks;
}
