/**
 * Regeneration keeps people's work. Real edits, as someone would make them in Postman, on the
 * example's collection; then the spec changes (a path renamed under the same operationId, an
 * operation removed, one added, a schema changed) and the collection is regenerated over the edited one.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { planCollection } from '../../src/stages/collection/collection.ts';
import { BLOCK_END, BLOCK_START, contractInScript } from '../../src/stages/collection/contract-tests.ts';
import { requestId } from '../../src/stages/collection/ids.ts';
import { mergeCollection, REMOVED_FOLDER, REMOVED_PREFIX } from '../../src/stages/collection/merge.ts';
import { isFolder, requestsOf, type PostmanCollection, type PostmanFolder, type PostmanRequestItem } from '../../src/postman/postman-types.ts';
import { specFile } from '../fixtures/postman/spec-from.ts';
import { repoRoot, scratch } from '../support/paths.ts';

const exampleText = readFileSync(path.join(repoRoot, 'example/openapi.yaml'), 'utf8');

async function collectionOf(text: string): Promise<PostmanCollection> {
  const file = path.join(scratch('fpd-merge-'), 'openapi.yaml');
  writeFileSync(file, text);
  const { spec, model } = await specFile(file);
  return planCollection(model, spec).collection;
}

function request(collection: PostmanCollection, operation: string): PostmanRequestItem | undefined {
  return [...requestsOf(collection.item)].find((r) => r.item.id === requestId(operation))?.item;
}

function folder(collection: PostmanCollection, name: string): PostmanFolder | undefined {
  return collection.item.find((i): i is PostmanFolder => isFolder(i) && i.name === name);
}

/** What a person does to the collection in Postman. */
function edit(original: PostmanCollection): PostmanCollection {
  const c = structuredClone(original);
  c.info._postman_id = 'a6f1d8e2-0000-4000-8000-postman-side';
  c.variable!.find((v) => v.key === 'baseUrl')!.value = 'https://staging.example.com';
  c.variable!.push({ key: 'bookId', value: '3fa85f64-5717-4562-b3fc-2c963f66afa6' });
  const getBook = request(c, 'getBook')!;
  const tests = getBook.event!.find((e) => e.listen === 'test')!.script;
  tests.exec = [
    '// my checks',
    "pm.test('has a title', () => pm.expect(pm.response.json().title).to.be.a('string'));",
    ...tests.exec,
    "pm.collectionVariables.set('lastBook', pm.response.json().id);",
  ];
  getBook.event!.push({ listen: 'prerequest', script: { type: 'text/javascript', exec: ["pm.variables.set('trace', Date.now());"] } });
  getBook.response = [{ name: 'Dune', code: 200, body: '{"title":"Dune"}' }];
  getBook.name = 'Fetch one book';
  getBook.request.description = 'Used by the mobile app; keep fast.';
  getBook.request.header.push({ key: 'X-Debug', value: '1' });
  getBook.variable = [{ key: 'note', value: 'kept' }];
  folder(c, 'books')!.item.push({
    id: 'user-made-1',
    name: 'My smoke check',
    request: { method: 'GET', url: { raw: '{{baseUrl}}/health', host: ['{{baseUrl}}'], path: ['health'] }, header: [] },
  });
  folder(c, 'shelves')!.description = 'Shelves, as the librarians call them.';
  return c;
}

const changedSpec = exampleText
  .replace('/books/{book-id}:', '/volumes/{book-id}:')
  .replace(
    / {2}\/shelves\/\{shelf\}\/books:[\s\S]*?(?=components:)/,
    `  /authors:
    get:
      operationId: listAuthors
      tags: [books]
      responses:
        '200':
          description: The authors
          content:
            application/json:
              schema: { type: array, items: { type: string } }
`,
  )
  .replace('detail: { type: string }', 'detail: { type: string }\n        instance: { type: string }');

