/**
 * Prompt templates with {variables}: which variables a template uses, and the prompt it produces from
 * a set of values. Pure, so the form previews exactly what core will send.
 */

const VARIABLE = /\{([A-Za-z_][\w-]{0,59})\}/g;

/** The variables of a template body, in order of first appearance. */
export function templateVariables(body: string): string[] {
  return [...new Set([...body.matchAll(VARIABLE)].map((m) => m[1]!))];
}

/** The prompt from a template and values (trimmed); variables without a value are listed as missing and left as written. */
export function fillTemplate(body: string, values: Readonly<Record<string, string>>): { prompt: string; missing: string[] } {
  const missing: string[] = [];
  const prompt = body.replace(VARIABLE, (whole, name: string) => {
    const v = values[name]?.trim();
    if (!v) {
      missing.push(name);
      return whole;
    }
    return v;
  });
  return { prompt: prompt.trim(), missing: [...new Set(missing)] };
}
