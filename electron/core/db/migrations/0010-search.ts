import type { Migration } from '../migrate';

/**
 * The FTS5 statements that keep a word index (unicode61, prefix index '2 3') and a trigram index in step
 * with one text column of an external-content table, created and backfilled from existing rows.
 */
function searchIndexes(base: string, key: string, column: string, words: string, trigrams: string): string {
  return `
    CREATE VIRTUAL TABLE ${words} USING fts5 (${column}, content = '${base}', content_rowid = '${key}', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    CREATE VIRTUAL TABLE ${trigrams} USING fts5 (${column}, content = '${base}', content_rowid = '${key}', tokenize = 'trigram remove_diacritics 1');
    CREATE TRIGGER ${words}_insert AFTER INSERT ON ${base} BEGIN
      INSERT INTO ${words} (rowid, ${column}) VALUES (new.${key}, new.${column});
      INSERT INTO ${trigrams} (rowid, ${column}) VALUES (new.${key}, new.${column});
    END;
    CREATE TRIGGER ${words}_delete AFTER DELETE ON ${base} BEGIN
      INSERT INTO ${words} (${words}, rowid, ${column}) VALUES ('delete', old.${key}, old.${column});
      INSERT INTO ${trigrams} (${trigrams}, rowid, ${column}) VALUES ('delete', old.${key}, old.${column});
    END;
    CREATE TRIGGER ${words}_update AFTER UPDATE OF ${column} ON ${base} BEGIN
      INSERT INTO ${words} (${words}, rowid, ${column}) VALUES ('delete', old.${key}, old.${column});
      INSERT INTO ${trigrams} (${trigrams}, rowid, ${column}) VALUES ('delete', old.${key}, old.${column});
      INSERT INTO ${words} (rowid, ${column}) VALUES (new.${key}, new.${column});
      INSERT INTO ${trigrams} (rowid, ${column}) VALUES (new.${key}, new.${column});
    END;
    INSERT INTO ${words} (${words}) VALUES ('rebuild');
    INSERT INTO ${trigrams} (${trigrams}) VALUES ('rebuild');`;
}

/**
 * Chinese and Japanese search. unicode61 makes a whole run of CJK characters one token, so a word inside
 * a sentence was never found: a trigram index beside the word index finds any substring of 3+ characters
 * (shorter CJK terms are matched with LIKE among the rows the other terms select). The word indexes get a
 * prefix index ('2 3') for fast search-as-you-type. Both are rebuilt from the existing rows.
 */
export const m0010Search: Migration = {
  version: 10,
  name: 'search',
  up(db) {
    db.exec(`
      DROP TRIGGER messages_fts_insert;
      DROP TRIGGER messages_fts_delete;
      DROP TRIGGER messages_fts_update;
      DROP TABLE messages_fts;
      DROP TRIGGER transcript_fts_insert;
      DROP TRIGGER transcript_fts_delete;
      DROP TRIGGER transcript_fts_update;
      DROP TABLE transcript_fts;
      ${searchIndexes('messages', 'rowid', 'content', 'messages_fts', 'messages_trigram')}
      ${searchIndexes('transcript_segments', 'id', 'text', 'transcript_fts', 'transcript_trigram')}
    `);
  },
};
