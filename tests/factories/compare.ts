/**
 * A second described profile for comparison tests: 243108 with a few items worded like items of
 * 351402 (tests/factories/profile.ts) but with other case, punctuation and glossary numbers, so
 * "shared" has to come from normalisation. Works on any PrismaClient.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { KEY_COMPETENCES } from "@/lib/validation/key-competences";

export const PROFILE_243108 = {
  code: "243108",
  title: "Specjalista do spraw mediów interaktywnych",
  tasks: [
    {
      code: "Z1",
      title: "Wspieranie procesu tworzenia i wdrażanie strategii kampanii marketingowych w mediach interaktywnych",
      knowledge: [
        "Aktualną strategię marketingową 24 zleceniodawcy",
        // Same as 351402 Z4 "Rozwiązania antywirusowe", other case and punctuation.
        "rozwiązania antywirusowe;",
        "Znaczenie zasad poufności.",
      ],
      skills: ["Przygotować koncepcję kampanii", "Reagować na potrzeby użytkowników poczty elektronicznej"],
    },
  ],
  socialCompetences: ["utrzymywania trwałych relacji ze współpracownikami oraz klientami firmy", "Działania kreatywnego"],
  /** Levels 0–5, null = unknown. */
  keyLevels: [5, 2, 4, 0, null, 3, 5, 4, 3] as const,
};

export async function createProfile243108(db: PrismaClient) {
  const p = PROFILE_243108;
  const document = await db.sourceDocument.create({
    data: {
      documentKey: `profile:${p.code}:tasks`,
      fileName: "003_6dbabf946e4f36b9.txt",
      checksum: "factory-243108",
      kind: "occupation-profile",
      language: "pl",
      format: "txt",
      byteSize: 1000,
      warnings: [],
      parsed: { factory: true },
    },
    select: { id: true },
  });
  await db.profile.create({
    data: {
      occupationCode: p.code,
      title: p.title,
      sources: { create: { documentId: document.id, part: "tasks" } },
      tasks: {
        create: p.tasks.map((task, i) => ({
          position: i + 1,
          code: task.code,
          title: task.title,
          items: {
            create: [
              ...task.knowledge.map((text, j) => ({ kind: "knowledge", position: j + 1, text })),
              ...task.skills.map((text, j) => ({ kind: "skill", position: task.knowledge.length + j + 1, text })),
            ],
          },
        })),
      },
      socialCompetences: { create: p.socialCompetences.map((text, i) => ({ position: i + 1, text })) },
      keyCompetences: { create: KEY_COMPETENCES.map((name, i) => ({ position: i + 1, name, level: p.keyLevels[i] ?? null })) },
    },
  });
}
