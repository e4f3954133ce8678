/**
 * Replies that show what a chat screen must render: tables, code, math and lists. Used by demo mode
 * (chosen by what the user asks) and by `SIM_RICH_TOKENS=N` (a reply of exactly N tokens made of rich
 * sections, for the streaming benchmark). Deterministic like every other simulator answer.
 */
import { splitTokens } from './tokens';

export type RichTopic = 'table' | 'code' | 'math' | 'list' | 'general';

const TABLE = `Here is a side-by-side comparison.

| | Python | Go |
| --- | --- | --- |
| Typing | Dynamic, optional hints | Static, inferred locally |
| Concurrency | \`asyncio\`, threads, processes | Goroutines and channels |
| Start-up | ~20 ms interpreter | ~1 ms native binary |
| Packaging | wheels, virtual environments | one static binary |
| Best at | data work, scripting, ML | network services, CLIs |

**In short:** pick Python when the libraries decide the project, Go when deployment and concurrency do.`;

const CODE = `A small, dependency-free version:

\`\`\`python
from collections import Counter
import re

def top_words(text: str, n: int = 5) -> list[tuple[str, int]]:
    """The n most common words, case-insensitive."""
    words = re.findall(r"[\\w']+", text.lower())
    return Counter(words).most_common(n)

print(top_words("the cat and the hat and the bat"))
# [('the', 3), ('and', 2), ('cat', 1), ('hat', 1), ('bat', 1)]
\`\`\`

The same idea in TypeScript:

\`\`\`ts
export function topWords(text: string, n = 5): [string, number][] {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\\w']+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n);
}
\`\`\`

Both run in linear time; sorting the distinct words is the only extra cost.`;

const MATH = `The compound growth of a monthly budget:

$$
B_n = B_0 \\cdot (1 + r)^n
$$

With $B_0 = 1{,}000$, a monthly rate $r = 0.02$ and $n = 12$ months, $B_{12} \\approx 1{,}268.24$. The continuous version is $B(t) = B_0 e^{rt}$, and the doubling time is about $\\frac{\\ln 2}{r} \\approx 35$ months.`;

const LIST = `Key points:

1. **Decisions** — ship the beta on 12 March; pricing stays at the current tiers.
2. **Risks** — the payment provider migration is not yet tested end to end.
3. **Follow-ups**
   - Ana: draft the release notes by Friday.
   - Bo: load-test the new checkout with 2× last month's peak.
   - Chen: confirm the support rota for launch week.

> Open question: do we announce the API at the same time, or a week later?`;

const GENERAL = `Happy to help. A few things worth knowing:

- **Scenes** set the instructions, model and output format for a conversation.
- **Costs** are shown before each send (the likely cost and the most it can cost) and after each reply.
- **Versions**: edit a message or ask again, and the earlier answers stay one click away.

Ask me to *compare* two things for a table, for *code* in a language, or for a *formula* to see those rendered.`;

const ANSWERS: Record<RichTopic, string> = { table: TABLE, code: CODE, math: MATH, list: LIST, general: GENERAL };

/** Which canned answer fits the question, by its words. */
export function richTopic(question: string): RichTopic {
  const q = question.toLowerCase();
  if (/\b(compare|comparison|versus|vs\.?|table|difference|differences)\b/.test(q)) return 'table';
  if (/\b(code|function|script|python|typescript|javascript|sql|regex|program|implement)\b/.test(q)) return 'code';
  if (/\b(math|formula|equation|calculate|compound|interest|probability|derivative|integral)\b/.test(q)) return 'math';
  if (/\b(summar\w*|minutes|key points|action items|list|steps)\b/.test(q)) return 'list';
  return 'general';
}

export function richAnswer(question: string): string {
  return ANSWERS[richTopic(question)];
}

/** Exactly n tokens of rich Markdown: every kind of section in turn, repeated as needed. */
export function richTokens(n: number, model?: string): string[] {
  const all = [TABLE, CODE, MATH, LIST].join('\n\n');
  const per = Math.max(1, splitTokens(all, model).length);
  const repeats = Math.ceil(n / per) + 1;
  return splitTokens(Array.from({ length: repeats }, () => all).join('\n\n'), model).slice(0, n);
}
