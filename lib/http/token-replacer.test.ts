import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParams } from "@/tests/setup/fuzz";
import { createTokenReplacer } from "./token-replacer";

const TOKEN = "Pl4ceh0lder_aaaaaaaaaaaa";
const NONCE = "N0nce-bbbbbbbbbbbbbbbbbb";

function run(chunks: string[]): string {
  const r = createTokenReplacer(Buffer.from(TOKEN), Buffer.from(NONCE));
  const out = chunks.map((c) => r.push(Buffer.from(c, "latin1")));
  out.push(r.flush());
  return Buffer.concat(out).toString("latin1");
}

describe("createTokenReplacer", () => {
  it("replaces tokens inside a chunk and across chunk boundaries", () => {
    const page = `<script nonce="${TOKEN}">a</script><script nonce="${TOKEN}">`;
    expect(run([page])).toBe(page.replaceAll(TOKEN, NONCE));
    expect(run([page.slice(0, 20), page.slice(20, 25), page.slice(25)])).toBe(page.replaceAll(TOKEN, NONCE));
    expect(run(page.split(""))).toBe(page.replaceAll(TOKEN, NONCE));
  });

  it("holds back only a tail that could start the token", () => {
    const r = createTokenReplacer(Buffer.from(TOKEN), Buffer.from(NONCE));
    expect(r.push(Buffer.from("</script>")).toString()).toBe("</script>");
    expect(r.push(Buffer.from("abc Pl4ce")).toString()).toBe("abc ");
    expect(r.push(Buffer.from("h0lder_aaaaaaaaaaaa!")).toString()).toBe(`${NONCE}!`);
    expect(r.push(Buffer.from("Pl4")).toString()).toBe("");
    expect(r.flush().toString()).toBe("Pl4");
  });

  it("refuses a replacement of another length (Content-Length would lie)", () => {
    expect(() => createTokenReplacer(Buffer.from("abc"), Buffer.from("ab"))).toThrow();
  });

  it("equals replaceAll for any text cut into any chunks", () => {
    const text = fc
      .array(fc.oneof(fc.constant(TOKEN), fc.constant(TOKEN.slice(0, 7)), fc.constant("P"), fc.string({ maxLength: 30 })), { maxLength: 20 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 10 }), (body, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (body.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points, body.length].slice(1).map((end, i, ends) => body.slice(i === 0 ? 0 : ends[i - 1], end));
        expect(run(chunks)).toBe(body.replaceAll(TOKEN, NONCE));
      }),
      fuzzParams(0.2),
    );
  });
});

describe("createTokenReplacer and the caller's buffer", () => {
  it("never writes into the chunk it was given (Next's cached page is shared by every response)", () => {
    const cached = Buffer.from(`<script nonce="${TOKEN}"></script>`);
    const before = Buffer.from(cached);
    const r = createTokenReplacer(Buffer.from(TOKEN), Buffer.from(NONCE));
    expect(Buffer.concat([r.push(cached), r.flush()]).toString()).toBe(`<script nonce="${NONCE}"></script>`);
    expect(cached.equals(before)).toBe(true);
  });
});
