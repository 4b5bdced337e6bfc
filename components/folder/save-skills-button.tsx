"use client";

import { ToggleButton } from "@/components/ui/toggle-button";
import { hasSameSkills, setSkills, type SelectedSkill } from "@/lib/folder/folder";
import { updateFolder, useFolder } from "./folder-store";

/** On /match: the skills picked there become the client's skills in the folder (the page's URL holds the whole set). */
export function SaveSkillsButton({ skills, labels }: { skills: SelectedSkill[]; labels: { save: string; saved: string } }) {
  const folder = useFolder();
  const isSaved = hasSameSkills(folder, skills);
  return (
    <ToggleButton isOn={isSaved} disabled={isSaved} onToggle={() => updateFolder((f) => setSkills(f, skills))}>
      {isSaved ? labels.saved : labels.save}
    </ToggleButton>
  );
}
