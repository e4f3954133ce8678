import 'katex/dist/katex.min.css';
import { memo } from 'react';
import ReactMarkdown from 'react-markdown';
import { components, rehypePlugins, rehypePluginsUnhighlighted, remarkPlugins } from './plugins';
import { OpenCodeBlock } from './OpenCodeBlock';
import { blocksStandAlone, isOpenFence, isOpenMath, openFenceCode, splitBlocks } from './splitBlocks';
import { isPlainParagraph, PIECE_CHARS } from './splitParagraph';
import { StreamingParagraph } from './StreamingParagraph';

/** One Markdown block; memoised so unchanged blocks of a streaming reply are not parsed again. */
const Block = memo(function Block({ text, highlight = true }: { text: string; highlight?: boolean }) {
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={highlight ? rehypePlugins : rehypePluginsUnhighlighted} components={components}>
      {text}
    </ReactMarkdown>
  );
});

/**
 * Markdown with GFM tables, highlighted code, KaTeX math and checked links; raw HTML is never
 * rendered. While streaming, finished blocks are memoised, a long last paragraph is parsed in pieces,
 * a code block still open is read without a parse and highlighted once it closes, and display math is rendered once it closes, so
 * the cost of a frame stays flat however long the reply grows; when it finishes, only its last block is
 * parsed again.
 */
export function Markdown({ text, streaming = false }: { text: string; streaming?: boolean }) {
  const blocks = splitBlocks(text);
  if (!streaming) {
    // The blocks it streamed in stay (memoised, nothing parsed again) unless the whole text parses differently.
    return <div className="md">{blocksStandAlone(blocks) ? blocks.map((block, i) => <Block key={i} text={block} />) : <Block text={text} />}</div>;
  }
  return (
    <div className="md">
      {blocks.map((block, i) => {
        if (i < blocks.length - 1) return <Block key={i} text={block} />;
        if (block.length > PIECE_CHARS * 2 && isPlainParagraph(block)) return <StreamingParagraph key={i} text={block} />;
        if (isOpenMath(block)) return <div key={i} className="md-math-pending">{block.trimStart().slice(2).trim()}</div>;
        const open = openFenceCode(block);
        if (open) return <OpenCodeBlock key={i} language={open.language} code={open.code} />;
        return <Block key={i} text={block} highlight={!isOpenFence(block)} />;
      })}
    </div>
  );
}
