/** What each benchmark case runs. `prepare` loads modules (not timed); the function it returns is. */
import SwaggerParser from '@apidevtools/swagger-parser';
import { loadSpec } from '../src/spec/load.ts';
import { operations } from '../src/spec/validate/rules/operations.ts';
import { validateSpec } from '../src/spec/validate/index.ts';

export interface BenchCase {
  prepare(): Promise<(spec: string) => Promise<void>>;
}

export const cases: Record<string, BenchCase> = {
  /** Our validate stage, plus a source position for every operation (what annotations need). */
  'ours:validate': {
    async prepare() {
      return async (spec) => {
        const loaded = await loadSpec(spec);
        const result = validateSpec(loaded);
        let located = 0;
        for (const site of operations(loaded)) located += site.operation.place.file.locate(site.operation.place.path).line > 0 ? 1 : 0;
        if (located !== result.operations) throw new Error('positions missing');
      };
    },
  },
  /** The peer: swagger-parser's own validate (dereference + schema + spec checks). */
  'swagger-parser:validate': {
    async prepare() {
      return async (spec) => {
        await SwaggerParser.validate(spec);
      };
    },
  },
};
