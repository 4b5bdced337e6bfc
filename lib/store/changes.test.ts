import { describe, expect, it } from "vitest";
import { changePayloads, pageTagsOf, parseChangePayload, type PageChange } from "./changes";

describe("page changes between instances", () => {
  it("names the tags Next's revalidatePath expires: a path, a route with its type, the root with /index", () => {
    expect(pageTagsOf({ path: "/pl/occupations/351402" })).toEqual(["_N_T_/pl/occupations/351402"]);
    expect(pageTagsOf({ path: "/occupations/351402/" })).toEqual(["_N_T_/occupations/351402"]);
    expect(pageTagsOf({ path: "/[locale]/occupations/[code]", type: "page" })).toEqual(["_N_T_/[locale]/occupations/[code]/page"]);
    expect(pageTagsOf({ path: "/" })).toEqual(["_N_T_/", "_N_T_/index"]);
  });

  it("splits a large change into NOTIFY payloads under 8,000 bytes that together carry every revalidation, in order", () => {
    const revalidations = Array.from({ length: 400 }, (_, i) => ({ path: `/kk/occupations/${String(i).padStart(6, "0")}` }));
    const change: PageChange = { origin: "instance-a", revalidations };
    const payloads = changePayloads(change);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    const parts = payloads.map((p) => parseChangePayload(p));
    expect(parts.every((p) => p?.origin === "instance-a")).toBe(true);
    expect(parts.flatMap((p) => p!.revalidations)).toEqual(revalidations);
  });

  it("a small change is one payload, read back as sent", () => {
    const change: PageChange = { origin: "cli", revalidations: [{ path: "/[locale]/positions/[id]", type: "page" }] };
    expect(changePayloads(change).map(parseChangePayload)).toEqual([change]);
  });

  it("anything else on the channel is ignored, not trusted: no JSON, a wrong shape, a path that is not the app's", () => {
    expect(parseChangePayload(undefined)).toBeNull();
    expect(parseChangePayload("not json")).toBeNull();
    expect(parseChangePayload(JSON.stringify({ origin: "x" }))).toBeNull();
    expect(parseChangePayload(JSON.stringify({ origin: "x", revalidations: [{ path: "no-slash" }] }))).toBeNull();
    expect(parseChangePayload(JSON.stringify({ origin: "x", revalidations: [{ path: "/ścieżka" }] }))).toBeNull();
    expect(parseChangePayload(JSON.stringify({ origin: "x", revalidations: [{ path: "/a", type: "everything" }] }))).toBeNull();
  });
});
