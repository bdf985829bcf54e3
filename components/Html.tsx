// Shows sanitized HTML rendered at build time. Its code blocks' copy buttons are handled by the
// site's browser script (lib/client/copy.ts), which reports through the status region below.
type Props = {
  html: string;
  className?: string;
};

export default function Html({ html, className }: Props) {
  if (!html) return null;
  return (
    <>
      <div className={`markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />
      <span className="sr-only" role="status" aria-live="polite" data-copy-status="" />
    </>
  );
}
