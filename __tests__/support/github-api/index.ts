// A local GitHub REST API for tests: stateful, and strict about GitHub's own OpenAPI description.
export { startGitHubApi } from './server.ts';
export type { GitHubApi, GitHubApiOptions, RecordedRequest, Violation, ViolationKind } from './server.ts';
export type { FaultSpec, ServedFault } from './faults.ts';
export { GITHUB_ACTIONS_APP, GITHUB_ACTIONS_BOT, READ_ONLY_TOKEN, WORKFLOW_TOKEN, type Account, type GitHubApp, type TokenGrant } from './identities.ts';
export { GitHubState, OCTOCAT, type IssueSeed, type PullRequestSeed, type RepoSeed } from './state.ts';
