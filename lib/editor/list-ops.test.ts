import { describe, expect, it } from "vitest";
import type { ProfileSnapshot } from "@/lib/validation/editor";
import { addTask, moveItem, moveTask, removeItem, removeTask, renumberCompetences } from "./list-ops";

const profile: ProfileSnapshot = {
  title: "T",
  synthesis: null,
  workDescription: null,
  tasks: [
    { code: "Z1", title: "A", knowledge: [], skills: [] },
    { code: "Z2", title: "B", knowledge: [], skills: [] },
    { code: "Z3", title: "C", knowledge: [], skills: [] },
  ],
  competences: [
    { code: "Kz1", title: "K1", taskCodes: ["Z1", "Z2"] },
    { code: "Kz2", title: "K2", taskCodes: ["Z3"] },
  ],
  socialCompetences: [],
  keyCompetences: [],
  altTitles: [],
};

describe("list edits", () => {
  it("moves and removes items, ignoring out-of-range indexes", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b"], 0, 5)).toEqual(["a", "b"]);
    expect(removeItem(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });

  it("renumbers tasks after a move and keeps competences on the same tasks", () => {
    const moved = moveTask(profile, 2, 0);
    expect(moved.tasks.map((t) => `${t.code}:${t.title}`)).toEqual(["Z1:C", "Z2:A", "Z3:B"]);
    expect(moved.competences.map((c) => c.taskCodes)).toEqual([["Z2", "Z3"], ["Z1"]]);
  });

  it("removes a task from every competence", () => {
    const removed = removeTask(profile, 0);
    expect(removed.tasks.map((t) => `${t.code}:${t.title}`)).toEqual(["Z1:B", "Z2:C"]);
    expect(removed.competences.map((c) => c.taskCodes)).toEqual([["Z1"], ["Z2"]]);
  });

  it("adds an empty task with the next code", () => {
    expect(addTask(profile).tasks.at(-1)).toEqual({ code: "Z4", title: "", knowledge: [], skills: [] });
  });

  it("numbers competences Kz1…", () => {
    expect(renumberCompetences([profile.competences[1]!, profile.competences[0]!]).map((c) => c.code)).toEqual(["Kz1", "Kz2"]);
  });
});
