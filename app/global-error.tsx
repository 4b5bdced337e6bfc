"use client";

// Last-resort boundary (an error in the root layout itself). Shows no error detail to the user.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="pl">
      <body className="p-8 font-sans">
        <h1>Coś poszło nie tak / Something went wrong</h1>
        <button type="button" onClick={() => reset()}>
          Spróbuj ponownie / Try again
        </button>
      </body>
    </html>
  );
}
