/**
 * Hand-written documents for the shapes no seed has: an INFOdoradca+ section 2 page
 * ("Opis zawodu", modelled on the INFOdoradca+ information model 2.1–2.7) and Russian
 * qualification requirements (the Russian twin of seed 002). Test-only.
 */

export const PROFILE_DESCRIPTION_PAGE = `INFOdoradca+ Informacje o zawodach - Ministerstwo Rodziny, Pracy i Polityki Społecznej

INFOdoradca+ Informacje o zawodach

Administrator systemów poczty elektronicznej

Kod: 351402

2. Opis zawodu

Synteza

Administrator systemów poczty elektronicznej instaluje, konfiguruje i utrzymuje systemy poczty elektronicznej, zarządza kontami użytkowników oraz dba o bezpieczeństwo przesyłanych wiadomości.

Opis pracy

Sposoby wykonywania pracy

Administrator systemów poczty elektronicznej:

 • instaluje i konfiguruje oprogramowanie serwera poczty elektronicznej 4;
 • zakłada i usuwa konta użytkowników, przydziela im pojemność skrzynek;
 • monitoruje działanie serwera i reaguje na awarie.

Pracuje najczęściej w dziale informatycznym przedsiębiorstwa lub instytucji, w zespole administratorów sieci
i systemów komputerowych.

Środowisko pracy

Warunki pracy

Praca odbywa się w pomieszczeniach biurowych i serwerowniach, przy sztucznym oświetleniu.

Maszyny i narzędzia pracy

 • komputer z dostępem do internetu;
 • serwery i urządzenia sieciowe.

Organizacja pracy

Praca w systemie dyżurów, także poza godzinami pracy firmy.

Wymagania psychofizyczne i zdrowotne

Wymagania psychofizyczne

 • zdolność koncentracji uwagi;
 • odporność na stres.

Zawody pokrewne

 • Administrator systemów komputerowych.

Partnerzy

Na skróty
`;

export const RUSSIAN_REQUIREMENTS = `Квалификационные требования к должности менеджера по информационным технологиям департамента административного обеспечения
Требования:
- Образование: высшее техническое
- Опыт работы: в сфере информационных технологий не менее 2 лет
Должностные обязанности:
1) конфигурирование операционной системы на серверах, а также поддержание работоспособности программного обеспечения серверов;
2) установка программного обеспечения на серверы, рабочие станции и активное сетевое оборудование
и контроль за ней;
3) регистрация пользователей, назначение идентификаторов и паролей. Согласование списка пользователей с непосредственным руководителем;
4) ведение отчётной документации, касающейся деятельности департамента.
`;

/**
 * Section 2 as a real page has it: no "Synteza" heading, the occupation's name line repeated, then
 * the lead sentence with glossary numbers, then the named subsections (a part, and headings inside
 * it). Numbers that are content ("Windows 10 i Linux", "Python 3", "ISO 27001") stand beside
 * glossary numbers. Test-only, written from the INFOdoradca+ structure, not copied from a page.
 */
export const PROFILE_SECTION_2_PAGE = `INFOdoradca+ Informacje o zawodach

Administrator systemów poczty elektronicznej

Kod: 351402

2. Opis zawodu

Administrator systemów poczty elektronicznej

Administrator systemów poczty elektronicznej 4 odpowiada za działanie serwerów poczty (SMTP) 9, ochronę przed spamem 2 i phishingiem 3.

Opis pracy

Sposoby wykonywania pracy

Pracuje w systemach Windows 10 i Linux, automatyzuje zadania w języku Python 3 oraz wdraża normę ISO 27001.

 • instaluje serwery poczty elektronicznej 4;
 • zakłada konta użytkowników.

Środowisko pracy

Warunki pracy

Praca w biurze i serwerowni 7, także w systemie dyżurów.

Wymagania psychofizyczne i zdrowotne

Wymagana jest odporność na stres 5.

Wykształcenie, kwalifikacje i uprawnienia zawodowe

Wykształcenie wyższe informatyczne; po 2 latach pracy możliwy awans.

Zawody pokrewne

 • Administrator systemów komputerowych.

Partnerzy
`;

