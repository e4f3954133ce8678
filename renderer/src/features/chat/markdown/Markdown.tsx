import 'katex/dist/katex.min.css';
import { memo } from 'react';
import ReactMarkdown from 'react-markdown';
import { components, rehypePlugins, remarkPlugins } from './plugins';
import { splitBlocks } from './splitBlocks';
import { isPlainParagraph, PIECE_CHARS } from './splitParagraph';
import { StreamingParagraph } from './StreamingParagraph';

/** One Markdown block; memoised so unchanged blocks of a streaming reply are not parsed again. */
const Block = memo(function Block({ text }: { text: string }) {
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
      {text}
    </ReactMarkdown>
  );
});

/**
 * Markdown with GFM tables, highlighted code, KaTeX math and checked links; raw HTML is never
 * rendered. While streaming, finished blocks are memoised and a long last paragraph is parsed in
 * pieces, so the cost of a frame stays flat however long the reply grows.
 */
export function Markdown({ text, streaming = false }: { text: string; streaming?: boolean }) {
  if (!streaming) {
    return (
      <div className="md">
        <Block text={text} />
      </div>
    );
  }
  const blocks = splitBlocks(text);
  return (
    <div className="md">
      {blocks.map((block, i) =>
        i === blocks.length - 1 && block.length > PIECE_CHARS * 2 && isPlainParagraph(block) ? <StreamingParagraph key={i} text={block} /> : <Block key={i} text={block} />,
      )}
    </div>
  );
}
