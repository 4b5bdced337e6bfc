import type { SearchSnippet } from "@/lib/validation/search";

/**
 * A snippet with its matched words in <mark>. Every part is a React text node: data and user
 * text are never parsed as HTML.
 */
export function SnippetText({ snippet }: { snippet: SearchSnippet }) {
  return (
    <>
      {snippet.parts.map((part, i) =>
        part.isMatch ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
