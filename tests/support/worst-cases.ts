import { makeProfileHtml } from "./make-files";
import { readSeed } from "./seeds";

/**
 * Documents built to hit the shapes that once made the import take time growing with the square
 * of the input: long runs of white space, many page-furniture elements to drop, comments, long lines of
 * repeated headings, many repeated task lines. Each wraps a real seed, so a test can check that
 * the real content still comes through whole; `npm run bench` measures their throughput.
 * `size` is the approximate number of characters of filler.
 */

/** Knowledge items per task of seed 000, where each combined list splits (as in its golden file). */
export const MAIL_ADMINISTRATOR_KNOWLEDGE_COUNTS = [4, 3, 2, 6, 4];

type WorstCase = { name: string; fileName: string; content: string };

const seed = () => readSeed("mailAdministrator");

/** The seed with a long run of spaces in the middle of a line and one of blank lines between two. */
function longWhitespaceRun(size: number): WorstCase {
  const lines = seed().split("\n");
  const at = lines.findIndex((l) => l.startsWith("Pracownik w zawodzie"));
  const half = Math.floor(size / 2);
  lines[at] = (lines[at] ?? "").replace(" ", `${" ".repeat(half)}x `);
  lines.splice(at, 0, "\t \u00A0".repeat(Math.floor(half / 6)), "\n".repeat(Math.floor(half / 2)));
  return { name: "long runs of white space", fileName: "spaces.txt", content: lines.join("\n") };
}

/** The seed as a web page inside a navigation menu of many empty elements (dropped by the clean-up). */
function longNavigationMenu(size: number): WorstCase {
  const page = makeProfileHtml(seed(), MAIL_ADMINISTRATOR_KNOWLEDGE_COUNTS);
  const item = `<nav><ul><li><a href="#"></a></li></ul></nav><button></button>`;
  const menu = item.repeat(Math.ceil(size / 2 / item.length));
  const content = page.replace("<main>", `<div class="menu">${menu}</div><main>`).replace("</main>", `</main><div class="menu">${menu}</div>`);
  return { name: "many elements to drop", fileName: "menu.html", content };
}

/** The seed as a web page with many comments in its menu, the last of them never closed (it runs to the end). */
function manyComments(size: number): WorstCase {
  const page = makeProfileHtml(seed(), MAIL_ADMINISTRATOR_KNOWLEDGE_COUNTS);
  const comments = "<!-- pozycja menu -->".repeat(Math.ceil(size / 2 / 21));
  const content = page.replace("<main>", `<div class="menu">${comments}</div><main>`).replace("</body>", `${"<!--".repeat(Math.ceil(size / 8))}</body>`);
  return { name: "many comments, some never closed", fileName: "comments.html", content };
}

/** The seed with one line of the competence heading repeated (no "obejmuje" closes them). */
function repeatedCompetenceHeadings(size: number): WorstCase {
  const heading = "Kompetencja zawodowa Kz1: Administrowanie ";
  const line = heading.repeat(Math.ceil(size / heading.length));
  return { name: "long line of repeated headings", fileName: "headings.txt", content: seed().replace("\nZ1\n", `\n${line}\n\nZ1\n`) };
}

/** The seed followed by many repeated task lines: a code alone, and a code with a title. */
function repeatedTaskLines(size: number): WorstCase {
  const lines = "Z1\nZ1 Instalowanie serwera poczty\n";
  const filler = lines.repeat(Math.ceil(size / lines.length));
  return { name: "many repeated task lines", fileName: "tasks.txt", content: `${seed()}\n${filler}` };
}

export const WORST_CASES = [longWhitespaceRun, longNavigationMenu, manyComments, repeatedCompetenceHeadings, repeatedTaskLines];
