import Link from "next/link";

// Reached only for paths outside the locale routing (the proxy sends everything else to [locale]).
export default function RootNotFound() {
  return (
    <html lang="pl">
      <body className="p-8 font-sans">
        <h1>Nie znaleziono strony (404)</h1>
        <p>
          <Link href="/">Strona główna</Link>
        </p>
      </body>
    </html>
  );
}
