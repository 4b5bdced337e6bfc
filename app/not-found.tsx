// Reached only for paths outside the locale routing (the proxy sends everything else to [locale]).
// A plain link, not next/link: this boundary's chunk is loaded with every page of the app, and
// next/link in it was a second copy of the router's link code (3.3 kB gzipped) in each first load.
export default function RootNotFound() {
  return (
    <html lang="pl">
      <body className="p-8 font-sans">
        <h1>Nie znaleziono strony (404)</h1>
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- on purpose: see above. */}
          <a href="/">Strona główna</a>
        </p>
      </body>
    </html>
  );
}
