import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ImportError } from "../errors";
import { extractText } from "./index";

const POLISH = "ZAKRES OBOWIĄZKÓW: ŁÓDŹ, ŚRÓDMIEŚCIE, ŻÓŁĆ.\nZarządzanie kontami użytkowników, zażółć gęślą jaźń; współpraca z firmą Müller & Söhne.\n";
const RUSSIAN = "Должностные обязанности: администрирование серверов, резервное копирование данных.\n";
const RUSSIAN_CAPITALS = "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ ГЛАВНОГО СПЕЦИАЛИСТА ОТДЕЛА ИНФОРМАЦИОННЫХ ТЕХНОЛОГИЙ";

async function codeOf(bytes: Uint8Array, name = "plik.txt"): Promise<string | null> {
  try {
    await extractText(bytes, name);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).code;
  }
}

describe("text encodings the import reads and refuses", () => {
  it("reads Polish in Windows-1250 and ISO-8859-2, capitals and a German name included", async () => {
    for (const encoding of ["windows-1250", "iso-8859-2"]) {
      const { text } = await extractText(new Uint8Array(iconv.encode(POLISH, encoding)), "stary.txt");
      expect(text).toBe(POLISH.trimEnd());
    }
  });

  it("reads UTF-8, with or without a BOM, Kazakh included", async () => {
    const kazakh = "Біліктілік талаптары: ақпараттық технологиялар менеджері, ӘҒҚҢӨҰҮҺІ";
    expect((await extractText(new TextEncoder().encode(kazakh), "kk.txt")).text).toBe(kazakh);
    expect((await extractText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(kazakh)]), "kk.txt")).text).toBe(kazakh);
  });

  // Issue 12: Russian in a legacy code page is read when the detection is certain (it was refused before).
  it.each(["windows-1251", "koi8-r"])("reads Russian in %s: prose, a heading in capitals and a short line", async (encoding) => {
    for (const russian of [RUSSIAN, RUSSIAN_CAPITALS, "Права и обязанности сотрудника"]) {
      const { text } = await extractText(new Uint8Array(iconv.encode(russian, encoding)), "ru.txt");
      expect(text).toBe(russian.trimEnd());
    }
  });

  it("refuses Cyrillic in CP866, which neither reading takes for Cyrillic letters", async () => {
    expect(await codeOf(new Uint8Array(iconv.encode(RUSSIAN, "cp866")))).toBe("encoding");
  });

  it("refuses Cyrillic bytes that read as letters both ways but as Russian neither way, saying what each reading gives", async () => {
    // Letters of both code pages in no language's order: each reading is Cyrillic, neither is Russian.
    const bytes = new Uint8Array(300);
    for (let i = 0, x = 1; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      bytes[i] = i % 7 === 6 ? 0x20 : 0xc0 + ((x >> 16) % 64);
    }
    const error = await extractText(bytes, "ru.txt").then(
      () => null,
      (e: unknown) => e as ImportError,
    );
    expect(error?.code).toBe("encoding");
    expect(error?.details.map((d) => d.code)).toEqual(["codePageUncertain"]);
    expect(error?.details[0]?.params).toEqual({
      sample1251: iconv.decode(Buffer.from(bytes.subarray(0, 24)), "windows-1251"),
      sampleKoi8: iconv.decode(Buffer.from(bytes.subarray(0, 24)), "koi8-r"),
    });
  });

  it("refuses UTF-8 with a broken byte, in plain text and in HTML, naming where", async () => {
    const utf8 = new TextEncoder().encode(POLISH);
    const broken = new Uint8Array([...utf8.slice(0, 20), 0xff, ...utf8.slice(20)]);
    expect(await codeOf(broken)).toBe("encoding");
    const html = new Uint8Array([...new TextEncoder().encode("<!DOCTYPE html><html><body><p>"), ...broken, ...new TextEncoder().encode("</p></body></html>")]);
    expect(await codeOf(html, "strona.html")).toBe("encoding");
    await expect(extractText(broken, "plik.txt")).rejects.toThrow(/the first at byte 20 \(line 1\)/u);
  });

  it("still calls a NUL-heavy file binary, not wrongly encoded", async () => {
    expect(await codeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xc3, 0xff, 0, 0]))).toBe("binary");
  });
});
