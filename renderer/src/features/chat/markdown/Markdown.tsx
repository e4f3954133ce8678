import 'katex/dist/katex.min.css';
import { memo, useEffect, useState, useSyncExternalStore } from 'react';
import ReactMarkdown from 'react-markdown';
import { components, rehypePlugins, rehypePluginsUnhighlighted, remarkPlugins } from './plugins';
import { highlightReady, highlightsVersion, highlightWhenIdle, subscribeHighlights } from './highlightCache';
import { OpenCodeBlock } from './OpenCodeBlock';
import { blocksStandAlone, isOpenFence, isOpenMath, openFenceCode, splitBlocks } from './splitBlocks';
import { isPlainParagraph, PIECE_CHARS } from './splitParagraph';
import { StreamingParagraph } from './StreamingParagraph';

/** One Markdown block; memoised so unchanged blocks of a streaming reply are not parsed again. */
const Block = memo(function Block({ text, highlight }: { text: string; highlight: boolean }) {
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={highlight ? rehypePlugins : rehypePluginsUnhighlighted} components={components}>
      {text}
    </ReactMarkdown>
  );
});

/**
 * Markdown with GFM tables, highlighted code, KaTeX math and checked links; raw HTML is never
 * rendered. While streaming, finished blocks are memoised, a long last paragraph is parsed in pieces,
 * a code block still open is read without a parse and highlighted when the window is idle after it
 * closes, and display math is rendered once it closes, so the cost of a frame stays flat however long
 * the reply grows; when it finishes, only its last block is parsed again.
 */
export function Markdown({ text, streaming = false }: { text: string; streaming?: boolean }) {
  const blocks = splitBlocks(text);
  // A reply that streamed in here keeps its finished blocks' content-visibility (see chat-messages.css)
  // when it finishes: taking it away laid out, styled and painted the whole reply in one frame.
  const [streamed] = useState(streaming);
  useSyncExternalStore(subscribeHighlights, highlightsVersion, highlightsVersion);
  const ready = blocks.map((block, i) => !streaming || (i === blocks.length - 1 && isOpenFence(block)) || highlightReady(block));
  useEffect(() => {
    if (streaming) blocks.forEach((block, i) => ready[i] || highlightWhenIdle(block));
  });
  if (!streaming) {
    // The blocks it streamed in stay (memoised, nothing parsed again) unless the whole text parses differently.
    const standAlone = blocksStandAlone(blocks);
    // Same props as while streaming (highlight given explicitly), or memo would parse every block again.
    return <div className={streamed && standAlone ? 'md md--streamed' : 'md'}>{standAlone ? blocks.map((block, i) => <Block key={i} text={block} highlight />) : <Block text={text} highlight />}</div>;
  }
  return (
    <div className={streamed ? 'md md--streamed' : 'md'}>
      {blocks.map((block, i) => {
        if (i < blocks.length - 1) return <Block key={i} text={block} highlight={ready[i] ?? true} />;
        if (block.length > PIECE_CHARS * 2 && isPlainParagraph(block)) return <StreamingParagraph key={i} text={block} />;
        if (isOpenMath(block)) return <div key={i} className="md-math-pending">{block.trimStart().slice(2).trim()}</div>;
        const open = openFenceCode(block);
        if (open) return <OpenCodeBlock key={i} language={open.language} code={open.code} />;
        return <Block key={i} text={block} highlight={!isOpenFence(block) && (ready[i] ?? true)} />;
      })}
    </div>
  );
}
