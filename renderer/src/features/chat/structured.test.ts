import { describe, expect, it } from 'vitest';
import { parseStructured, repliedWithSchema } from './structured';

describe('structured replies', () => {
  it('follow the schema the reply was made with, not the scene the conversation has now', () => {
    const table = { producedBy: { schemaName: 'ticket' } };
    const prose = { producedBy: { schemaName: null } };
    expect(repliedWithSchema(table, false)).toBe(true); // scene changed to free text: the old table stays a table
    expect(repliedWithSchema(prose, true)).toBe(false); // scene changed to structured: old prose stays prose
    expect(repliedWithSchema({ producedBy: null }, true)).toBe(true); // unrecorded: the current scene decides
  });

  it('parse objects and arrays of objects as tables, anything else not', () => {
    expect(parseStructured('{"a":1}')?.table).toEqual({ kind: 'object', rows: [['a', 1]] });
    expect(parseStructured('[{"a":1},{"b":2}]')?.table).toMatchObject({ kind: 'rows', columns: ['a', 'b'] });
    expect(parseStructured('plain words')).toBeNull();
    expect(parseStructured('[1, 2]')).toBeNull();
  });
});
