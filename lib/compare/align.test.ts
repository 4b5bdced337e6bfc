import { describe, expect, it } from "vitest";
import type { CompareItem } from "@/lib/validation/compare";
import { alignSection, itemKey } from "./align";
import { alignKeyCompetences } from "./key-competences";

const pl = (text: string, ref: string | null = null): CompareItem => ({ text, lang: "pl", ref, escoId: null });
const esco = (id: number, text: string): CompareItem => ({ text, lang: "pl", ref: null, escoId: id });

describe("itemKey", () => {
  it("uses the ESCO id for ESCO skills, whatever the label says", () => {
    expect(itemKey(esco(12, "obsługiwać serwery"))).toBe("esco:12");
    expect(itemKey(esco(12, "inna etykieta"))).toBe(itemKey(esco(12, "obsługiwać serwery")));
    expect(itemKey(esco(12, "x"))).not.toBe(itemKey(pl("x")));
  });

  it("keeps punctuation-only text apart from other such text", () => {
    expect(itemKey(pl("–"))).not.toBe(itemKey(pl("…")));
  });
});

describe("alignSection", () => {
  const a = [pl("Rozwiązania antywirusowe", "Z4"), pl("Typy programów klienta poczty", "Z3"), pl("Zasady poufności", "Z4")];
  const b = [pl("Zasady poufności.", "Z2"), pl("Budżet kampanii", "Z1"), pl("rozwiązania antywirusowe;", "Z5")];

  it("puts shared rows first with each entry's own wording, then each entry's own items in source order", () => {
    const s = alignSection("knowledge", [a, b]);
    expect(s.rows.map((r) => [r.sharedBy, r.cells.map((c) => c?.items[0]?.text ?? null)])).toEqual([
      [2, ["Rozwiązania antywirusowe", "rozwiązania antywirusowe;"]],
      [2, ["Zasady poufności", "Zasady poufności."]],
      [1, ["Typy programów klienta poczty", null]],
      [1, [null, "Budżet kampanii"]],
    ]);
    expect(s.counts).toEqual([3, 3]);
    expect(s.overlap).toMatchObject({ total: 4, shared: 2, sharedByAll: 2, jaccard: 0.5 });
  });

  it("keeps an item an entry repeats under two tasks as one row with both occurrences", () => {
    const s = alignSection("skills", [[pl("Stosować protokoły", "Z1"), pl("stosować protokoły", "Z3")], [pl("Stosować protokoły", "Z2")]]);
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0]!.cells[0]!.items.map((i) => i.ref)).toEqual(["Z1", "Z3"]);
    expect(s.counts).toEqual([1, 1]);
  });

  it("orders rows shared by more entries before rows shared by fewer", () => {
    const s = alignSection("tasks", [[pl("x"), pl("y")], [pl("y"), pl("x")], [pl("y")]]);
    expect(s.rows.map((r) => [r.key, r.sharedBy])).toEqual([
      ["y", 3],
      ["x", 2],
    ]);
    expect(s.overlap.sharedByAll).toBe(1);
  });

  it("marks an entry without data as null, not as having no items", () => {
    const s = alignSection("esco", [[esco(1, "a"), esco(2, "b")], null]);
    expect(s.counts).toEqual([2, null]);
    expect(s.rows.every((r) => r.cells[1] === null)).toBe(true);
    expect(s.overlap.entriesWithData).toBe(1);
    expect(s.overlap.jaccard).toBeNull();
  });

  it("matches ESCO skills by id even when labels differ", () => {
    const s = alignSection("esco", [[esco(7, "obsługiwać serwery")], [esco(7, "obsługa serwerów")]]);
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0]!.sharedBy).toBe(2);
  });

  it("aligns Polish and Kazakh items only with their own language", () => {
    const kk = (text: string): CompareItem => ({ text, lang: "kk", ref: null, escoId: null });
    const s = alignSection("tasks", [[kk("Ақпараттық қауіпсіздік")], [kk("акпараттык кауипсиздик")], [pl("Bezpieczeństwo informacji")]]);
    expect(s.rows.map((r) => r.sharedBy)).toEqual([2, 1]);
  });
});

describe("alignKeyCompetences", () => {
  it("aligns by name, keeps unknown levels null and marks entries without data", () => {
    const k = alignKeyCompetences([
      [
        { name: "Komunikacja ustna", level: 4 },
        { name: "Wywieranie wpływu/przywództwo", level: null },
      ],
      [
        { name: "Wywieranie wpływu / przywództwo", level: 0 },
        { name: "Komunikacja ustna", level: 2 },
      ],
      null,
    ]);
    expect(k.hasData).toEqual([true, true, false]);
    expect(k.rows).toEqual([
      { name: "Komunikacja ustna", levels: [4, 2, null] },
      { name: "Wywieranie wpływu/przywództwo", levels: [null, 0, null] },
    ]);
  });

  it("treats an empty list as no data", () => {
    expect(alignKeyCompetences([[], null]).hasData).toEqual([false, false]);
  });
});
