import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { authEnv } from '../../src/stages/commit-back/commit.ts';
import { planCommitBack, type CommitBackEvent } from '../../src/stages/commit-back/plan.ts';

const pullRequest: CommitBackEvent = {
  eventName: 'pull_request',
  ref: 'refs/pull/3/merge',
  sha: 'm'.repeat(40),
  repository: 'acme/api',
  pullRequest: { number: 3, headRef: 'feature', headSha: 'h'.repeat(40), headRepository: 'acme/api', baseRef: 'main' },
};
const push: CommitBackEvent = { eventName: 'push', ref: 'refs/heads/main', sha: 'p'.repeat(40), repository: 'acme/api' };

describe('planCommitBack', () => {
  it('a pull request: a commit on its own branch, on top of its head (not the merge commit)', () => {
    assert.deepEqual(planCommitBack('auto', pullRequest), { kind: 'branch', branch: 'feature', expectHead: 'h'.repeat(40) });
  });

  it('a push: a branch of ours and a pull request into the pushed branch', () => {
    assert.deepEqual(planCommitBack('auto', push), {
      kind: 'pull-request',
      branch: 'fastapi-postman-deploy/regenerate/main',
      base: 'main',
      expectHead: 'p'.repeat(40),
    });
  });

  it('the mode can force either way', () => {
    assert.deepEqual(planCommitBack('branch', push), { kind: 'branch', branch: 'main', expectHead: 'p'.repeat(40) });
    assert.equal(planCommitBack('pull-request', pullRequest).kind, 'pull-request');
  });

  it('a fork, a tag, our own branch and off are skipped with the reason', () => {
    const fork = { ...pullRequest, pullRequest: { ...pullRequest.pullRequest!, headRepository: 'someone/api' } };
    assert.match((planCommitBack('auto', fork) as { reason: string }).reason, /fork \(someone\/api\)/);
    assert.match((planCommitBack('auto', { ...push, ref: 'refs/tags/v1' }) as { reason: string }).reason, /push to a branch/);
    assert.match(
      (planCommitBack('auto', { ...push, ref: 'refs/heads/fastapi-postman-deploy/regenerate/main' }) as { reason: string }).reason,
      /commit-back itself writes/,
    );
    assert.equal(planCommitBack('off', push).kind, 'skip');
  });
});

describe('authEnv', () => {
  it('sends the token as a header for the server only, after dropping headers set before', () => {
    const env = authEnv('https://github.com/', 'ghs_secret');
    assert.deepEqual(env, {
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_secret').toString('base64')}`,
    });
    assert.deepEqual(authEnv('https://github.com', undefined), {});
  });
});
