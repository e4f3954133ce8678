import { PlainText } from '../../../components/PlainText';
import { useLazyModule } from '../../../lib/lazyModule';
import { richMarkdown } from './richMarkdown';

/**
 * A reply as Markdown once the renderer's chunk has loaded (it usually has: it is fetched when the
 * window is idle); until then its text as typed, so a reply is never blank while the chunk arrives.
 */
export function ReplyMarkdown({ text, streaming }: { text: string; streaming: boolean }) {
  const rich = useLazyModule(richMarkdown);
  if (!rich) return <PlainText className="md" text={text} />;
  return <rich.Markdown text={text} streaming={streaming} />;
}
