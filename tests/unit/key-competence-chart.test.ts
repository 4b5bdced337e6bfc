import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { KeyCompetenceChart, wrapLabel } from "@/components/profiles/key-competence-chart";
import type { KeyCompetence } from "@/lib/validation/profile";

function render(items: KeyCompetence[]): string {
  return renderToStaticMarkup(createElement(KeyCompetenceChart, { items, label: "Wykres", unknownLabel: "nieznany", descriptionId: "d", contentLang: "pl" }));
}

const BAR = /<rect[^>]*fill="#1d4ed8"[^>]*>/g;

describe("KeyCompetenceChart", () => {
  it("draws no bar and writes 'unknown' for a null level", () => {
    const svg = render([{ name: "Komunikacja ustna", level: null }]);
    expect(svg.match(BAR)).toBeNull();
    expect(svg).toContain(">nieznany</text>");
    expect(svg).toContain('<desc id="d" lang="pl">Komunikacja ustna: nieznany</desc>');
  });

  it("keeps a known 0 apart from unknown: a zero-width bar labelled 0", () => {
    const svg = render([{ name: "Sprawność motoryczna", level: 0 }]);
    const bars = svg.match(BAR) ?? [];
    expect(bars).toHaveLength(1);
    expect(bars[0]).toContain('width="0"');
    expect(svg).toContain(">0</text>");
    expect(svg).not.toContain("nieznany</text>");
  });

  it("draws bars proportional to the 0–5 scale", () => {
    const svg = render([
      { name: "A", level: 5 },
      { name: "B", level: 2 },
    ]);
    const widths = (svg.match(BAR) ?? []).map((r) => Number(/width="([\d.]+)"/.exec(r)?.[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1]! / widths[0]!).toBeCloseTo(2 / 5, 5);
  });

  it("is an image with a name, described by its own text", () => {
    const svg = render([{ name: "A", level: 3 }]);
    expect(svg).toMatch(/^<svg[^>]*role="img"[^>]*aria-label="Wykres"[^>]*aria-describedby="d"/);
  });
});

describe("wrapLabel", () => {
  it("wraps the longest PIAAC name into two lines at a word boundary", () => {
    const lines = wrapLabel("Umiejętność obsługi komputera i wykorzystania internetu", 44);
    expect(lines).toEqual(["Umiejętność obsługi komputera i", "wykorzystania internetu"]);
    expect(lines.every((l) => l.length <= 44)).toBe(true);
  });

  it("keeps short names on one line and a single over-long word whole", () => {
    expect(wrapLabel("Komunikacja ustna", 44)).toEqual(["Komunikacja ustna"]);
    expect(wrapLabel("Wywieranie wpływu/przywództwo", 10)).toEqual(["Wywieranie", "wpływu/przywództwo"]);
    expect(wrapLabel("  ", 10)).toEqual([]);
  });
});