/**
 * Sections 4–7 of an INFOdoradca+ page (labour market, people with disabilities, further training,
 * sources), without sections 2 and 3: numbered top-level headings, "N.M." subsections, glossary
 * numbers after words. Test-only, written from the portal's structure, not copied from a page.
 */
export const PROFILE_LATER_SECTIONS_PAGE = `INFOdoradca+ Informacje o zawodach

Administrator systemów poczty elektronicznej

Kod: 351402

4. Rynek pracy

Zapotrzebowanie na administratorów rośnie w dużych miastach 3.

4.1. Możliwości zatrudnienia

Pracodawcami są firmy informatyczne 5, banki i urzędy w Bolesławcu.

 • centra danych;
 • operatorzy telekomunikacyjni.

5. Zatrudnienie osób z niepełnosprawnością

Praca jest możliwa dla osób z niepełnosprawnością narządu ruchu.

6. Możliwości rozwoju zawodowego

6.1. Podnoszenie kwalifikacji

Kursy administrowania systemem Windows 10 i certyfikaty producentów.

7. Źródła dodatkowych informacji

 • www.praca.gov.pl

Partnerzy
`;
/** PROFILE_LATER_SECTIONS_PAGE's sections and subsections as "section/level heading", in order. */
export const PROFILE_LATER_SECTIONS_HEADINGS = [
  "4/0 Rynek pracy",
  "4/1 Możliwości zatrudnienia",
  "5/0 Zatrudnienie osób z niepełnosprawnością",
  "6/0 Możliwości rozwoju zawodowego",
  "6/1 Podnoszenie kwalifikacji",
  "7/0 Źródła dodatkowych informacji",
];
/** Its sections 4–7 alone, without the page's header and footer, to add to another page. */
export const LATER_SECTIONS = PROFILE_LATER_SECTIONS_PAGE.slice(PROFILE_LATER_SECTIONS_PAGE.indexOf("4. Rynek pracy")).replace(/\nPartnerzy\n$/u, "");

/**
 * A Russian job instruction ("должностная инструкция") as Kazakh state bodies publish them: the
 * title in capitals over two lines, numbered parts ("1. Общие положения"), sub-numbered clauses
 * ("3.1."), a wrapped duty, a part with a lead sentence and bullets. Test-only, written from the
 * structure of such documents, not copied from one.
 */
export const RUSSIAN_JOB_INSTRUCTION = `ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ
главного специалиста отдела информационных технологий

1. Общие положения
1.1. Главный специалист назначается на должность и освобождается от неё приказом руководителя.
1.2. Главный специалист подчиняется начальнику отдела.
2. Квалификационные требования
Образование: высшее (информационные технологии, вычислительная техника)
Опыт работы: не менее 3 лет в сфере информационных технологий
3. Должностные обязанности
3.1. администрирование серверов и сетевого оборудования;
3.2. обеспечение информационной безопасности,
резервное копирование данных;
3.3. консультирование работников по работе с информационными системами.
4. Права
Главный специалист имеет право:
- запрашивать у подразделений сведения, необходимые для работы;
- вносить предложения по совершенствованию работы отдела.
5. Ответственность
Главный специалист несёт ответственность за ненадлежащее исполнение обязанностей.
`;

/**
 * Kazakh qualification requirements as a web page gives them: the title is the requirements'
 * heading ("… қойылатын жалпы біліктілік талаптар:"), the requirements a table flattened to
 * "Критерий | Талаптар |" rows, the duties a numbered clause with its items on one line
 * ("16. Лауазымдық міндеттері: 1) … 2) …"). Test-only, written from the structure.
 */
export const KAZAKH_REQUIREMENTS_PAGE = `Ақпараттық технологиялар бөлімінің бас маманына қойылатын жалпы біліктілік талаптар:
Критерий | Талаптар |
Білімі | Жоғары (ақпараттық технологиялар) |
Жұмыс тәжірибесі | Кемінде 1 жыл |
16. Лауазымдық міндеттері: 1) ақпараттық жүйелерді сүйемелдеу; 2) пайдаланушыларға кеңес беру; 3) деректердің сақтық көшірмесін жасау.
`;
