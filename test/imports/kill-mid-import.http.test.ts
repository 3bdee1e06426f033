import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  PUPIL_MAPPING,
  type ImportScene,
  countRows,
  generatePupilRecords,
  makeImportScene,
  pupilCsv,
  utf8WithBom,
} from '../factories/imports.js';
import { type TestApp, buildTestApp } from '../helpers/app.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

/** Starts the child that commits the import, resolves with its first output line and the process. */
function startCommitInChild(location: string, programmeId: string, importId: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'commit-child.ts'), location, programmeId, importId],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const end = out.indexOf('\n');
      if (end >= 0) resolve(out.slice(0, end));
    });
    void exited.then((status) => reject(new Error(`the child ended (${String(status)}) before committing: ${stderr}`)));
  });
  return { child, firstLine, exited };
}

/**
 * The issue asks that killing the process in the middle of an import leaves the previous state.
 * A second process (what a `cartable serve` killed by the OOM killer or a power cut would be)
 * commits a 3,000-row import on the same database and is killed with SIGKILL while its
 * transaction holds 1,500 new pupils. The database must show exactly what it showed before.
 */
describe('an import killed in the middle of its commit', () => {
  let t: TestApp;
  let s: ImportScene;

  before(async () => {
    t = await buildTestApp();
    s = await makeImportScene(t);
  });
  after(() => t.close());

  async function mappedImport(rows: number, seed: number, familyOffset: number): Promise<string> {
    const records = generatePupilRecords({
      rows,
      seed,
      schoolUai: s.schoolA.uai,
      otherSchoolUai: s.schoolB.uai,
      familyOffset,
    });
    const upload = await s.upload(utf8WithBom(pupilCsv(records)));
    assert.equal(upload.statusCode, 201, upload.body);
    const put = await s.coordinator.put(s.url(`/${upload.json().id}/mapping`), { mapping: PUPIL_MAPPING });
    assert.equal(put.statusCode, 200, put.body);
    return upload.json().id;
  }

  const snapshot = async () => ({
    pupils: await countRows(t.db.db, 'pupils', s.programme.id),
    households: await countRows(t.db.db, 'households', s.programme.id),
    contacts: await countRows(t.db.db, 'household_contacts', s.programme.id),
    guardians: await countRows(t.db.db, 'household_guardians', s.programme.id),
    files: await countRows(t.db.db, 'pupil_import_files', s.programme.id),
    audit: Number(
      (
        await t.db.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('programme_id', '=', s.programme.id)
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });

  it('leaves the previous state: no pupil, household or audit event of the import, its status and file unchanged', async () => {
    const earlier = await mappedImport(50, 1, 0);
    assert.equal((await s.coordinator.post(s.url(`/${earlier}/commit`))).statusCode, 200);
    const id = await mappedImport(3000, 2, 100_000);
    const before = await snapshot();
    assert.equal(before.pupils, 50);

    const run = startCommitInChild(t.db.location, s.programme.id, id);
    const line = await run.firstLine;
    assert.match(line, /^committing \d+$/);
    assert.equal(Number(line.split(' ')[1]), 50 + 1500, 'three chunks of pupils were written inside the transaction');
    run.child.kill('SIGKILL');
    assert.equal(await run.exited, 'SIGKILL');

    assert.deepEqual(await snapshot(), before);
    const view = (await s.coordinator.get(s.url(`/${id}`))).json();
    assert.equal(view.status, 'mapped');
    assert.equal(view.committedAt, null);
    assert.equal(view.preview.length, 10, 'the uploaded file is still there');

    // Nothing is left locked or half-written: the same import commits now, in full.
    const done = await s.coordinator.post(s.url(`/${id}/commit`));
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().toCreate, 3000);
    assert.equal(await countRows(t.db.db, 'pupils', s.programme.id), 3050);
  });
});
