/** Running text stored with one paragraph per line (the importer's convention), as paragraphs. */
export function Paragraphs({ text, lang, className }: { text: string; lang: string; className?: string }) {
  const paragraphs = text.split(/\n+/u).filter((p) => p.trim().length > 0);
  return (
    <div lang={lang} className={className ?? "space-y-2"}>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
