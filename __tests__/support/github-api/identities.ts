// Who a token acts as. GitHub derives comment authors and check-run apps from the token, and
// the action relies on that (it finds its own sticky comment by author), so the fake must too.

export interface GitHubApp {
  id: number;
  slug: string;
  name: string;
  ownerLogin: string;
  ownerId: number;
}

export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  /** The GitHub App a bot account belongs to; set as `performed_via_github_app` and check-run `app`. */
  app?: GitHubApp;
}

export interface TokenGrant {
  account: Account;
  /**
   * `read` reproduces the token a workflow gets on a pull request from a fork: every write
   * answers 403 "Resource not accessible by integration".
   */
  access: 'read' | 'write';
}

// Real ids, so responses look like the ones a workflow sees.
export const GITHUB_ACTIONS_APP: GitHubApp = {
  id: 15368,
  slug: 'github-actions',
  name: 'GitHub Actions',
  ownerLogin: 'github',
  ownerId: 9919,
};

export const GITHUB_ACTIONS_BOT: Account = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  app: GITHUB_ACTIONS_APP,
};

/** The workflow's GITHUB_TOKEN with write permissions. */
export const WORKFLOW_TOKEN = 'ghs_workflowTokenForTests0000000000000';
/** The GITHUB_TOKEN of a workflow run for a pull request from a fork. */
export const READ_ONLY_TOKEN = 'ghs_readOnlyForkPullRequestToken000000';

export function defaultTokens(): Record<string, TokenGrant> {
  return {
    [WORKFLOW_TOKEN]: { account: GITHUB_ACTIONS_BOT, access: 'write' },
    [READ_ONLY_TOKEN]: { account: GITHUB_ACTIONS_BOT, access: 'read' },
  };
}
