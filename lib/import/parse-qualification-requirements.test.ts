import { describe, expect, it } from "vitest";
import { parseQualificationRequirements, postName } from "./parse-qualification-requirements";
import { RUSSIAN_REQUIREMENTS } from "@/tests/support/fixtures";
import { readSeed } from "@/tests/support/seeds";
import { warningMessages } from "@/tests/support/warnings";

describe("parseQualificationRequirements: Russian", () => {
  const doc = parseQualificationRequirements(RUSSIAN_REQUIREMENTS, "ru");

  it("reads the title, the post and the labelled requirements", () => {
    expect(doc.title).toBe("Квалификационные требования к должности менеджера по информационным технологиям департамента административного обеспечения");
    expect(doc.summary).toBe("Менеджер по информационным технологиям департамента административного обеспечения");
    expect(doc.requirements).toEqual([
      { label: "Образование", value: "высшее техническое" },
      { label: "Опыт работы", value: "в сфере информационных технологий не менее 2 лет" },
    ]);
  });

  it("reads the numbered duties, joining a wrapped one", () => {
    expect(doc.duties).toEqual([
      "конфигурирование операционной системы на серверах, а также поддержание работоспособности программного обеспечения серверов",
      "установка программного обеспечения на серверы, рабочие станции и активное сетевое оборудование и контроль за ней",
      "регистрация пользователей, назначение идентификаторов и паролей. Согласование списка пользователей с непосредственным руководителем",
      "ведение отчётной документации, касающейся деятельности департамента",
    ]);
    expect(doc.warnings).toEqual([]);
  });
});

describe("parseQualificationRequirements: damaged documents", () => {
  const kazakh = readSeed("kazakhRequirements");

  it("reports a gap in the duty numbers", () => {
    const doc = parseQualificationRequirements(kazakh.replace(/^5\) .*\n/mu, ""));
    expect(doc.duties).toHaveLength(18);
    expect(warningMessages(doc)).toEqual(["duty numbers out of sequence: expected 5 (found 6)"]);
  });

  it("keeps the requirements of a document cut before its duties", () => {
    const doc = parseQualificationRequirements(kazakh.slice(0, kazakh.indexOf("Лауазымдық")));
    expect(doc.requirements).toHaveLength(2);
    expect(doc.duties).toEqual([]);
    expect(warningMessages(doc)).toEqual(["no duties (“Лауазымдық міндеттері:” / “Должностные обязанности:”) found"]);
  });
});

describe("postName", () => {
  it.each([
    ["Бас маманға қойылатын біліктілік талаптары", "Бас маман"],
    ["Бөлім инженеріне қойылатын біліктілік талаптары", "Бөлім инженері"],
    ["Квалификационные требования к должности главного специалиста отдела", "Главный специалист отдела"],
    ["Квалификационные требования к секретаря", "Секретарь"],
    ["Бөлім басшысына қойылатын жалпы біліктілік талаптар", "Бөлім басшысы"],
    ["Должностная инструкция главного бухгалтера", "Главный бухгалтер"],
    ["ДОЛЖНОСТНОЙ РЕГЛАМЕНТ ведущего специалиста", "Ведущий специалист"],
    ["Требования к кандидатам", null],
  ])("names the post of %j", (title, expected) => {
    expect(postName(title)).toBe(expected);
  });
});
