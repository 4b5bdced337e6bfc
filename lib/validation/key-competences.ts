/**
 * The nine key competences of an INFOdoradca+ profile, in the order of the PIAAC-based chart
 * exactly as the pages print them (names may contain "/").
 */
export const KEY_COMPETENCES = [
  "Umiejętność obsługi komputera i wykorzystania internetu",
  "Umiejętności matematyczne",
  "Umiejętność czytania ze zrozumieniem i pisania",
  "Sprawność motoryczna",
  "Planowanie i organizowanie pracy",
  "Wywieranie wpływu/przywództwo",
  "Komunikacja ustna",
  "Współpraca w zespole",
  "Rozwiązywanie problemów",
] as const;
