import { describe, expect, it } from "vitest";
import type { ProfileSnapshot } from "@/lib/validation/editor";
import { moveItemToTask, placeCandidate, switchItemKind, unplaceItem } from "./profile-item-ops";

const base: ProfileSnapshot = {
  title: "T",
  synthesis: null,
  workDescription: null,
  tasks: [
    { code: "Z1", title: "A", knowledge: ["k1"], skills: ["s1"] },
    { code: "Z2", title: "B", knowledge: [], skills: [] },
  ],
  competences: [],
  socialCompetences: [],
  keyCompetences: [],
  altTitles: [],
  candidates: ["esco 1", "esco 2"],
};

describe("profile item moves", () => {
  it("places a candidate into a task as knowledge or skill", () => {
    const next = placeCandidate(base, 1, 1, "skills");
    expect(next.tasks[1]!.skills).toEqual(["esco 2"]);
    expect(next.candidates).toEqual(["esco 1"]);
    expect(placeCandidate(next, 0, 0, "knowledge").tasks[0]!.knowledge).toEqual(["k1", "esco 1"]);
  });

  it("ignores out-of-range indexes", () => {
    expect(placeCandidate(base, 5, 0, "skills")).toBe(base);
    expect(placeCandidate(base, 0, 9, "skills")).toBe(base);
    expect(moveItemToTask(base, 0, "knowledge", 3, 1)).toBe(base);
    expect(moveItemToTask(base, 0, "knowledge", 0, 0)).toBe(base);
  });

  it("moves an item to another task, keeping its kind", () => {
    const next = moveItemToTask(base, 0, "knowledge", 0, 1);
    expect(next.tasks[0]!.knowledge).toEqual([]);
    expect(next.tasks[1]!.knowledge).toEqual(["k1"]);
  });

  it("switches knowledge and skill", () => {
    const next = switchItemKind(base, 0, "skills", 0);
    expect(next.tasks[0]).toMatchObject({ knowledge: ["k1", "s1"], skills: [] });
  });

  it("puts an item back among the candidates", () => {
    const next = unplaceItem(base, 0, "knowledge", 0);
    expect(next.tasks[0]!.knowledge).toEqual([]);
    expect(next.candidates).toEqual(["esco 1", "esco 2", "k1"]);
  });
});
