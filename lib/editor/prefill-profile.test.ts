import { describe, expect, it } from "vitest";
import { KEY_COMPETENCES } from "@/lib/validation/document";
import { profileSnapshotSchema } from "@/lib/validation/editor";
import { originOf } from "@/lib/validation/provenance";
import { prefillProfile, type PrefillSource } from "./prefill-profile";

const source: PrefillSource = {
  code: "252201",
  name: "Administrator systemów komputerowych",
  description: "Instaluje, konfiguruje i nadzoruje systemy.",
  unitGroup: { code: "2522", tasks: ["instalowanie sprzętu", "modyfikowanie stron", "Instalowanie sprzętu"] },
  ownSkills: [{ label: "administrować systemem", escoUri: null }],
  linkedSkills: [
    { label: "Administrować systemem", escoUri: "http://data.europa.eu/esco/occupation/x" },
    { label: "sieci komputerowe", escoUri: "http://data.europa.eu/esco/occupation/x" },
  ],
  gusTitles: ["Administrator sieci", "administrator systemów komputerowych", "Admin IT", "administrator sieci"],
};

describe("prefillProfile", () => {
  const snapshot = prefillProfile(source);

  it("is a valid editor snapshot", () => {
    expect(profileSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it("takes the KZiS description as the summary and the group's tasks as Z1…Zn, once each", () => {
    expect(snapshot.title).toBe(source.name);
    expect(snapshot.synthesis).toBe(source.description);
    expect(snapshot.tasks.map((t) => [t.code, t.title])).toEqual([
      ["Z1", "Instalowanie sprzętu"],
      ["Z2", "Modyfikowanie stron"],
    ]);
    expect(originOf(snapshot.provenance, "tasks", "Z1 ignored")).toEqual({ kind: "editor", ref: null });
    expect(originOf(snapshot.provenance, "tasks", "Instalowanie sprzętu")).toEqual({ kind: "kzis-group-task", ref: "2522" });
  });

  it("offers the code's and the linked ESCO skills as candidates, own first, without duplicates", () => {
    expect(snapshot.candidates).toEqual(["administrować systemem", "sieci komputerowe"]);
    expect(originOf(snapshot.provenance, "items", "sieci komputerowe")).toEqual({ kind: "esco-skill", ref: "http://data.europa.eu/esco/occupation/x" });
    expect(originOf(snapshot.provenance, "items", "administrować systemem")).toEqual({ kind: "esco-skill", ref: null });
  });

  it("keeps GUS titles as other titles, without the name itself and without duplicates", () => {
    expect(snapshot.altTitles).toEqual(["Administrator sieci", "Admin IT"]);
    expect(originOf(snapshot.provenance, "altTitles", "Admin IT")).toEqual({ kind: "gus", ref: null });
  });

  it("lists the nine key competences with unknown levels, never 0", () => {
    expect(snapshot.keyCompetences.map((k) => k.name)).toEqual([...KEY_COMPETENCES]);
    expect(snapshot.keyCompetences.every((k) => k.level === null)).toBe(true);
  });

  it("works for a code with no description, tasks, skills or titles", () => {
    const bare = prefillProfile({ code: "011001", name: "Oficer", description: null, unitGroup: null, ownSkills: [], linkedSkills: [], gusTitles: [] });
    expect(bare).toMatchObject({ synthesis: null, tasks: [], candidates: [], altTitles: [] });
    expect(profileSnapshotSchema.safeParse(bare).success).toBe(true);
  });
});

describe("publishing a prefilled snapshot", async () => {
  const { publishableProfile, originsOfSnapshot } = await import("./publishable");
  it("drops unplaced candidates and spells out each text's origin; new texts are the editor's", () => {
    const snapshot = prefillProfile(source);
    const withItem = { ...snapshot, tasks: snapshot.tasks.map((t, i) => (i === 0 ? { ...t, skills: ["sieci komputerowe", "własny tekst"] } : t)) };
    const published = publishableProfile(withItem);
    expect(published).not.toHaveProperty("candidates");
    expect(Object.keys(published.provenance!.items).sort()).toEqual(["sieci komputerowe", "własny tekst"]);
    const origins = originsOfSnapshot(withItem);
    expect(origins.tasks[0]!.skills.map((o) => o.kind)).toEqual(["esco-skill", "editor"]);
    expect(origins.tasks[0]!.task).toEqual({ kind: "kzis-group-task", ref: "2522" });
  });
  it("treats a snapshot without provenance (older than it) as the imported document's", () => {
    const legacy = { ...prefillProfile(source) };
    delete legacy.provenance;
    delete legacy.candidates;
    expect(originsOfSnapshot(legacy).tasks[0]!.task.kind).toBe("document");
  });
});
