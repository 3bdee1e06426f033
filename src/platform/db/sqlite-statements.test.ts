import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { withPreparedStatements } from './sqlite-statements.js';

function database() {
  const raw = new SQLite(':memory:');
  raw.exec(`create table t (id integer primary key, name text, note text);
            insert into t (name, note) values ('a', null), ('b', 'x');`);
  let prepares = 0;
  const prepare = raw.prepare.bind(raw);
  raw.prepare = ((sql: string) => {
    prepares++;
    return prepare(sql);
  }) as typeof raw.prepare;
  return { raw, prepares: () => prepares };
}

describe('withPreparedStatements', () => {
  it('reads the same rows as better-sqlite3, keys and values alike', () => {
    const { raw } = database();
    const db = withPreparedStatements(raw);
    const sql = 'select id, name, note, name as label, note as name from t order by id';
    const expected = raw.prepare(sql).all();
    const rows = db.prepare(sql).all([]) as Record<string, unknown>[];
    assert.deepEqual(rows, expected);
    // A later column of the same name wins, as in better-sqlite3.
    assert.equal(rows[1]!.name, 'x');
    assert.deepEqual(Object.keys(rows[0]!), ['id', 'name', 'note', 'label']);
  });

  it('reads a column named __proto__ as a property, not as the prototype', () => {
    const { raw } = database();
    const rows = withPreparedStatements(raw).prepare('select id, name as "__proto__" from t').all([]);
    const row = (rows as Record<string, unknown>[])[0]!;
    assert.equal(Object.getPrototypeOf(row), Object.prototype);
    assert.deepEqual(Object.entries(row), [
      ['id', 1],
      ['__proto__', 'a'],
    ]);
  });

  it('prepares each SQL text once, and again after it was dropped past the capacity', () => {
    const { raw, prepares } = database();
    const db = withPreparedStatements(raw, 2);
    const q1 = 'select name from t where id = ?';
    const q2 = 'select note from t where id = ?';
    const q3 = 'select id from t where id = ?';
    assert.deepEqual(db.prepare(q1).all([1]), [{ name: 'a' }]);
    assert.deepEqual(db.prepare(q1).all([2]), [{ name: 'b' }]);
    assert.equal(prepares(), 1);
    db.prepare(q2).all([1]);
    db.prepare(q1).all([1]); // q1 used last: q2 is the one to drop
    db.prepare(q3).all([1]);
    assert.equal(prepares(), 3);
    db.prepare(q1).all([1]);
    assert.equal(prepares(), 3);
    db.prepare(q2).all([1]);
    assert.equal(prepares(), 4);
  });

  it('runs writes and reports their changes', () => {
    const { raw } = database();
    const db = withPreparedStatements(raw);
    const insert = db.prepare('insert into t (name) values (?)');
    assert.equal(insert.reader, false);
    assert.deepEqual(insert.run(['c']), { changes: 1, lastInsertRowid: 3 });
    assert.deepEqual(db.prepare('insert into t (name) values (?) returning id, name').all(['d']), [
      { id: 4, name: 'd' },
    ]);
    assert.equal(db.prepare('update t set note = ? where note is null').run(['y']).changes, 3);
  });

  it('streams rows as objects', () => {
    const { raw } = database();
    const db = withPreparedStatements(raw);
    const sql = 'select id, name from t order by id';
    db.prepare(sql).all([]);
    assert.deepEqual(
      [...db.prepare(sql).iterate([])],
      [
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
      ],
    );
  });

  it('sees a column added by a schema change, through it or through another connection', (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartable-statements-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'db.sqlite');
    const raw = new SQLite(file);
    t.after(() => raw.close());
    raw.exec(`create table t (id integer primary key, name text); insert into t (name) values ('a');`);
    const db = withPreparedStatements(raw);
    assert.deepEqual(db.prepare('select * from t').all([]), [{ id: 1, name: 'a' }]);

    db.prepare('alter table t add column note text').run([]);
    assert.deepEqual(db.prepare('select * from t').all([]), [{ id: 1, name: 'a', note: null }]);

    const other = new SQLite(file);
    other.exec(`alter table t add column size integer; update t set size = 7;`);
    other.close();
    assert.deepEqual(db.prepare('select * from t').all([]), [{ id: 1, name: 'a', note: null, size: 7 }]);
  });
});
