import type { Migration } from '../migrate';

/** A unit index over one text column, kept in step by triggers and filled from the existing rows. */
function unitIndex(base: string, key: string, column: string, units: string): string {
  const add = (row: 'new') => `INSERT INTO ${units} (rowid, text) SELECT ${row}.${key}, u FROM (SELECT search_units(${row}.${column}) AS u) WHERE u IS NOT NULL;`;
  return `
    CREATE VIRTUAL TABLE ${units} USING fts5 (text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
    CREATE TRIGGER ${units}_insert AFTER INSERT ON ${base} BEGIN
      ${add('new')}
    END;
    CREATE TRIGGER ${units}_delete AFTER DELETE ON ${base} BEGIN
      DELETE FROM ${units} WHERE rowid = old.${key};
    END;
    CREATE TRIGGER ${units}_update AFTER UPDATE OF ${column} ON ${base} BEGIN
      DELETE FROM ${units} WHERE rowid = old.${key};
      ${add('new')}
    END;
    INSERT INTO ${units} (rowid, text) SELECT ${key}, u FROM (SELECT ${key}, search_units(${column}) AS u FROM ${base}) WHERE u IS NOT NULL;`;
}

/**
 * Chinese and Japanese search for one- and two-character terms. The trigram index (0010) needs three
 * characters, so 天气 or 会 were matched with LIKE, and a query of them alone read every message (a zero-hit
 * one 185–517 ms over 100k messages). A unit index holds each CJK character as a token (see searchUnits in
 * db/fts.ts): such a term becomes a phrase query. Contentless (the text is the base table's), with
 * contentless_delete so the triggers can remove a row by its id. Only rows with CJK text get an entry.
 */
export const m0013SearchUnits: Migration = {
  version: 13,
  name: 'search-units',
  up(db) {
    db.exec(`
      ${unitIndex('messages', 'rowid', 'content', 'messages_units')}
      ${unitIndex('transcript_segments', 'id', 'text', 'transcript_units')}
    `);
  },
};
