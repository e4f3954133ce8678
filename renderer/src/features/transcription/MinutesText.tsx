import { PlainText } from '../../components/PlainText';
import { lazyModule, useLazyModule } from '../../lib/lazyModule';

/** The minutes' Markdown renderer (react-markdown and GFM) is a chunk of its own, loaded on first use. */
const minutesMarkdown = lazyModule(() => import('./MinutesMarkdown'));

/** Minutes as Markdown once the renderer has loaded; their text as typed until then, never blank. */
export function MinutesText({ text }: { text: string }) {
  const rich = useLazyModule(minutesMarkdown);
  if (!rich) return <PlainText className="tx-md" text={text} />;
  return <rich.MinutesMarkdown text={text} />;
}
