import { describe, expect, it } from "vitest";
import { isBulletLine, joinWrapped, stripBullet } from "./lines";

describe("joinWrapped", () => {
  it("joins a word broken by hyphenation", () => {
    expect(joinWrapped(["Sprawowanie kontroli nad prawidłowym działaniem sta-", "cji roboczych"])).toBe(
      "Sprawowanie kontroli nad prawidłowym działaniem stacji roboczych",
    );
  });

  it("drops only the break hyphen and keeps a hyphen inside the word", () => {
    expect(joinWrapped(["nastawienie na własny rozwój-pod-", "noszenie kwalifikacji"])).toBe("nastawienie na własny rozwój-podnoszenie kwalifikacji");
  });

  it("keeps a dash, and the hyphen of a compound broken before a capital letter", () => {
    expect(joinWrapped(["Środowisko pracy –", "praca administracyjna"])).toBe("Środowisko pracy – praca administracyjna");
    expect(joinWrapped(["w Bielsku-", "Białej"])).toBe("w Bielsku-Białej");
  });

  it("joins plain wrapped lines with one space", () => {
    expect(joinWrapped(["Konfiguracja i nadzór serwerów w Urzędzie Miejskim w", "Krobi,"])).toBe("Konfiguracja i nadzór serwerów w Urzędzie Miejskim w Krobi,");
  });
});

describe("bullets", () => {
  it.each([" • Z1 Instalowanie", "\uF0B7 Konfiguracja", "- Білімі: жоғары", "– pozycja", "▪ pozycja"])("sees a bullet in %j", (line) => {
    expect(isBulletLine(line)).toBe(true);
  });

  it.each(["Z1", "Kod: 351402", "2 Lokalizacja", "sta-"])("sees no bullet in %j", (line) => {
    expect(isBulletLine(line)).toBe(false);
  });

  it("strips the bullet and the spaces around it", () => {
    expect(stripBullet(" • Typy programów;")).toBe("Typy programów;");
  });
});
