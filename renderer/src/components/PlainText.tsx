/**
 * Text as typed, one paragraph per blank-line-separated block with its line breaks kept: what a Markdown
 * document shows while its renderer is still loading.
 */
export function PlainText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className} data-plain="true">
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="plain-text">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
