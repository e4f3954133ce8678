import { Fragment, memo, type ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { components, rehypePlugins, remarkPlugins } from './plugins';
import { splitParagraph } from './splitParagraph';

const inline: Components = { ...components, p: ({ children }: { children?: ReactNode }) => <>{children}</> };

/** One piece of a streaming paragraph, rendered inline; memoised so finished pieces are not re-parsed. */
const Piece = memo(function Piece({ text }: { text: string }) {
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={inline}>
      {text}
    </ReactMarkdown>
  );
});

/** The growing last paragraph of a streaming reply, as one <p> made of memoised pieces. */
export function StreamingParagraph({ text }: { text: string }) {
  const pieces = splitParagraph(text);
  return (
    <p>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <Piece text={piece} />
        </Fragment>
      ))}
    </p>
  );
}