describe('mergeCollection', async () => {
  const first = await collectionOf(exampleText);
  const edited = edit(first);
  const regenerated = await collectionOf(changedSpec);
  const merged = mergeCollection(regenerated, edited);
  const c = merged.collection;

  it('keeps the request of a renamed path (same operationId) with everything people added', () => {
    const getBook = request(c, 'getBook')!;
    assert.deepEqual(getBook.request.url.path, ['volumes', ':book-id']);
    assert.equal(getBook.name, 'Fetch one book');
    assert.equal(getBook.request.description, 'Used by the mobile app; keep fast.');
    assert.deepEqual(getBook.response, [{ name: 'Dune', code: 200, body: '{"title":"Dune"}' }]);
    assert.deepEqual(getBook.variable, [{ key: 'note', value: 'kept' }]);
    assert.ok(getBook.request.header.some((h) => h.key === 'X-Debug'));
    const exec = getBook.event!.find((e) => e.listen === 'test')!.script.exec;
    assert.deepEqual(exec.slice(0, 3), ['// my checks', "pm.test('has a title', () => pm.expect(pm.response.json().title).to.be.a('string'));", BLOCK_START]);
    assert.deepEqual(exec.slice(-2), [BLOCK_END, "pm.collectionVariables.set('lastBook', pm.response.json().id);"]);
    assert.equal(exec.filter((l) => l === BLOCK_START).length, 1);
    // The contract is the new one.
    assert.equal(contractInScript(exec)!.label, 'GET /volumes/{book-id}');
    assert.ok(getBook.event!.some((e) => e.listen === 'prerequest'));
    assert.ok(merged.preserved.includes('getBook'));
  });

  it('keeps requests people created, in their folder, and their folder text', () => {
    const books = folder(c, 'books')!;
    assert.ok(books.item.some((i) => i.name === 'My smoke check'));
    assert.deepEqual(merged.userRequests, ['My smoke check']);
    assert.equal(c.info._postman_id, 'a6f1d8e2-0000-4000-8000-postman-side');
    assert.deepEqual(c.variable, [
      { key: 'baseUrl', value: 'https://staging.example.com', type: 'string' },
      { key: 'bookId', value: '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
    ]);
  });

  it('drops requests of removed operations by default, adds new ones', () => {
    assert.equal(request(c, 'listShelfBooks'), undefined);
    assert.deepEqual(merged.removed, ['listShelfBooks']);
    assert.ok(request(c, 'listAuthors'));
    assert.equal(folder(c, 'shelves'), undefined);
  });

  it('keeps them in a marked folder, contract tests off, when asked', () => {
    const kept = mergeCollection(regenerated, edited, { removedOperations: 'keep' }).collection;
    const removed = folder(kept, REMOVED_FOLDER)!;
    assert.equal(removed.item.length, 1);
    const item = removed.item[0] as PostmanRequestItem;
    assert.equal(item.name, `${REMOVED_PREFIX}list Shelf Books`);
    assert.ok(!(item.event ?? []).some((e) => e.script.exec.includes(BLOCK_START)));
  });

  it('changes nothing when regenerated again from the same spec', () => {
    const again = mergeCollection(regenerated, c);
    assert.deepEqual(again.collection, c);
  });

  it('matches by operation when Postman gave the requests new ids', () => {
    const reimported = structuredClone(edited);
    for (const { item } of requestsOf(reimported.item)) item.id = `postman-${item.name}`;
    const result = mergeCollection(regenerated, reimported);
    const getBook = request(result.collection, 'getBook')!;
    assert.equal(getBook.name, 'Fetch one book');
    assert.deepEqual(getBook.response, [{ name: 'Dune', code: 200, body: '{"title":"Dune"}' }]);
  });

  it('drops negative requests no longer generated without calling their operation removed', async () => {
    const file = path.join(scratch('fpd-merge-'), 'openapi.yaml');
    writeFileSync(file, exampleText);
    const { spec, model } = await specFile(file);
    const withNegatives = planCollection(model, spec, { negativeRequests: true }).collection;
    assert.ok([...requestsOf(withNegatives.item)].length > model.operations.length);
    const result = mergeCollection(first, withNegatives);
    assert.deepEqual(result.removed, []);
    assert.equal([...requestsOf(result.collection.item)].length, model.operations.length);
    assert.equal(request(result.collection, 'createBook')!.name, 'Add a book');
  });

  it('returns the generated collection when there is no previous one', () => {
    assert.equal(mergeCollection(regenerated, undefined).collection, regenerated);
  });
});
