import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndexSchema, INDEX_TABLES, INDEX_VERSION } from '../../../../../main/services/library/index-schema';
import { openSqlite, type SqlDatabase } from '../../../../../main/services/library/sqlite';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function freshDb(): Promise<SqlDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'briefdesk-index-schema-'));
  dirs.push(dir);
  return openSqlite(join(dir, 'index.db'));
}

function tables(db: SqlDatabase): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'fts_%' ORDER BY name")
    .all()
    .map((row) => String(Reflect.get(Object(row), 'name')));
}

const userVersion = (db: SqlDatabase) => Number(Reflect.get(Object(db.prepare('PRAGMA user_version').get()), 'user_version'));

describe('createIndexSchema', () => {
  it('makes every table and sets the index version', async () => {
    const db = await freshDb();
    createIndexSchema(db);
    expect(tables(db)).toEqual([...INDEX_TABLES].sort());
    expect(userVersion(db)).toBe(INDEX_VERSION);
    db.close();
  });

  it('leaves nothing half made when it stops part way (a process killed while creating index.db)', async () => {
    const db = await freshDb();
    // The last table already exists, so the schema fails after making all the others — where a kill could stop it.
    db.exec('CREATE TABLE terms (term TEXT)');
    expect(() => createIndexSchema(db)).toThrow(/terms/);
    expect(db.inTransaction).toBe(false);
    expect(tables(db)).toEqual(['terms']);
    expect(userVersion(db)).toBe(0);
    db.close();
  });
});
